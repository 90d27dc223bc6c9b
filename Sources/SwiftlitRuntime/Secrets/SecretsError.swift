/// A secret that is missing or not what the app asked for, or a secrets file that cannot be read.
///
/// The message names the full key path, what was expected and where secrets were looked for, and
/// says how to add the value. It never contains a secret value.
public struct SecretsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Equatable {
        /// No value at the key path.
        case missingKey
        /// A value of another type than the one asked for.
        case wrongType(expected: String, actual: String)
        /// An array index past the array's end.
        case indexOutOfRange
        /// A value that could not be decoded into the type asked for.
        case undecodable(type: String)
        /// A secrets file that is unreadable or not valid TOML.
        case invalidSource
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// The key path concerned, e.g. `db.password`; empty for a file problem.
    public let keyPath: String
    /// What went wrong and how to fix it.
    public let message: String

    /// A problem described by `message`.
    public init(kind: Kind, keyPath: String, message: String) {
        self.kind = kind
        self.keyPath = keyPath
        self.message = message
    }

    public var description: String { message }

    static func missingKey(_ path: SecretPath, sources: [String]) -> SecretsError {
        SecretsError(
            kind: .missingKey, keyPath: path.description,
            message: "No secret '\(path)'.\(lookedIn(sources))\(howToAdd(path))")
    }

    static func wrongType(_ path: SecretPath, expected: String, actual: String, sources: [String]) -> SecretsError {
        SecretsError(
            kind: .wrongType(expected: expected, actual: actual), keyPath: path.description,
            message: "The secret '\(path)' is a\(article(actual)) \(actual), not a\(article(expected)) \(expected)."
                + lookedIn(sources))
    }

    static func indexOutOfRange(_ path: SecretPath, count: Int, sources: [String]) -> SecretsError {
        SecretsError(
            kind: .indexOutOfRange, keyPath: path.description,
            message: "No secret '\(path)': the array '\(path.parent)' has \(count) element\(count == 1 ? "" : "s")."
                + lookedIn(sources))
    }

    static func undecodable(_ path: SecretPath, type: String, sources: [String]) -> SecretsError {
        SecretsError(
            kind: .undecodable(type: type), keyPath: path.description,
            message: "The secret '\(path)' cannot be read as \(type)." + lookedIn(sources))
    }

    private static func lookedIn(_ sources: [String]) -> String {
        sources.isEmpty ? " No secrets were loaded." : " Looked in: \(sources.joined(separator: ", "))."
    }

    /// Where to write the missing value: a key under its table in the project's file, or the
    /// environment variable that sets it.
    private static func howToAdd(_ path: SecretPath) -> String {
        guard let keys = path.keys, let last = keys.last else { return "" }
        let table = keys.dropLast()
        let place = table.isEmpty ? "at the top of" : "under [\(table.joined(separator: "."))] in"
        let variable = SecretsEnvironment.variableName(for: keys).map { ", or set the environment variable \($0)" } ?? ""
        return " Add \(last) = \"...\" \(place) .swiftlit/secrets.toml\(variable)."
    }

    private static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } == true ? "n" : ""
    }
}
