public import SwiftlitProtocol

/// What one field of the wire holds, as read from its Swift type.
public indirect enum WireShape: Hashable, Sendable {
    case string
    case bool
    /// A JSON number (a Swift `Double`).
    case number
    /// A Swift `Int`; `nil` when any integer may travel, else what the type promises.
    case integer(WireConstraint?)
    /// A ``WireEnum``: its Swift name and raw values.
    case enumeration(name: String, cases: [String])
    /// A ``WireCustomRule``: checked by a rule the browser implements by hand.
    case custom(rule: String)
    /// A struct decoded field by field, listed in ``ProtocolSchema/objects`` under this name.
    case object(name: String)
    /// A JSON array of one shape.
    case array(WireShape)
}

/// One field of a wire object.
public struct WireField: Hashable, Sendable {
    /// The key on the wire.
    public var name: String
    public var shape: WireShape
    /// May be absent: the decoder checks for the key before reading it (`decodeIfPresent`, `contains`).
    public var isOptional: Bool
}

/// The fields of one Swift type, in the order its decoder reads them.
public struct WireObject: Hashable, Sendable {
    /// The Swift type's name.
    public var typeName: String
    public var fields: [WireField]
}

/// One case of a tagged union: its tag and the fields beside the tag (`nil` for a case with none).
public struct WireCase: Hashable, Sendable {
    public var tag: String
    public var object: WireObject?
    /// Whether the fields are a tagged union of their own (a `block` node: its `layout` picks the rest),
    /// in which case `object` holds only that union's tag.
    public var isNestedUnion = false
}
