/// Any JSON document, as carried by the `json` element.
///
/// Objects keep their keys sorted so that equal documents encode to equal bytes.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let scalar = container.decodeScalar(null: Self.null, bool: Self.bool, number: Self.number, string: Self.string) {
            self = scalar
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let members): try container.encode(members)
        }
    }
}

extension SingleValueDecodingContainer {
    /// A JSON scalar as one of `T`'s cases: null, a boolean, a number or a string (tried in that
    /// order, as JSON's booleans must not read as numbers); `nil` for an array or an object.
    func decodeScalar<T>(
        null: T, bool: (Bool) -> T, number: (Double) -> T, string: (String) -> T
    ) -> T? {
        if decodeNil() { return null }
        if let value = try? decode(Bool.self) { return bool(value) }
        if let value = try? decode(Double.self) { return number(value) }
        if let value = try? decode(String.self) { return string(value) }
        return nil
    }
}
