/// A tagged union on the wire: one field (the tag) names the case, and the case's Swift type decodes
/// the other fields of the same object. Nodes (`kind`), blocks (`layout`) and messages (`type`) are
/// such unions.
///
/// `wireVariant(_:)` is the one place that maps a tag to its Swift type: the union's `init(from:)`
/// decodes through it, and the schema generator reads it. A new case is a new tag plus one line there.
public protocol WireTaggedUnion {
    /// The tag's cases.
    associatedtype Tag: WireEnum
    /// The tag's field name on the wire.
    static var wireTagKey: String { get }
    /// The Swift type of a case's fields, and how it becomes the union's value.
    static func wireVariant(_ tag: Tag) -> WireVariant<Self>
}

/// One case of a ``WireTaggedUnion``: the Swift type of the fields beside the tag, and the case it
/// builds. Made on demand and never stored, so it need not be `Sendable`.
public struct WireVariant<Union> {
    /// The type decoding the fields beside the tag; `nil` for a case with no other fields.
    public let fieldsType: (any Decodable.Type)?
    private let make: (any Decoder) throws -> Union

    /// A case whose fields `Fields` decodes from the same object as the tag.
    init<Fields: Decodable>(_ fields: Fields.Type, _ make: @escaping (Fields) -> Union) {
        fieldsType = fields
        self.make = { decoder in make(try Fields(from: decoder)) }
    }

    /// A case with no field beside the tag.
    init(empty value: Union) {
        fieldsType = nil
        make = { _ in value }
    }

    /// Decodes the case's fields from the object holding the tag.
    func decode(from decoder: any Decoder) throws -> Union { try make(decoder) }
}

extension WireTaggedUnion {
    /// Every case, in the tag's declaration order: its tag on the wire and the type of its fields.
    public static var wireVariants: [(tag: String, fieldsType: (any Decodable.Type)?)] {
        Tag.allCases.map { ($0.rawValue, wireVariant($0).fieldsType) }
    }

    /// The tag's cases as they appear on the wire.
    public static var wireTags: [String] { Tag.wireCases }

    /// Decodes the tag, then the case it names.
    static func decodeVariant(from decoder: any Decoder) throws -> Self {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let tag = try container.decode(Tag.self, forKey: AnyCodingKey(wireTagKey))
        return try wireVariant(tag).decode(from: decoder)
    }
}
