public import Foundation

/// A value bound to a statement's parameter: always sent to the database apart from the SQL text,
/// never spliced into it, so a parameter can hold any text (quotes, `;`, `--`) and stays data.
///
/// Literals make parameter lists short:
/// ```swift
/// let rows = try await sql.query(
///     "SELECT * FROM pets WHERE owner = $1 AND age > $2", parameters: ["Ada", 3])
/// try await sql.execute("INSERT INTO pets (name, born) VALUES (?, ?)", parameters: ["Rex", nil])
/// ```
/// How each value is stored:
/// - SQLite: `int` and `bool` as INTEGER (`true` is 1), `double` as REAL, `string` as TEXT, `bytes` as
///   BLOB, `date` as TEXT in UTC, `2024-05-01 12:30:05.250` (what SQLite's date functions read).
/// - PostgreSQL: `int` as `int8`, `double` as `float8`, `string` as `text`, `bool` as `bool`, `date`
///   as `timestamptz`, `bytes` as `bytea`. PostgreSQL casts `int8` to smaller integer columns on
///   insert; other conversions need a cast in the SQL, e.g. `$1::date`.
public enum SQLValue: Sendable, Hashable {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    /// A point in time.
    case date(Date)
    case bytes([UInt8])

    /// `value`, or ``null`` when it is `nil`.
    public init(_ value: Int?) { self = value.map(SQLValue.int) ?? .null }
    /// `value`, or ``null`` when it is `nil`.
    public init(_ value: Double?) { self = value.map(SQLValue.double) ?? .null }
    /// `value`, or ``null`` when it is `nil`.
    public init(_ value: String?) { self = value.map(SQLValue.string) ?? .null }
    /// `value`, or ``null`` when it is `nil`.
    public init(_ value: Bool?) { self = value.map(SQLValue.bool) ?? .null }
    /// `value`, or ``null`` when it is `nil`.
    public init(_ value: Date?) { self = value.map(SQLValue.date) ?? .null }
}

extension SQLValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension SQLValue {
    /// The value's kind, for messages that must not show the value itself.
    var kindName: String {
        switch self {
        case .null: "null"
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .bool: "bool"
        case .date: "date"
        case .bytes: "bytes"
        }
    }
}
