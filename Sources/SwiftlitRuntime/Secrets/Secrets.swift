/// The app's secrets (`st.secrets`): passwords, API keys and connection settings, loaded once
/// per server from `.swiftlit/secrets.toml` (the project's, then `~/.swiftlit/secrets.toml`) and
/// `SWIFTLIT_SECRETS_*` environment variables.
///
/// ```swift
/// let password = try st.secrets["db"]["password"].string
/// let sql = try st.secrets.decode(SQLSettings.self, from: "connections.sql")
/// ```
///
/// Values never reach the browser or the log by accident: `print`, `dump`, string interpolation
/// and `st.write(st.secrets)` show keys and `••••`, and the text of an app error is scrubbed of
/// every secret before it is shown or logged (see ``redact(_:)``).
public struct Secrets: Sendable, Equatable {
    /// What stands in for a secret value wherever one would be shown.
    public static let mask = "••••"

    /// The top-level values by key.
    let values: [String: SecretValue]
    /// What was looked in (files, environment variables), for error messages.
    public let sources: [String]
    /// The texts ``redact(_:)`` hides, longest first.
    let redactions: [String]

    /// Secrets holding `values`; `sources` lists what was looked in, for error messages.
    public init(_ values: [String: SecretValue] = [:], sources: [String] = []) {
        self.values = values
        self.sources = sources
        redactions = SecretRedactions.texts(in: values)
    }

    /// Equal when they hold the same values from the same sources.
    public static func == (lhs: Secrets, rhs: Secrets) -> Bool {
        lhs.values == rhs.values && lhs.sources == rhs.sources
    }

    /// The value under the top-level `key`, e.g. a `[db]` table or an `api_key` string.
    /// - Throws: ``SecretsError`` naming the key, every source looked in and how to add it.
    public subscript(key: String) -> SecretValue {
        get throws(SecretsError) { try root[key] }
    }

    /// The value at a dotted key path, e.g. `connections.sql`.
    /// - Throws: ``SecretsError`` naming the whole path when any part of it is missing, or the
    ///   part that is no table.
    public func section(_ path: String) throws(SecretsError) -> SecretValue {
        let path = SecretPath(dotted: path)
        var value = root
        do throws(SecretsError) {
            for key in path.keys ?? [] { value = try value[key] }
        } catch where error.kind == .missingKey {
            throw .missingKey(path, sources: sources)
        }
        return value
    }

    /// Whether a value exists at the dotted key path `path`.
    public func contains(_ path: String) -> Bool {
        var table = values
        var keys = SecretPath(dotted: path).keys ?? []
        let last = keys.popLast()
        for key in keys {
            guard case .table(let next) = table[key]?.kind else { return false }
            table = next
        }
        return last.map { table[$0] != nil } ?? true
    }

    /// The top-level keys, sorted.
    public var keys: [String] { values.keys.sorted() }

    /// Whether there are no secrets at all.
    public var isEmpty: Bool { values.isEmpty }

    /// The table at the dotted key path `section` decoded into `T`: one property per key, nested
    /// tables into nested structs.
    ///
    /// ```swift
    /// struct SQLSettings: Decodable { var host: String; var port: Int; var password: String }
    /// let sql = try st.secrets.decode(SQLSettings.self, from: "connections.sql")
    /// ```
    /// - Throws: ``SecretsError`` naming the key path and the type expected, never the value.
    public func decode<T: Decodable>(_ type: T.Type = T.self, from section: String) throws(SecretsError) -> T {
        try self.section(section).decode(type)
    }

    /// All the secrets as one table, placed at the root.
    private var root: SecretValue {
        SecretValue(.table(values), context: SecretContext(sources: sources))
    }
}
