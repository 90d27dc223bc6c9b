import Foundation
import Swiftlit
import SwiftlitReload

/// How a package that hot reload cannot swap follows a save: it is rebuilt, and the supervisor
/// restarts the app (browsers reconnect with their widget values). A build that fails leaves the
/// app serving and shows the compiler's errors in every tab; the next good build removes them.
struct PackageRebuild: Sendable {
    let folder: URL
    let product: String
    let buildArguments: [String]

    /// Builds the product; the compiler's output goes to this terminal and is returned.
    func build() -> (succeeded: Bool, output: String) {
        switch CommandRunner.runBlocking("swift", ["build", "--product", product] + buildArguments, in: folder) {
        case .success(let outcome):
            FileHandle.standardError.write(Data(outcome.output.utf8))
            return (outcome.status == 0, outcome.output)
        case .failure(let error):
            return (false, "\(error)")
        }
    }

    /// The notice for a failed build's output.
    static func compileError(_ output: String) -> DeveloperNotice {
        let diagnostics = CompilerDiagnostic.parse(output).filter { $0.severity == .error }
            .map { Diagnostic($0, fileWithoutLocation: "Package.swift") }
        return DeveloperNotice(
            kind: .compileError, message: "The app does not build; the last good version keeps serving.",
            diagnostics: diagnostics)
    }

    /// Every Swift file under `Sources/`, with what tells a save: modification time and size.
    func sourceStamps() -> [String: [Double]] {
        var stamps: [String: [Double]] = [:]
        let sources = folder.appending(path: "Sources")
        guard let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])
        else { return stamps }
        for case let file as URL in files where file.pathExtension == "swift" {
            let values = try? file.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
            // A file that vanished between listing and reading counts as changed by its absence.
            stamps[file.path] = [values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? -1)]
        }
        return stamps
    }
}
