/// Why hot reload could not compile or load a new version of the app. Each case says what to do;
/// none of them stops the server, which keeps serving the version it has.
public enum ReloadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The build manifest (path, reason) cannot give the compile flags.
    case buildManifestUnreadable(String, String)
    /// swiftc could not be started (command, reason).
    case compilerNotStarted(String, String)
    /// The app file does not compile: the parsed diagnostics and the compiler's whole output.
    case compileFailed([CompilerDiagnostic], output: String)
    /// `dlopen` refused the library (path, dlerror's message): e.g. a symbol the host lacks.
    case libraryNotLoaded(String, String)
    /// The library has no entry point (path, symbol): it was not built by ``PluginCompiler``.
    case entryPointMissing(String, String)
    /// The entry point returned nothing (path).
    case entryPointFailed(String)

    public var description: String {
        switch self {
        case .buildManifestUnreadable(let path, let reason):
            "cannot read the swiftc flags from \(path): \(reason)"
        case .compilerNotStarted(let command, let reason):
            "cannot run \(command): \(reason)"
        case .compileFailed(let diagnostics, let output):
            diagnostics.isEmpty
                ? "the app does not compile:\n\(output)"
                : "the app does not compile:\n" + diagnostics.map(\.description).joined(separator: "\n")
        case .libraryNotLoaded(let path, let reason):
            "cannot load \(path): \(reason)"
        case .entryPointMissing(let path, let symbol):
            "\(path) has no entry point \(symbol) (was it built by PluginCompiler?)"
        case .entryPointFailed(let path):
            "the entry point of \(path) returned no app"
        }
    }
}
