import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@testable import SwiftlitSQL

/// `st.connection` in an app: settings from the secrets, one pool per server, cached queries.
@Suite("st.connection")
struct StConnectionTests {
    private static func secrets(_ connections: [String: SecretValue]) -> Secrets {
        Secrets(["connections": .table(connections)], sources: [".swiftlit/secrets.toml"])
    }

    private static func sqliteFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-st-\(UUID()).db").path
    }

    @Test("the [connections.sql] section opens one pool that every session shares")
    func sharedPool() async throws {
        let path = Self.sqliteFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pools = Mutexed<[ObjectIdentifier]>([])
        let first = AppTest(secrets: Self.secrets(["sql": .table(["url": .string("sqlite:///\(path)")])])) { st in
            let db = try await st.connection("sql")
            pools.set(pools.get() + [ObjectIdentifier(db.connection)])
            try await db.execute("CREATE TABLE IF NOT EXISTS pets (name TEXT, age INTEGER)")
            st.dataframe(try await db.query("SELECT name, age FROM pets"))
        }
        let second = AppTest(anotherTabOf: first)
        try await first.run()
        try await second.run()
        try await first.run()
        #expect(pools.get().count == 3 && Set(pools.get()).count == 1)
        #expect(first.elements(.exception).isEmpty)
    }

    @Test("query results are cached for every session until their ttl or a write through the connection")
    func cachedQueries() async throws {
        let path = Self.sqliteFile()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outside = try await SQLConnection.connect(name: "outside", configuration: .sqlite(path: path))
        try await outside.execute("CREATE TABLE pets (name TEXT)")
        try await outside.execute("INSERT INTO pets VALUES ($1)", parameters: ["Rex"])
        let insert = Mutexed<String?>(nil)
        let at = AppTest(secrets: Self.secrets(["pets": .table(["url": .string("sqlite:///\(path)")])])) { st in
            let db = try await st.connection("pets")
            if let name = insert.get() { try await db.execute("INSERT INTO pets VALUES ($1)", parameters: [.string(name)]) }
            let count = try await db.query("SELECT count(*) AS n FROM pets", ttl: .seconds(60))
            st.text("pets: \(count["n"]?.values ?? .integers([]))")
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["pets: integers([Optional(1)])"])
        // Another program writes: the cached result stands until its ttl has passed.
        try await outside.execute("INSERT INTO pets VALUES ($1)", parameters: ["Tom"])
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["pets: integers([Optional(1)])"])
        try await at.advanceTime(by: .seconds(60))
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["pets: integers([Optional(2)])"])
        // A write through the connection forgets its cached results at once.
        insert.set("Kit")
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["pets: integers([Optional(3)])"])
        await outside.close()
    }

    @Test("a missing section says which one, where it looked, and what to write")
    func missingSection() async throws {
        let at = AppTest { st in _ = try await st.connection("warehouse") }
        try await at.run()
        let message = try #require(at.elements(.exception).first?.text)
        #expect(message.contains("[connections.warehouse]"))
        #expect(message.contains("sqlite:///"))
    }

    @Test("a kind of the user's own is configured from its section and closed when cleared")
    func userKind() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-\(UUID()).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let at = AppTest(secrets: Self.secrets(["settings": .table(["path": .string(path)])])) { st in
            let settings = try await st.connection("settings", type: KeyValueFile.self)
            if await settings.value("greeting") == nil { try await settings.set("greeting", to: "Hello") }
            st.text(await settings.value("greeting") ?? "")
        }
        try await at.run()
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["Hello"])
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("an SQL statement with an injection attempt through st.connection stays data")
    func injectionThroughTheApp() async throws {
        let at = AppTest { st in
            let db = try await st.connection("memory", configuration: .memory)
            try await db.execute("CREATE TABLE IF NOT EXISTS users (name TEXT)")
            try await db.execute("INSERT INTO users VALUES ($1)", parameters: ["alice"])
            let typed = st.textInput("Name", value: "' OR '1'='1")
            let found = try await db.query("SELECT name FROM users WHERE name = $1", parameters: [.string(typed)])
            st.text("found \(found.rowCount)")
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["found 0"])
    }
}

/// A value shared with an app closure in tests.
final class Mutexed<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}
