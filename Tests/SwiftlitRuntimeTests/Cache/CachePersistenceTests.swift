import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct CachePersistenceTests {
    private struct Quote: Codable, Sendable, Equatable {
        var symbol: String
        var price: Double
    }

    private static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-cache-\(UUID().uuidString)")
    }

    /// A "server": its own memory, the same folder on disk.
    private static func server(_ directory: URL, _ app: @escaping AppBody) -> (Session, InMemorySessionClient) {
        let environment = RuntimeEnvironment(host: AppHost(app), cacheStore: DiskCacheStore(directory: directory))
        return (Session(id: UUID().uuidString, environment: environment), InMemorySessionClient())
    }

    @Test func aPersistedValueOutlivesTheServerThatComputedIt() async throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let computed = Mutexed(0)
        let app: AppBody = { st in
            let quote = try await st.cacheData("ACME", persist: true) { symbol in
                computed.modify { $0 += 1 }
                return Quote(symbol: symbol, price: 12.5)
            }
            st.text("\(quote.symbol) \(quote.price)")
        }
        for _ in 0..<2 {
            let (session, client) = Self.server(directory, app)
            await session.connect(client, widgets: [:])
            await session.waitUntilIdle()
            #expect(Self.texts(client) == ["ACME 12.5"])
        }
        #expect(computed.get() == 1)
    }

    @Test func clearingByNameRemovesThePersistedValuesToo() async throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let computed = Mutexed(0)
        let clear = Mutexed(false)
        let app: AppBody = { st in
            _ = try await st.cacheData(1, name: "quotes", persist: true) { n in
                computed.modify { $0 += 1 }
                return n
            }
            if clear.get() { try await st.cacheData.clear(named: "quotes") }
        }
        clear.set(true)
        let (first, client) = Self.server(directory, app)
        await first.connect(client, widgets: [:])
        await first.waitUntilIdle()
        clear.set(false)
        let (second, other) = Self.server(directory, app)
        await second.connect(other, widgets: [:])
        await second.waitUntilIdle()
        #expect(computed.get() == 2)
    }

    @Test func theDiskStoreKeepsKeysApartExpiresAndCountsWhatItRemoves() async throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let now = Mutexed(Date(timeIntervalSince1970: 1_000))
        let store = DiskCacheStore(directory: directory, now: { now.get() })
        let a = CacheStoreKey(group: "g", key: "a")
        let b = CacheStoreKey(group: "g", key: "b")
        let other = CacheStoreKey(group: "h", key: "a")
        try await store.setValue(Data("A".utf8), for: a, lifetime: .seconds(60))
        try await store.setValue(Data("B".utf8), for: b, lifetime: nil)
        try await store.setValue(Data("H".utf8), for: other, lifetime: nil)
        #expect(try await store.value(for: a) == Data("A".utf8))
        #expect(try await store.value(for: other) == Data("H".utf8))
        now.set(Date(timeIntervalSince1970: 1_060))
        #expect(try await store.value(for: a) == nil)
        #expect(try await store.value(for: b) == Data("B".utf8))
        try await store.removeGroup("g")
        #expect(try await store.value(for: b) == nil)
        #expect(try await store.removeAll() == 1)
        #expect(try await store.value(for: other) == nil)
    }

    @Test func aFileWhoseHeaderNamesAnotherKeyIsNotReadAsThisOne() async throws {
        let directory = Self.folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = DiskCacheStore(directory: directory)
        let key = CacheStoreKey(group: "g", key: "k")
        try await store.setValue(Data("value".utf8), for: key, lifetime: nil)
        // Forge a collision: the same file, with another key in its header.
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".cache") }
        let file = directory.appendingPathComponent(try #require(files.first))
        let forged = Data(#"{"group":"g","key":"other"}"#.utf8) + Data("\nforged".utf8)
        try forged.write(to: file)
        #expect(try await store.value(for: key) == nil)
    }

    private static func texts(_ client: InMemorySessionClient) -> [String] {
        client.drain().flatMap { message -> [String] in
            guard case .runFinished(let finished) = message else { return [] }
            return finished.ops.compactMap { if case .set(_, .text(let text)) = $0 { text.text } else { nil } }
        }
    }
}
