public import Foundation

/// The files `scripts/gen-protocol.sh` writes, with the text each should hold now. The generator
/// writes them; a test compares them with the files on disk.
public struct GeneratedFile: Sendable {
    /// The path from the repository's root.
    public var path: String
    public var text: String

    /// The command that regenerates every file.
    public static let command = GeneratedHeader.command

    /// Every generated file, read off the Swift types. `docs/protocol.md` is read from `root` because
    /// only its marked regions are generated.
    public static func all(root: URL) throws -> [GeneratedFile] {
        let schema = try ProtocolSchema.current()
        let client = "Sources/SwiftlitWebClient/client"
        let docsPath = "docs/protocol.md"
        let docs = try String(contentsOf: root.appendingPathComponent(docsPath), encoding: .utf8)
        return [
            GeneratedFile(path: "\(client)/protocol-schema.js", text: JSSchemaFile(schema: schema).text),
            GeneratedFile(path: "\(client)/protocol-types.js", text: try JSTypesFile(schema: schema).text()),
            GeneratedFile(path: docsPath, text: try MarkdownTables(schema: schema).splice(into: docs)),
        ]
    }
}
