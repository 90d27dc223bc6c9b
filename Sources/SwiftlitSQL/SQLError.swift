import Foundation

/// What went wrong with a database: the configuration, the connection, or one statement.
///
/// Its description says what failed and, for a statement, which one (cut to
/// ``maximumStatementLength`` characters), with the database's own message. It never contains a
/// password, and never a parameter's value: text parameters that the database quotes back in its
/// message are replaced by their placeholder (`$2`).
///
/// ```swift
/// do { try await sql.execute("INSERT INTO pets (id) VALUES ($1)", parameters: [1]) }
/// catch let error as SQLError where error.kind == .statement {
///     st.error("Could not save: \(error)")
/// }
/// ```
public struct SQLError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The part that failed.
    public enum Kind: Sendable, Hashable {
        /// The `[connections.NAME]` settings cannot describe a database.
        case configuration
        /// Opening the database or reaching the server failed (wrong password, no server, no file).
        case connection
        /// A statement failed: a syntax error, a missing table, a broken constraint.
        case statement
        /// A result holds a value of a type this layer cannot show; the message says which cast helps.
        case unsupportedType
        /// The connection was closed with ``SQLConnection/close()``.
        case closed
    }

    /// The part that failed.
    public let kind: Kind
    /// What failed, in words, with the database's message when there is one.
    public let message: String
    /// The statement that failed, cut to ``maximumStatementLength`` characters.
    public let statement: String?
    /// The database's error code: a PostgreSQL SQLSTATE such as `23505`, or SQLite's result name
    /// such as `constraint`.
    public let code: String?

    /// How much of a failed statement an error repeats.
    public static let maximumStatementLength = 200

    init(_ kind: Kind, _ message: String, statement: String? = nil, code: String? = nil) {
        self.kind = kind
        self.message = message
        self.statement = statement.map(Self.shortened)
        self.code = code
    }

    public var description: String {
        var text = message
        if let code { text += " [\(code)]" }
        if let statement { text += "\n  in: \(statement)" }
        return text
    }

    /// `statement` on one line, cut to ``maximumStatementLength`` characters.
    static func shortened(_ statement: String) -> String {
        let oneLine = statement.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        guard oneLine.count > maximumStatementLength else { return oneLine }
        return String(oneLine.prefix(maximumStatementLength)) + "…"
    }

    /// `message` with every text parameter of three or more characters that it quotes replaced by its
    /// placeholder: databases quote bad values back (`invalid input syntax for type integer: "abc"`),
    /// and parameters may be secrets.
    static func redacting(_ parameters: [SQLValue], in message: String, placeholder: (Int) -> String) -> String {
        var redacted = message
        // Longest first, so a parameter that contains another is replaced whole.
        let texts = parameters.enumerated().compactMap { index, value -> (Int, String)? in
            if case .string(let text) = value, text.count >= 3 { return (index, text) }
            return nil
        }.sorted { $0.1.count > $1.1.count }
        for (index, text) in texts {
            redacted = redacted.replacingOccurrences(of: text, with: placeholder(index))
        }
        return redacted
    }
}
