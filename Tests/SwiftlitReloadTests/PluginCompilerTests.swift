import Foundation
import Testing

@testable import SwiftlitReload

/// Real swiftc runs against this package's own build (the one the test binary came from): the
/// derived flags must let an app file import Swiftlit, and a broken one must come back as located
/// diagnostics. Loading is covered by scripts/reload-e2e.sh, whose host exports its symbols.
@Suite(.serialized) struct PluginCompilerTests {
    let directory: URL
    let compiler: PluginCompiler

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "swiftlit-compiler-\(UUID().uuidString)", isDirectory: true)
        compiler = try PluginCompiler(
            flags: SwiftcFlags.derive(from: .ofThisExecutable),
            outputDirectory: directory.appendingPathComponent("plugins"))
    }

    private func appFile(_ source: String) throws -> URL {
        let file = directory.appendingPathComponent("app.swift")
        try Data(source.utf8).write(to: file)
        return file
    }

    @Test func anAppFileCompilesIntoANewLibraryEachTime() async throws {
        let file = try appFile("import Swiftlit\n\nfunc app(_ st: St) async throws {\n    st.write(\"hi\")\n}\n")
        let first = try await compiler.compile(appFile: file)
        let second = try await compiler.compile(appFile: file)
        #expect(first != second)
        #expect(FileManager.default.fileExists(atPath: first.path))
        #expect(FileManager.default.fileExists(atPath: second.path))
    }

    @Test func aCompileErrorComesBackAsLocatedDiagnostics() async throws {
        let file = try appFile("import Swiftlit\n\nfunc app(_ st: St) {\n    st.write(missing)\n}\n")
        await #expect {
            _ = try await compiler.compile(appFile: file)
        } throws: { error in
            guard case ReloadError.compileFailed(let diagnostics, _) = error else { return false }
            return diagnostics.contains {
                $0.file == file.path && $0.line == 4 && $0.severity == .error && $0.message.contains("missing")
            }
        }
    }

    @Test func aFileWithoutAnAppIsToldWhatToDeclare() async throws {
        let file = try appFile("import Swiftlit\n\nfunc main(_ st: St) {}\n")
        await #expect {
            _ = try await compiler.compile(appFile: file)
        } throws: { error in
            guard case ReloadError.compileFailed(let diagnostics, _) = error else { return false }
            return diagnostics.map(\.message) == [AppFileConvention.missingAppHint]
        }
    }
}
