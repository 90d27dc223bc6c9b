/// Renders the generated regions of `docs/protocol.md`: the message, node, layout and object tables.
/// Each region sits between `<!-- generated: NAME -->` and `<!-- end generated -->`; the prose around
/// them is written by hand and kept as it is.
struct MarkdownTables {
    let schema: ProtocolSchema

    /// The text of each region, by name.
    var regions: [String: String] {
        let errorCodes = schema.enums.first { $0.name == "ProtocolErrorCode" }?.cases ?? []
        return [
            "messages": """
                ### Client → server

                \(table("type", schema.clientMessages))
                ### Server → client

                \(table("type", schema.serverMessages))
                Error codes (`ProtocolErrorCode`): \(errorCodes.map { "`\($0)`" }.joined(separator: ", ")).

                """,
            "nodes": """
                \(table("kind", schema.nodes))
                Block layouts (a node of kind `block` carries its layout's fields beside `kind` and `layout`):

                \(table("layout", schema.blockLayouts))
                Objects that fields refer to:

                \(objectTable)
                """,
        ]
    }

    /// `document` with each generated region replaced by its current text.
    func splice(into document: String) throws -> String {
        var result = document
        for (name, body) in regions.sorted(by: { $0.key < $1.key }) {
            let start = "<!-- generated: \(name) (\(GeneratedHeader.command); do not edit) -->\n"
            let end = "<!-- end generated -->"
            guard let open = result.range(of: start),
                let close = result.range(of: end, range: open.upperBound..<result.endIndex)
            else { throw SchemaError.unsupported("docs/protocol.md without the region '\(start)…\(end)'") }
            result.replaceSubrange(open.upperBound..<close.lowerBound, with: "\n" + body + "\n")
        }
        return result
    }

    private func table(_ tagName: String, _ cases: [WireCase]) -> String {
        var out = "| \(tagName) | fields | Swift type |\n| --- | --- | --- |\n"
        for wireCase in cases {
            let fields = wireCase.object?.fields ?? []
            let described = fields.isEmpty ? "—" : fields.map(Self.describe).joined(separator: ", ")
            out += "| `\(wireCase.tag)` | \(described) | \(wireCase.object.map { "`\($0.typeName)`" } ?? "—") |\n"
        }
        return out
    }

    private var objectTable: String {
        var out = "| object | fields |\n| --- | --- |\n"
        for object in schema.objects {
            out += "| `\(object.typeName)` | \(object.fields.map(Self.describe).joined(separator: ", ")) |\n"
        }
        return out
    }

    /// `` `name` (type) ``, or `` `name?` (type) `` for an optional field.
    static func describe(_ field: WireField) -> String {
        "`\(field.name)\(field.isOptional ? "?" : "")` (\(words(field.shape)))"
    }

    /// A shape in words.
    static func words(_ shape: WireShape) -> String {
        switch shape {
        case .string: "string"
        case .bool: "bool"
        case .number: "number"
        case .integer(nil): "integer"
        case .integer(.nonNegative): "integer ≥ 0"
        case .integer(.range(let range)): "integer \(range.lowerBound)–\(range.upperBound)"
        case .integer(.oneOf(let values)): values.map(String.init).joined(separator: ", ")
        case .enumeration(_, let cases): cases.map { "`\($0)`" }.joined(separator: ", ")
        case .custom(let rule): customWords[rule] ?? rule
        case .object(let name): "`\(name)`"
        case .array(let element): "array of \(words(element))"
        }
    }

    private static let customWords = [
        "json": "any JSON", "widgetId": "widget id", "widgetValues": "widget values by id",
        "stringMap": "strings by name",
        "rows": "rows of cells (any JSON)", "op": "operation",
    ]
}
