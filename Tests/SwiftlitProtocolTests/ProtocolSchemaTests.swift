import SwiftlitProtocol
import Testing

@testable import SwiftlitProtocolSchema

/// The schema is read off the Swift types' decoders: these pin down what the recorder reads from them.
@Suite struct ProtocolSchemaTests {
    let schema: ProtocolSchema

    init() throws { schema = try ProtocolSchema.current() }

    private func fields(_ cases: [WireCase], _ tag: String) -> [String: WireField] {
        let fields = cases.first { $0.tag == tag }?.object?.fields ?? []
        return Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0) })
    }

    @Test func everyKindLayoutAndMessageTypeIsListedInDeclarationOrder() {
        #expect(schema.nodes.map(\.tag) == Element.Kind.allCases.map(\.rawValue))
        #expect(schema.blockLayouts.map(\.tag) == BlockElement.Layout.allCases.map(\.rawValue))
        #expect(schema.serverMessages.map(\.tag) == ServerMessage.MessageType.allCases.map(\.rawValue))
        #expect(schema.clientMessages.map(\.tag) == ClientMessage.MessageType.allCases.map(\.rawValue))
    }

    @Test func optionalsComeFromDecodeIfPresentAndFromContains() {
        let heading = fields(schema.nodes, "heading")
        #expect(heading["html"]?.isOptional == false)
        #expect(heading["anchor"]?.isOptional == true)
        // Hello's decoder is hand-written: it checks `contains` before reading these.
        let hello = fields(schema.clientMessages, "hello")
        #expect(hello["protocol"]?.isOptional == false)
        #expect(hello["sessionId"]?.isOptional == true)
        #expect(hello["widgets"] == WireField(name: "widgets", shape: .custom(rule: "widgetValues"), isOptional: true))
    }

    @Test func shapesFollowTheSwiftTypes() {
        let metric = fields(schema.nodes, "metric")
        #expect(metric["deltaColor"]?.shape == .enumeration(name: "DeltaColor", cases: ["normal", "inverse", "off"]))
        #expect(fields(schema.nodes, "slider")["number"]?.shape == .object(name: "NumberFormat"))
        #expect(fields(schema.nodes, "dataframe")["columns"]?.shape == .array(.object(name: "DataColumn")))
        #expect(fields(schema.nodes, "block")["layout"]?.shape == .enumeration(name: "BlockElement", cases: BlockElement.wireTags))
        #expect(schema.nodes.first { $0.tag == "divider" }?.object == nil)
    }

    @Test func anIntIsAnyIntegerUnlessItsTypePromisesMore() {
        #expect(fields(schema.nodes, "textInput")["maxChars"]?.shape == .integer(nil))
        #expect(fields(schema.nodes, "heading")["level"]?.shape == .integer(.oneOf([1, 2, 3])))
        #expect(fields(schema.clientMessages, "rows")["count"]?.shape == .integer(.range(1...ProtocolLimits.maxRowsCount)))
        #expect(fields(schema.serverMessages, "delta")["run"]?.shape == .integer(.nonNegative))
    }

    @Test func theErrorCodesAreTheSwiftEnumsCases() {
        let codes = schema.enums.first { $0.name == "ProtocolErrorCode" }?.cases
        #expect(codes == ProtocolErrorCode.allCases.map(\.rawValue))
    }

    private struct Unmarked: Decodable {
        enum Colour: String, Decodable { case red }
        var colour: Colour
    }

    private struct BadConstraint: Decodable, WireFieldConstraints {
        static let wireFieldConstraints: [String: WireConstraint] = ["count": .nonNegative]
        var name: String
    }

    @Test func aStringEnumWithoutWireEnumIsRefused() {
        #expect(throws: SchemaError.self) { try ShapeRecorder().fields(of: Unmarked.self) }
    }

    @Test func aConstraintOnAFieldTheTypeDoesNotDecodeIsRefused() {
        #expect(throws: SchemaError.self) { try ShapeRecorder().fields(of: BadConstraint.self) }
    }
}
