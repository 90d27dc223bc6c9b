import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@testable import SwiftlitSQL

/// What ``SharedStorage`` must do in either dialect; the SQLite and PostgreSQL suites run these.
enum SharedStorageChecks {
    static func snapshot(_ visits: Int, revision: String) -> SessionSnapshot {
        SessionSnapshot(
            values: ["visits": Data("\(visits)".utf8)], assignedKeys: ["visits"], widgets: ["slider:n": .number(7)],
            location: PageLocation(page: "settings", query: "tab=2"), revision: revision)
    }

    static func sessions(_ storage: SharedStorage) async throws {
        let sessions = storage.sessions
        #expect(try await sessions.load(session: "a") == nil)
        try await sessions.save(snapshot(1, revision: "r1"), forSession: "a", lifetime: .seconds(60))
        #expect(try await sessions.load(session: "a") == snapshot(1, revision: "r1"))
        try await sessions.save(snapshot(2, revision: "r2"), forSession: "a", lifetime: .seconds(60))
        #expect(try await sessions.load(session: "a") == snapshot(2, revision: "r2"))

        // A process holding an older revision does not remove a newer save.
        try await sessions.remove(session: "a", revision: "r1")
        #expect(try await sessions.load(session: "a")?.revision == "r2")
        try await sessions.remove(session: "a", revision: "r2")
        #expect(try await sessions.load(session: "a") == nil)

        // A lifetime that has passed: not loaded, and swept by the next save.
        try await sessions.save(snapshot(3, revision: "r3"), forSession: "old", lifetime: .milliseconds(1))
        try await Task.sleep(for: .milliseconds(20))
        #expect(try await sessions.load(session: "old") == nil)
        let fresh = SQLSessionStorage(connection: storage.connection)
        try await fresh.save(snapshot(4, revision: "r4"), forSession: "b", lifetime: .seconds(60))
        #expect(try await fresh.count() == 1)
    }

    static func uploads(_ storage: SharedStorage) async throws {
        let sessions = storage.sessions
        let bytes = Data((0...255).map { UInt8($0) })
        let first = UploadedFile(id: "f1", name: "a.bin", type: "application/octet-stream", data: bytes)
        let second = UploadedFile(id: "f2", name: "b.csv", type: "text/csv", data: Data("x\n".utf8))
        try await sessions.saveUpload(first, widget: "fileUploader:Data", session: "u")
        try await sessions.saveUpload(second, widget: "chatInput:Ask", session: "u")
        try await sessions.saveUpload(second, widget: "fileUploader:Data", session: "v")
        #expect(
            try await sessions.uploads(session: "u") == [
                StoredUpload(widget: "fileUploader:Data", file: first), StoredUpload(widget: "chatInput:Ask", file: second),
            ])

        try await sessions.removeUploads(["f1"], session: "u")
        #expect(try await sessions.uploads(session: "u").map(\.file.id) == ["f2"])

        // Uploads go with the session's snapshot, and only when it goes.
        try await sessions.save(snapshot(1, revision: "r1"), forSession: "u", lifetime: .seconds(60))
        try await sessions.remove(session: "u", revision: "older")
        #expect(try await sessions.uploads(session: "u").count == 1)
        try await sessions.remove(session: "u", revision: "r1")
        #expect(try await sessions.uploads(session: "u").isEmpty)

        // The sweep deletes uploads of sessions not stored, once they are older than any run.
        try await storage.connection.execute(
            "INSERT INTO swiftlit_uploads (session, id, widget, name, type, data, created_at) VALUES ('gone', 'g', 'w', 'n', 't', $1, 0)",
            parameters: [.bytes([1])])
        #expect(try await sessions.uploads(session: "gone").count == 1)
        let fresh = SQLSessionStorage(connection: storage.connection)
        try await fresh.save(snapshot(2, revision: "r2"), forSession: "w", lifetime: .seconds(60))
        #expect(try await sessions.uploads(session: "gone").isEmpty)
        #expect(try await sessions.uploads(session: "v").count == 1, "a young upload waits for its session's first save")
    }

    static func cache(_ storage: SharedStorage) async throws {
        let cache = storage.cache
        let key = CacheStoreKey(group: "load", key: "call-1")
        #expect(try await cache.value(for: key) == nil)
        let bytes = Data((0...255).map(UInt8.init))
        try await cache.setValue(bytes, for: key, lifetime: nil)
        #expect(try await cache.value(for: key) == bytes)
        try await cache.setValue(Data("new".utf8), for: key, lifetime: nil)
        #expect(try await cache.value(for: key) == Data("new".utf8))

        let brief = CacheStoreKey(group: "load", key: "call-2")
        try await cache.setValue(Data("x".utf8), for: brief, lifetime: .milliseconds(1))
        try await Task.sleep(for: .milliseconds(20))
        #expect(try await cache.value(for: brief) == nil)

        try await cache.setValue(Data("y".utf8), for: CacheStoreKey(group: "other", key: "k"), lifetime: nil)
        try await cache.removeGroup("load")
        #expect(try await cache.value(for: key) == nil)
        #expect(try await cache.value(for: CacheStoreKey(group: "other", key: "k")) == Data("y".utf8))
        #expect(try await cache.removeAll() == 1)
    }

    static let app: AppBody = { st in
        st.session["visits", default: 0] += 1
        let n = st.slider("n", in: 0...10, value: 1)
        st.text("n=\(n) visits=\(st.session["visits", default: 0])")
    }

    /// Two registries on one database, as two replicas: a session saved by the first after a
    /// run (never closed, as when its process is killed) resumes in the second.
    static func aSessionMovesBetweenProcesses(_ url: String) async throws {
        let first = try await SharedStorage.connect(url: url)
        let second = try await SharedStorage.connect(url: url)
        let one = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost(app), sessionStorage: first.sessions, cacheStore: first.cache))
        let two = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost(app), sessionStorage: second.sessions, cacheStore: second.cache))
        let session = try #require(await one.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])).session
        await session.waitUntilIdle()
        await session.rerun(.init(widgets: ["slider:n": .number(7)]))
        await session.waitUntilIdle()
        await session.waitUntilSaved()

        let client = InMemorySessionClient()
        let moved = try #require(await two.open(resuming: session.id, client: client, widgets: [:]))
        await moved.session.waitUntilIdle()
        #expect(moved.resumed)
        let texts = client.drain().flatMap { message -> [DeltaOp] in
            switch message {
            case .delta(let delta): delta.ops
            case .runFinished(let finished): finished.ops
            default: []
            }
        }.compactMap { op -> String? in
            if case .set(_, .text(let text)) = op { text.text } else { nil }
        }
        #expect(texts == ["n=7 visits=3"])
        await moved.session.waitUntilSaved()
        await first.close()
        await second.close()
    }
}

@Suite("Shared storage in SQLite")
struct SQLiteSharedStorageTests {
    static func withFile(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-storage-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // `sqlite:///relative` or `sqlite:////absolute`, as SQLAlchemy writes them.
        try await body("sqlite:///" + folder.appendingPathComponent("shared.db").path)
    }

    @Test func sessions() async throws {
        try await Self.withFile { url in
            try await SharedStorage.using(url: url) { try await SharedStorageChecks.sessions($0) }
        }
    }

    @Test func uploads() async throws {
        try await Self.withFile { url in
            try await SharedStorage.using(url: url) { try await SharedStorageChecks.uploads($0) }
        }
    }

    @Test func cache() async throws {
        try await Self.withFile { url in
            try await SharedStorage.using(url: url) { try await SharedStorageChecks.cache($0) }
        }
    }

    @Test func aSessionMovesBetweenProcesses() async throws {
        try await Self.withFile { try await SharedStorageChecks.aSessionMovesBetweenProcesses($0) }
    }

    @Test func anInMemoryDatabaseIsRefusedWithAnExplanation() async throws {
        let error = try await #require(throws: SQLError.self) { try await SharedStorage.connect(url: "sqlite://:memory:") }
        #expect(error.description.contains("leave server.storage empty"))
    }
}

@Suite("Shared storage in PostgreSQL", .postgresServer)
struct PostgresSharedStorageTests {
    /// A database of its own for one test, dropped after it.
    static func withDatabase(_ body: (String) async throws -> Void) async throws {
        let server = try PostgresServer.required()
        let admin = try await server.connect()
        let name = "storage_\(UUID().uuidString.prefix(8).lowercased())"
        try await admin.execute("CREATE DATABASE \(name)")
        let configuration = server.configuration
        let url =
            "postgresql://\(configuration.username ?? ""):\(server.password)@\(configuration.host ?? "127.0.0.1"):\(configuration.port ?? 5432)/\(name)"
        do {
            try await body(url)
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
    }

    @Test func sessions() async throws {
        try await Self.withDatabase { url in
            try await SharedStorage.using(url: url) { try await SharedStorageChecks.sessions($0) }
        }
    }

    @Test func uploads() async throws {
        try await Self.withDatabase { url in
            try await SharedStorage.using(url: url) { try await SharedStorageChecks.uploads($0) }
        }
    }

    @Test func cache() async throws {
        try await Self.withDatabase { url in
            try await SharedStorage.using(url: url) { try await SharedStorageChecks.cache($0) }
        }
    }

    @Test func aSessionMovesBetweenProcesses() async throws {
        try await Self.withDatabase { try await SharedStorageChecks.aSessionMovesBetweenProcesses($0) }
    }

    @Test func replicasStartingTogetherAllGetTheTables() async throws {
        try await Self.withDatabase { url in
            let storages = try await withThrowingTaskGroup(of: SharedStorage.self) { group in
                for _ in 0..<4 { group.addTask { try await SharedStorage.connect(url: url) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(storages.count == 4)
            for storage in storages { await storage.close() }
        }
    }
}
