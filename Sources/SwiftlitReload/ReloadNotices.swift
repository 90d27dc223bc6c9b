import Foundation
public import Swiftlit
import Synchronization

/// Turns reload outcomes into the notices every tab shows: a compile error as an overlay over the
/// last good version, removed by the next version that compiles.
final class ReloadNotices: Sendable {
    private let registry: SessionRegistry
    private let appFile: URL
    private let errorShown = Mutex(false)

    init(registry: SessionRegistry, appFile: URL) {
        self.registry = registry
        self.appFile = appFile
    }

    /// The notice `event` calls for, if any; `nil` for a reload that follows another success.
    func notice(for event: ReloadEvent) -> DeveloperNotice? {
        switch event {
        case .reloaded:
            guard errorShown.withLock({ shown in defer { shown = false }; return shown }) else { return nil }
            return DeveloperNotice(kind: .compileFixed, message: "\(appFile.lastPathComponent) compiles again.")
        case .failed(let error):
            errorShown.withLock { $0 = true }
            let diagnostics = event.diagnostics.filter { $0.severity == .error }.map(diagnostic)
            return DeveloperNotice(
                kind: .compileError,
                message: diagnostics.isEmpty
                    ? "The new version cannot be used; the last good version keeps serving. \(error)"
                    : "\(appFile.lastPathComponent) does not compile; the last good version keeps serving.",
                diagnostics: diagnostics)
        }
    }

    /// Shows what `event` calls for in every tab.
    func announce(_ event: ReloadEvent) async {
        if let notice = notice(for: event) { await registry.announce(notice) }
    }

    private func diagnostic(_ diagnostic: CompilerDiagnostic) -> Diagnostic {
        Diagnostic(diagnostic, fileWithoutLocation: appFile.lastPathComponent)
    }
}

extension Diagnostic {
    /// The wire form of a compiler diagnostic: the file by its name, 0 for a missing line or column.
    public init(_ diagnostic: CompilerDiagnostic, fileWithoutLocation: String) {
        self.init(
            file: diagnostic.file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? fileWithoutLocation,
            line: diagnostic.line ?? 0, column: diagnostic.column ?? 0,
            severity: Severity(rawValue: diagnostic.severity.rawValue) ?? .note, message: diagnostic.message)
    }
}
