/// A configuration problem found at start-up; the message names the option and where it came from.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public let message: String

    init(_ message: String) { self.message = message }

    public var description: String { message }

    static func unknownOption(_ key: String, in source: String) -> ConfigurationError {
        let hint = ConfigOption.closestKey(to: key).map { " Did you mean '\($0)'?" } ?? ""
        return ConfigurationError(
            "Unknown option '\(key)' in \(source).\(hint) Run 'swiftlit config show' to list every option.")
    }

    static func invalidValue(_ value: ConfigValue, for option: ConfigOption, in source: String) -> ConfigurationError {
        ConfigurationError(
            "Option '\(option.key)' in \(source) must be \(option.accepts), but it is \(value).")
    }
}

extension ConfigOption {
    /// The known key nearest to a misspelt one, when one is close enough to be a likely typo.
    static func closestKey(to key: String) -> String? {
        let scored = all.map { ($0.key, editDistance($0.key.lowercased(), key.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return nil }
        return best.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
