/// The texts that give secrets away, found once when the secrets are loaded.
enum SecretRedactions {
    /// Shorter texts would scrub ordinary words and numbers out of error messages.
    static let minimumLength = 4

    /// Every leaf of `values` as text (strings, and numbers as Swift prints them), with the form a
    /// string takes inside `String(reflecting:)` (quotes and backslashes escaped) when it differs;
    /// longest first, so that a secret containing another is hidden whole. Booleans, and the
    /// strings `true` and `false` an environment variable gives them as, are no secrets.
    static func texts(in values: [String: SecretValue]) -> [String] {
        var texts: Set<String> = []
        func collect(_ value: SecretValue) {
            switch value.kind {
            case .string("true"), .string("false"): break
            case .string(let text):
                texts.insert(text)
                texts.insert(String(text.debugDescription.dropFirst().dropLast()))
            case .integer(let number): texts.insert(String(number))
            case .double(let number): texts.insert(String(number))
            case .bool: break
            case .array(let values): values.forEach(collect)
            case .table(let values): values.values.forEach(collect)
            }
        }
        values.values.forEach(collect)
        return texts.filter { $0.count >= minimumLength }.sorted { ($0.count, $0) > ($1.count, $1) }
    }
}

extension Secrets {
    /// `text` with every secret value in it replaced by `••••`: what app error messages go
    /// through before the browser or the log sees them. Strings and numbers of at least four
    /// characters are hidden; with no secrets the text is returned as it is.
    ///
    /// ```swift
    /// secrets.redact("login failed for hunter22")   // "login failed for ••••"
    /// ```
    public func redact(_ text: String) -> String {
        var result = text
        for secret in redactions where result.contains(secret) {
            result = result.replacing(secret, with: Secrets.mask)
        }
        return result
    }
}
