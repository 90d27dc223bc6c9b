/// One value of ``Secrets``: a string, number or boolean, or an array or table of values.
///
/// Every getter and subscript throws a ``SecretsError`` that names the value's full key path
/// (`db.password`) and never the value itself:
///
/// ```swift
/// let password = try st.secrets["db"]["password"].string
/// let port = try st.secrets["db"]["port"].int
/// ```
///
/// Its `description`, `debugDescription`, mirror and `Encodable` form show keys and `••••`,
/// never values, so `print`, `dump`, string interpolation and `st.write` cannot reveal it.
public struct SecretValue: Sendable, Equatable {
    /// What a value holds.
    public enum Kind: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case double(Double)
        case bool(Bool)
        case array([SecretValue])
        case table([String: SecretValue])

        /// The kind's name in error messages, as TOML calls it.
        var typeName: String {
            switch self {
            case .string: "string"
            case .integer: "integer"
            case .double: "floating-point number"
            case .bool: "boolean"
            case .array: "array"
            case .table: "table"
            }
        }
    }

    /// What this value holds.
    public let kind: Kind
    /// Where this value was reached from, for error messages; not part of its identity.
    let context: SecretContext

    init(_ kind: Kind, context: SecretContext = SecretContext()) {
        self.kind = kind
        self.context = context
    }

    /// Values are equal when they hold the same thing, wherever they were read from.
    public static func == (lhs: SecretValue, rhs: SecretValue) -> Bool { lhs.kind == rhs.kind }

    /// A string value.
    public static func string(_ value: String) -> SecretValue { SecretValue(.string(value)) }
    /// An integer value.
    public static func integer(_ value: Int) -> SecretValue { SecretValue(.integer(value)) }
    /// A floating-point value.
    public static func double(_ value: Double) -> SecretValue { SecretValue(.double(value)) }
    /// A boolean value.
    public static func bool(_ value: Bool) -> SecretValue { SecretValue(.bool(value)) }
    /// An array of values.
    public static func array(_ values: [SecretValue]) -> SecretValue { SecretValue(.array(values)) }
    /// A table of values by key (a TOML `[section]`).
    public static func table(_ values: [String: SecretValue]) -> SecretValue { SecretValue(.table(values)) }

    /// This value placed at `context`, with its children reached from there.
    func placed(at context: SecretContext) -> SecretValue { SecretValue(kind, context: context) }
}

/// Where a ``SecretValue`` sits: its key path from the root, and the sources the secrets were
/// loaded from. Only error messages read it.
struct SecretContext: Sendable {
    var path: SecretPath = SecretPath()
    var sources: [String] = []

    func child(_ key: String) -> SecretContext { SecretContext(path: path.appending(key), sources: sources) }
    func child(_ index: Int) -> SecretContext { SecretContext(path: path.appending(index), sources: sources) }
}
