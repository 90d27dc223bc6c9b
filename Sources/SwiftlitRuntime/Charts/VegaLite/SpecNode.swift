public import SwiftlitProtocol

/// A piece of a Vega-Lite spec before it is output: JSON, except that data may still be a table,
/// which the output replaces by a reference to a named dataset (tables travel once, beside the spec).
indirect enum SpecNode: Sendable, Equatable {
    case json(JSONValue)
    case object([String: SpecNode])
    case array([SpecNode])
    case data(ChartData)

    static let null = SpecNode.json(.null)

    /// The object's members, or `nil` when this is not an object.
    var members: [String: SpecNode]? {
        switch self {
        case .object(let members): members
        case .json(.object(let members)): members.mapValues(SpecNode.json)
        default: nil
        }
    }
}

/// A value that becomes one piece of a Vega-Lite spec.
protocol SpecConvertible: Sendable {
    var specNode: SpecNode { get }
}

extension String: SpecConvertible { var specNode: SpecNode { .json(.string(self)) } }
extension Double: SpecConvertible { var specNode: SpecNode { .json(.number(self)) } }
extension Int: SpecConvertible { var specNode: SpecNode { .json(.number(Double(self))) } }
extension Bool: SpecConvertible { var specNode: SpecNode { .json(.bool(self)) } }
extension JSONValue: SpecConvertible { var specNode: SpecNode { .json(self) } }
extension SpecNode: SpecConvertible { var specNode: SpecNode { self } }
extension Array: SpecConvertible where Element: SpecConvertible {
    var specNode: SpecNode { .array(map(\.specNode)) }
}

/// The members of one spec object, where unset (`nil`) properties are left out: Vega-Lite's
/// defaults apply to what a spec does not say.
struct SpecObject: Sendable, Equatable, SpecConvertible {
    private(set) var members: [String: SpecNode]

    init(_ members: [String: SpecNode] = [:]) { self.members = members }

    subscript(key: String) -> SpecNode? {
        get { members[key] }
        set { members[key] = newValue }
    }

    /// Sets `key` to `value`, or leaves it out when `value` is `nil`.
    mutating func set(_ key: String, _ value: (any SpecConvertible)?) {
        if let value { members[key] = value.specNode }
    }

    /// Adds the members of `other`, which win over this object's.
    mutating func merge(_ other: SpecObject) {
        members.merge(other.members) { _, new in new }
    }

    var specNode: SpecNode { .object(members) }
}
