// What the wire schema generator (`scripts/gen-protocol.sh`) cannot read from a type's `init(from:)`
// alone. The generator drives each wire type's decoder and records the keys it reads; these small
// protocols add the rest: an enum's cases, a rule the browser implements by hand, and promises a field
// makes beyond its Swift type. They change nothing on the wire.

/// A string enum of the wire: the generator lists its cases, so the browser checks them (`enum:a|b|c`)
/// and its JSDoc type names them. The generator refuses a type that decodes as a bare string without
/// this mark, so a new enum cannot silently become "any string".
public protocol WireEnum: CaseIterable, RawRepresentable, Decodable where RawValue == String {}

extension WireEnum {
    /// The raw values, in declaration order.
    public static var wireCases: [String] { allCases.map(\.rawValue) }
}

/// A wire type the browser checks with a rule of its own (in `protocol-validation.js`) instead of
/// field by field: its shape is not a plain object, or the browser checks more than the Swift type.
public protocol WireCustomRule {
    /// The rule's name in the browser's vocabulary, documented at the top of `protocol-schema.js`.
    static var wireRule: String { get }
}

/// A wire type some of whose `Int` fields promise more than `Int`: the generator turns the promise
/// into the browser's rule. An `Int` field without one may be any integer.
public protocol WireFieldConstraints {
    /// The promises, by wire field name. The generator fails on a name the type does not decode.
    static var wireFieldConstraints: [String: WireConstraint] { get }
}

/// What an `Int` field of the wire promises.
public enum WireConstraint: Hashable, Sendable {
    /// Never negative: a count, a run number, an offset.
    case nonNegative
    /// Within these bounds.
    case range(ClosedRange<Int>)
    /// One of these values.
    case oneOf([Int])
}
