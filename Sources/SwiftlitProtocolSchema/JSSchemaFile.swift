/// Renders `protocol-schema.js`: the browser's validation rules, one table per tagged union plus
/// the nested objects, in the vocabulary `protocol-validation.js` implements.
struct JSSchemaFile {
    let schema: ProtocolSchema

    var text: String {
        var out = GeneratedHeader.javaScript + "\n" + Self.preamble
        out += "\n/** The protocol version this client speaks; exchanged in `hello` and `session`. */\n"
        out += "export const PROTOCOL_VERSION = \(schema.version);\n"
        out += table("NODE_FIELDS", "The fields beside `kind` of each node kind (Swift: `Element`).", schema.nodes)
        out += table(
            "BLOCK_LAYOUT_FIELDS", "The fields of a block beside `kind` and `layout`, by layout (Swift: `BlockElement`).",
            schema.blockLayouts)
        out += table("SERVER_MESSAGE_FIELDS", "Server → client messages, by `type` (Swift: `ServerMessage`).", schema.serverMessages)
        out += table("CLIENT_MESSAGE_FIELDS", "Client → server messages, by `type` (Swift: `ClientMessage`).", schema.clientMessages)
        out += "\n/**\n * The objects fields refer to by name.\n * @type {Record<string, Record<string, FieldRule>>}\n */\n"
        out += "export const OBJECT_FIELDS = {\n"
        for object in schema.objects { out += entry(object.typeName, object.fields) }
        out += "};\n"
        out += """

            /** The node kinds this client can render. */
            export const NODE_KINDS = Object.freeze(Object.keys(NODE_FIELDS));

            /** The block layouts this client can render. */
            export const BLOCK_LAYOUTS = Object.freeze(Object.keys(BLOCK_LAYOUT_FIELDS));

            """
        return out
    }

    private static let preamble = """
        // The shape of every wire message and node kind, as data read by protocol-validation.js.

        /**
         * A field rule: a type, followed by `?` when the field may be omitted.
         * `string`, `bool`, `number` (finite), `integer` (any integer), `int` (a non-negative integer),
         * `int:A..B` (an integer from A to B), `enum:a|b|c` (numeric members are numbers on the wire),
         * `json` (anything), `widgetId` (a string), `widgetValues` (widget values by id), `stringMap` (strings by name), `rows` (arrays of
         * cells: any JSON), `op` (an operation), the name of an object in OBJECT_FIELDS, or any of these
         * followed by `[]` for an array of them.
         * @typedef {string} FieldRule
         */

        """

    private func table(_ name: String, _ doc: String, _ cases: [WireCase]) -> String {
        var out = "\n/**\n * \(doc)\n * @type {Record<string, Record<string, FieldRule>>}\n */\n"
        out += "export const \(name) = {\n"
        for wireCase in cases { out += entry(wireCase.tag, wireCase.object?.fields ?? []) }
        return out + "};\n"
    }

    private func entry(_ key: String, _ fields: [WireField]) -> String {
        guard !fields.isEmpty else { return "  \(key): {},\n" }
        let lines = fields.map { field in
            let value = "\"\(Self.rule(field.shape))\(field.isOptional ? "?" : "")\","
            // Breaks a line as `deno fmt` does (lineWidth 110), so that the file stays formatted.
            let line = "    \(field.name): \(value)"
            return line.count <= 110 ? line + "\n" : "    \(field.name):\n      \(value)\n"
        }
        return "  \(key): {\n" + lines.joined() + "  },\n"
    }

    /// The browser's rule for a shape.
    static func rule(_ shape: WireShape) -> String {
        switch shape {
        case .string: "string"
        case .bool: "bool"
        case .number: "number"
        case .integer(nil): "integer"
        case .integer(.nonNegative): "int"
        case .integer(.range(let range)): "int:\(range.lowerBound)..\(range.upperBound)"
        case .integer(.oneOf(let values)): "enum:" + values.map(String.init).joined(separator: "|")
        case .enumeration(_, let cases): "enum:" + cases.joined(separator: "|")
        case .custom(let rule): rule
        case .object(let name): name
        case .array(let element): rule(element) + "[]"
        }
    }
}
