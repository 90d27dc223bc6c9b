/// A widget's value as the browser holds it and sends it back: a JSON scalar, or an array of
/// scalars (arrays do not nest, so decoding never recurses more than one level).
///
/// One tagged union serves every widget; each widget reads the case it expects and reports a
/// ``ProtocolErrorCode/invalidWidgetValue`` when it gets another.
public enum WidgetValue: Hashable, Sendable, Codable {
    /// No value: an empty selectbox, a cleared input.
    case null
    /// A checkbox or toggle.
    case bool(Bool)
    /// A number input or single slider. JSON has one number type, so integers travel as numbers too.
    case number(Double)
    /// A text input, a selectbox or radio (the chosen option's label).
    case string(String)
    /// A range slider (two numbers) or a multiselect (option labels).
    case list([WidgetValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let scalar = try? Scalar(from: decoder) {
            self = scalar.value
        } else if let items = try? container.decode([Scalar].self) {
            guard items.count <= ProtocolLimits.maxListItems else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "a list value holds at most \(ProtocolLimits.maxListItems) items")
            }
            self = .list(items.map(\.value))
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a widget value is null, a boolean, a number, a string or an array of those")
        }
    }

    /// One item of a list value: any case but a list.
    private struct Scalar: Decodable {
        let value: WidgetValue

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let scalar = container.decodeScalar(
                null: WidgetValue.null, bool: WidgetValue.bool, number: WidgetValue.number, string: WidgetValue.string)
            guard let scalar else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON scalar")
            }
            value = scalar
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .list(let values): try container.encode(values)
        }
    }

    /// A short name of the case, for error messages ("a string", "a number").
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .list: "an array"
        }
    }
}
