/// One message from the Swift compiler, parsed so that a browser overlay or an editor can point
/// at the line (rather than showing the compiler's raw output).
public struct CompilerDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note, remark
    }

    /// The source file, as the compiler printed it; `nil` for messages without a location (the
    /// linker's, or the driver's).
    public var file: String?
    /// 1-based; `nil` without a location.
    public var line: Int?
    /// 1-based; `nil` without a location.
    public var column: Int?
    public var severity: Severity
    public var message: String

    public init(file: String?, line: Int?, column: Int?, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// The compiler's own format: `file:line:column: severity: message`.
    public var description: String {
        guard let file, let line, let column else { return "\(severity.rawValue): \(message)" }
        return "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }

    /// The diagnostics in swiftc's output, in order. Lines that are not diagnostics (source
    /// excerpts, carets, notes about the command) are skipped.
    public static func parse(_ output: String) -> [CompilerDiagnostic] {
        output.split(whereSeparator: \.isNewline).compactMap { parse(line: String($0)) }
    }

    /// One diagnostic line, or `nil` when the line is not one.
    static func parse(line: String) -> CompilerDiagnostic? {
        if let match = line.wholeMatch(of: /(.+?):(\d+):(\d+): (error|warning|note|remark): (.*)/),
            let severity = Severity(rawValue: String(match.4))
        {
            return CompilerDiagnostic(
                file: String(match.1), line: Int(match.2), column: Int(match.3), severity: severity,
                message: String(match.5))
        }
        if let match = line.wholeMatch(of: /(?:[\w.\-\/]+: )?(error|warning): (.*)/),
            let severity = Severity(rawValue: String(match.1))
        {
            return CompilerDiagnostic(file: nil, line: nil, column: nil, severity: severity, message: String(match.2))
        }
        return nil
    }
}
