/// How environment variables name secrets: `SWIFTLIT_SECRETS_` then the key path, upper-cased,
/// with `__` between its parts (`SWIFTLIT_SECRETS_DB__PASSWORD` is `db.password`).
public enum SecretsEnvironment {
    /// What every secret's variable starts with.
    public static let prefix = "SWIFTLIT_SECRETS_"

    /// How error messages name the environment variables looked in.
    public static let sourceName = "environment variables \(prefix)*"

    /// The key path a variable sets (lower-cased), or `nil` for another variable or an empty part.
    public static func keyPath(ofVariable name: String) -> [String]? {
        guard name.hasPrefix(prefix) else { return nil }
        let parts = name.dropFirst(prefix.count).split(separator: "__", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        return parts.map { $0.lowercased() }
    }

    /// The variable that sets `keys`, when each key can be written in one (no `__` or characters a
    /// variable name cannot hold, and no upper case a variable would lose).
    static func variableName(for keys: [String]) -> String? {
        let nameable = keys.allSatisfy { key in
            !key.isEmpty && !key.contains("__") && key == key.lowercased()
                && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        }
        return nameable ? prefix + keys.map { $0.uppercased() }.joined(separator: "__") : nil
    }
}
