import SwiftlitProtocol

/// The whole wire protocol, read off the Swift types in `SwiftlitProtocol`: every tagged union's cases
/// (from its `wireVariant(_:)`), the fields of each (from its decoder), and the enums and objects the
/// fields use. The generated files are renderings of this value.
public struct ProtocolSchema: Sendable {
    /// ``ProtocolVersion/current``.
    public var version: Int
    /// Node kinds (`Element`); the `block` kind's only field is its `layout`.
    public var nodes: [WireCase]
    /// Block layouts (`BlockElement`): the fields of a block beside `kind` and `layout`.
    public var blockLayouts: [WireCase]
    /// `ServerMessage` types.
    public var serverMessages: [WireCase]
    /// `ClientMessage` types.
    public var clientMessages: [WireCase]
    /// Objects nested in fields (`WidgetInfo`, `NumberFormat`, …).
    public var objects: [WireObject]
    /// Enums used by fields, by Swift name.
    public var enums: [WireEnumSchema]

    /// Reads the schema off the Swift types.
    public static func current() throws -> ProtocolSchema {
        let recorder = ShapeRecorder()
        let nodes = try cases(of: Element.self, recorder)
        let blockLayouts = try cases(of: BlockElement.self, recorder)
        let serverMessages = try cases(of: ServerMessage.self, recorder)
        let clientMessages = try cases(of: ClientMessage.self, recorder)
        return ProtocolSchema(
            version: ProtocolVersion.current, nodes: nodes, blockLayouts: blockLayouts,
            serverMessages: serverMessages, clientMessages: clientMessages, objects: recorder.objects,
            enums: recorder.enums.map { WireEnumSchema(name: $0.name, cases: $0.cases) })
    }

    /// The cases of `union`, with the fields each decodes. A case whose fields are themselves a
    /// tagged union (a node of kind `block`) lists only that union's tag; its cases are read separately.
    private static func cases<Union: WireTaggedUnion>(of union: Union.Type, _ recorder: ShapeRecorder) throws -> [WireCase] {
        try union.wireVariants.map { variant in
            guard let fieldsType = variant.fieldsType else { return WireCase(tag: variant.tag, object: nil) }
            if let nested = fieldsType as? any WireTaggedUnion.Type {
                let tag = WireField(
                    name: nested.wireTagKey, shape: .enumeration(name: String(describing: nested), cases: nested.wireTags),
                    isOptional: false)
                return WireCase(
                    tag: variant.tag, object: WireObject(typeName: String(describing: nested), fields: [tag]),
                    isNestedUnion: true)
            }
            return WireCase(tag: variant.tag, object: try recorder.fields(of: fieldsType))
        }
    }
}

/// A ``WireEnum`` the fields use.
public struct WireEnumSchema: Hashable, Sendable {
    /// The Swift type's name.
    public var name: String
    /// The raw values, in declaration order.
    public var cases: [String]
}
