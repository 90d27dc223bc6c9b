import Foundation
import SwiftlitProtocol

/// What one `Encodable` value encoded to: a scalar, an object with keys in the order they were
/// encoded, or an array. Scalars sit in their parent's fields without a node of their own, so a
/// flat record costs one node.
final class EncodedNode {
    enum Kind { case empty, scalar, object, array }

    enum Field {
        case value(TableValue)
        case node(EncodedNode)

        /// The field as a table cell: scalars as they are, objects and arrays as JSON.
        var cell: TableValue {
            switch self {
            case .value(let value): value
            case .node(let node): node.cell
            }
        }

        var json: JSONValue {
            switch self {
            case .value(let value): EncodedNode.json(value)
            case .node(let node): node.json
            }
        }
    }

    var kind = Kind.empty
    var scalar = TableValue.missing
    /// The keys of an object's fields; empty for an array.
    private(set) var keys: [String] = []
    private(set) var fields: [Field] = []

    /// Empties the node, keeping its storage: one node serves every record of a table.
    func reset() {
        kind = .empty
        scalar = .missing
        keys.removeAll(keepingCapacity: true)
        fields.removeAll(keepingCapacity: true)
    }

    func setScalar(_ value: TableValue) {
        kind = .scalar
        scalar = value
    }

    /// Makes the node an object (or an array) unless it already holds fields.
    func become(_ container: Kind) {
        if kind == .empty || kind == .scalar { kind = container }
    }

    func add(_ field: Field, forKey key: String?) {
        if kind == .object { keys.append(key ?? "\(fields.count)") }
        fields.append(field)
    }

    /// A field that its caller fills in later (a nested container).
    func addNode(_ container: Kind, forKey key: String?) -> EncodedNode {
        let child = EncodedNode()
        child.kind = container
        add(.node(child), forKey: key)
        return child
    }

    /// The fields of an object, in encoding order.
    var namedFields: Zip2Sequence<[String], [Field]> { zip(keys, fields) }

    var cell: TableValue {
        switch kind {
        case .empty: .missing
        case .scalar: scalar
        case .object, .array: .json(json)
        }
    }

    var json: JSONValue {
        switch kind {
        case .empty: .null
        case .scalar: Self.json(scalar)
        case .array: .array(fields.map(\.json))
        case .object:
            .object(Dictionary(zip(keys, fields.map(\.json)), uniquingKeysWith: { _, later in later }))
        }
    }

    /// A scalar inside JSON: dates as the wire writes them.
    static func json(_ value: TableValue) -> JSONValue {
        switch value {
        case .missing: .null
        case .integer(let number): .number(Double(number))
        case .double(let number): .number(number)
        case .bool(let flag): .bool(flag)
        case .string(let text): .string(text)
        case .date(let day): .string(TableDateFormat.day(day))
        case .datetime(let instant): .string(TableDateFormat.instant(instant))
        case .json(let document): document
        }
    }

    /// Encodes `value` into this node. Dates, URLs and decimals become cells of their own kind
    /// rather than what their `encode(to:)` writes (a number of seconds, an object).
    func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        if let special = Self.specialScalar(value) { return setScalar(special) }
        try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
    }

    /// The field for `value`, a node only when it needs one.
    static func field<T: Encodable>(for value: T, codingPath: [any CodingKey]) throws -> Field {
        if let special = specialScalar(value) { return .value(special) }
        let node = EncodedNode()
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
        return node.kind == .scalar ? .value(node.scalar) : .node(node)
    }

    private static func specialScalar(_ value: some Encodable) -> TableValue? {
        switch value {
        case let date as Date: .datetime(date)
        case let url as URL: .string(url.absoluteString)
        case let decimal as Decimal: .double(NSDecimalNumber(decimal: decimal).doubleValue)
        default: nil
        }
    }

    static func integer(_ value: some BinaryInteger) -> TableValue {
        Int(exactly: value).map(TableValue.integer) ?? .double(Double(value))
    }

    /// A `Float` through its shortest text, so `Float(0.1)` becomes `0.1`, not `0.10000000149011612`.
    static func float(_ value: Float) -> TableValue {
        .double(value.isFinite ? Double(value.description) ?? Double(value) : Double(value))
    }
}
