import Foundation

/// Renders `protocol-types.js`: a JSDoc typedef for every wire type, named after its Swift type
/// (`HeadingElement` → `HeadingNode`, `VerticalBlock` → `VerticalBlockNode`, `Hello` → `HelloMessage`),
/// and the unions `Node`, `BlockNode`, `ServerMessage` and `ClientMessage`.
struct JSTypesFile {
    let schema: ProtocolSchema

    /// The JSDoc types of the custom rules, whose typedefs are written by hand.
    static let customTypes = [
        "json": "unknown",
        "widgetId": #"import("./protocol.js").WidgetId"#,
        "widgetValues": #"import("./protocol.js").WidgetValues"#,
        "stringMap": "Record<string, string>",
        "op": #"import("./protocol.js").Op"#,
        "rows": #"import("./protocol-data.js").Row[]"#,
        "chartColumn": #"import("./protocol-data.js").ChartColumn"#,
    ]

    func text() throws -> String {
        var out = GeneratedHeader.javaScript + "\n"
        out += "// The wire types as the browser sees them, one JSDoc typedef per Swift type. Types only.\n"
        out += section("Enums")
        for enumeration in schema.enums {
            let members = enumeration.cases.map { "\"\($0)\"" }
            let line = "/** Swift `\(enumeration.name)`. @typedef {\(Self.union(members))} \(enumeration.name) */"
            out += line.count <= 100
                ? line + "\n"
                : "/**\n * Swift `\(enumeration.name)`.\n" + Self.wrapped("@typedef {", members, "} \(enumeration.name)") + " */\n"
        }
        out += section("Objects fields refer to")
        for object in schema.objects {
            out += try typedef(object.typeName, swift: object.typeName, tags: [], object.fields)
        }
        out += section("Nodes: `{kind, …fields}`")
        let nodes = try members(schema.nodes, tagKey: "kind", fixed: [], name: Self.nodeName)
        out += nodes.text
        out += "/**\n * One node of the page; `kind` names it.\n" + Self.wrapped("@typedef {", nodes.names, "} Node") + " */\n\n"
        out += "/** @typedef {Node[\"kind\"]} NodeKind */\n"
        out += section("Blocks: `{kind: \"block\", layout, …fields}`; children arrive as their own operations")
        let blocks = try members(schema.blockLayouts, tagKey: "layout", fixed: [("kind", "block")], name: Self.blockName)
        out += blocks.text
        out += "/**\n * A container; `layout` says which.\n" + Self.wrapped("@typedef {", blocks.names, "} BlockNode") + " */\n\n"
        out += "/** @typedef {BlockNode[\"layout\"]} BlockLayout */\n"
        for (title, cases, union) in [
            ("Server → client messages", schema.serverMessages, "ServerMessage"),
            ("Client → server messages", schema.clientMessages, "ClientMessage"),
        ] {
            out += section(title)
            let messages = try members(cases, tagKey: "type", fixed: [], name: Self.messageName)
            out += messages.text
            out += "/**\n" + Self.wrapped("@typedef {", messages.names, "} \(union)") + " */\n"
        }
        out += "\nexport {};\n"
        // Sections and typedefs each bring their blank line; `deno fmt` keeps one.
        while out.contains("\n\n\n") { out = out.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return out
    }

    /// One typedef per Swift type of a union's cases (cases sharing a type share its typedef), and the
    /// typedefs' names for the union. A case that is itself a union is named `BlockNode`.
    private func members(
        _ cases: [WireCase], tagKey: String, fixed: [(String, String)], name: (WireCase) -> String
    ) throws -> (text: String, names: [String]) {
        var text = ""
        var names: [String] = []
        for wireCase in cases {
            let typeName = name(wireCase)
            if names.contains(typeName) { continue }
            names.append(typeName)
            if wireCase.isNestedUnion { continue }
            let sharing = cases.filter { $0.object != nil && $0.object?.typeName == wireCase.object?.typeName }
            let tags = (wireCase.object == nil ? [wireCase] : sharing).map(\.tag)
            text += try typedef(
                typeName, swift: wireCase.object?.typeName, tags: fixed + [(tagKey, "")], tagValues: tags,
                wireCase.object?.fields ?? [])
        }
        return (text, names)
    }

    private func typedef(
        _ name: String, swift: String?, tags: [(String, String)], tagValues: [String] = [], _ fields: [WireField]
    ) throws -> String {
        var out = "/**\n"
        if let swift { out += " * Swift `\(swift)`.\n" }
        out += " * @typedef {object} \(name)\n"
        for (key, value) in tags {
            let literal = value.isEmpty ? Self.union(tagValues.map { "\"\($0)\"" }) : "\"\(value)\""
            out += " * @property {\(literal)} \(key)\n"
        }
        for field in fields {
            let fieldName = field.isOptional ? "[\(field.name)]" : field.name
            out += " * @property {\(try Self.type(field.shape))} \(fieldName)\n"
        }
        return out + " */\n\n"
    }

    /// The JSDoc type of a shape.
    static func type(_ shape: WireShape) throws -> String {
        switch shape {
        case .string: return "string"
        case .bool: return "boolean"
        case .number, .integer(nil), .integer(.nonNegative), .integer(.range): return "number"
        case .integer(.oneOf(let values)): return union(values.map(String.init))
        case .enumeration(let name, _): return name
        case .custom(let rule):
            guard let type = customTypes[rule] else { throw SchemaError.unsupported("the custom rule '\(rule)' in JSDoc") }
            return type
        case .object(let name): return name
        case .array(let element):
            let type = try type(element)
            return type.contains(" ") ? "(\(type))[]" : "\(type)[]"
        }
    }

    static func nodeName(_ wireCase: WireCase) -> String {
        if wireCase.isNestedUnion { return "BlockNode" }
        guard let swift = wireCase.object?.typeName else { return capitalized(wireCase.tag) + "Node" }
        return (swift.hasSuffix("Element") ? String(swift.dropLast("Element".count)) : swift) + "Node"
    }

    static func blockName(_ wireCase: WireCase) -> String {
        (wireCase.object?.typeName ?? capitalized(wireCase.tag) + "Block") + "Node"
    }

    static func messageName(_ wireCase: WireCase) -> String {
        let swift = wireCase.object?.typeName ?? capitalized(wireCase.tag)
        return swift.hasSuffix("Message") ? swift : swift + "Message"
    }

    private static func capitalized(_ tag: String) -> String { tag.prefix(1).uppercased() + tag.dropFirst() }

    private static func union(_ members: [String]) -> String { members.joined(separator: " | ") }

    private func section(_ title: String) -> String {
        "\n// " + String(repeating: "-", count: 93) + "\n// \(title)\n\n"
    }

    /// ` * {prefix}A | B | …{suffix}`, wrapped before 100 columns.
    static func wrapped(_ prefix: String, _ members: [String], _ suffix: String) -> String {
        var lines = [" * " + prefix]
        for (index, member) in members.enumerated() {
            let piece = index == 0 ? member : " | " + member
            if let last = lines.last, last.count + piece.count > 100 {
                lines.append(" *   | " + member)
            } else {
                lines[lines.count - 1] += piece
            }
        }
        lines[lines.count - 1] += suffix
        return lines.joined(separator: "\n") + "\n"
    }
}
