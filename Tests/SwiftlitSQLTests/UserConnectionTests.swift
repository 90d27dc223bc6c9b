import Foundation
import Testing

@testable import SwiftlitSQL

/// The example in `Connection`'s documentation, as a real conformance.
actor KeyValueFile: Connection {
    struct Configuration: Decodable, Sendable, Hashable {
        var path: String
    }

    private let url: URL
    private var values: [String: String]

    static func connect(name: String, configuration: Configuration) async throws -> KeyValueFile {
        let url = URL(fileURLWithPath: configuration.path)
        let data = (try? Data(contentsOf: url)) ?? Data("{}".utf8)
        return KeyValueFile(url: url, values: try JSONDecoder().decode([String: String].self, from: data))
    }

    private init(url: URL, values: [String: String]) {
        self.url = url
        self.values = values
    }

    func value(_ key: String) -> String? { values[key] }

    func set(_ key: String, to value: String) throws {
        values[key] = value
        try JSONEncoder().encode(values).write(to: url, options: .atomic)
    }

    func close() async {}
}

@Suite("A user-written Connection")
struct UserConnectionTests {
    /// What `st.connection` will do with any kind: decode the section, connect, use, close.
    private func open<Kind: Connection>(_ kind: Kind.Type, name: String, section: String) async throws -> Kind {
        let configuration = try JSONDecoder().decode(Kind.Configuration.self, from: Data(section.utf8))
        return try await Kind.connect(name: name, configuration: configuration)
    }

    @Test("a key-value file connection keeps its values across connections")
    func keyValueFile() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let section = #"{"path": "\#(path)"}"#
        let first = try await open(KeyValueFile.self, name: "settings", section: section)
        #expect(await first.value("greeting") == nil)
        try await first.set("greeting", to: "Hello")
        await first.close()

        let second = try await open(KeyValueFile.self, name: "settings", section: section)
        #expect(await second.value("greeting") == "Hello")
        await second.close()
    }

    @Test("SQLConnection is opened the same generic way")
    func sqlThroughTheProtocol() async throws {
        let sql = try await open(SQLConnection.self, name: "sql", section: #"{"url": "sqlite://:memory:"}"#)
        let one = try await sql.query("SELECT 1 AS one")
        #expect(one["one"]?.values == .integers([1]))
        await sql.close()
    }
}
