public import Foundation

/// What hot reload did with one change: for logs, a terminal line, or the browser's overlay.
public enum ReloadEvent: Sendable, CustomStringConvertible {
    /// The app compiled and is now the one every session runs; the timings are wall-clock.
    case reloaded(library: URL, compile: Duration, load: Duration)
    /// The app does not compile (diagnostics and the compiler's output), or its library could not
    /// be loaded: the previous version keeps serving.
    case failed(ReloadError)

    public var description: String {
        switch self {
        case .reloaded(let library, let compile, let load):
            "reloaded \(library.lastPathComponent) (compile \(Self.milliseconds(compile)) ms, load and rerun \(Self.milliseconds(load)) ms)"
        case .failed(let error):
            "reload failed, still serving the previous version: \(error)"
        }
    }

    /// The parsed compiler diagnostics of a failed compile; empty otherwise.
    public var diagnostics: [CompilerDiagnostic] {
        if case .failed(.compileFailed(let diagnostics, _)) = self { return diagnostics }
        return []
    }

    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }
}
