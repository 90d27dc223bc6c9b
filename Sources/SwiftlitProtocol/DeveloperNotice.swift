/// What the developer tools around an app tell every open tab: the app was restarted after a crash,
/// the app's source does not compile (the last good version keeps serving), or it compiles again.
///
/// On the wire: `{"type":"notice","kind":"compileError","message":"…","diagnostics":[…]}`.
public struct DeveloperNotice: Hashable, Sendable, Codable {
    /// What happened.
    public enum Kind: String, Hashable, Sendable, Codable, WireEnum {
        /// The app's process ended (a trap, a signal) and was started again; `message` says how it
        /// ended and quotes its last lines of output.
        case restarted
        /// The edited source does not compile; `diagnostics` say where and why.
        case compileError
        /// The source compiles again: whatever ``compileError`` showed is gone.
        case compileFixed
    }

    public var kind: Kind
    /// A summary in words.
    public var message: String
    /// The compiler's errors and warnings, for ``Kind/compileError``.
    public var diagnostics: [Diagnostic]?

    public init(kind: Kind, message: String, diagnostics: [Diagnostic]? = nil) {
        self.kind = kind
        self.message = message
        self.diagnostics = diagnostics
    }
}

/// One compiler message, with its place in the source.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, WireEnum { case error, warning, note }

    /// The file, as the developer knows it (relative to the app's folder when possible).
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }
}

extension Diagnostic: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["line": .nonNegative, "column": .nonNegative]
}
