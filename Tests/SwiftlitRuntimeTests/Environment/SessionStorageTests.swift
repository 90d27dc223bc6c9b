import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// A disconnected session's `Codable` values reach another registry through the session storage,
/// as they will reach another replica through PostgreSQL.
@Suite struct SessionStorageTests {
    struct Cart: Codable, Sendable, Equatable {
        var items: [String]
    }

    /// Not `Codable`: it stays with the process.
    final class Connection: Sendable {}

    static let app: AppBody = { st in
        if st.session["visits"] == nil as Int? {
            st.session["cart"] = Cart(items: ["apple"])
            st.session["connection"] = Connection()
        }
        st.session["visits", default: 0] += 1
        let cart: Cart? = st.session["cart"]
        let connection: Connection? = st.session["connection"]
        st.text("visits \(st.session["visits", default: 0]), cart \(cart?.items ?? []), connection \(connection != nil)")
    }

    static func texts(_ client: InMemorySessionClient) -> [String] {
        client.drain().flatMap { message -> [DeltaOp] in
            switch message {
            case .delta(let delta): delta.ops
            case .runFinished(let finished): finished.ops
            default: []
            }
        }.compactMap { op in
            if case .set(_, .text(let text)) = op { text.text } else { nil }
        }
    }

    @Test func codableValuesFollowTheSessionToAnotherRegistry() async throws {
        let storage = InMemorySessionStorage()
        let first = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost(Self.app), sessionStorage: storage))
        let client = InMemorySessionClient()
        let session = try #require(await first.open(resuming: nil, client: client, widgets: [:])).session
        await session.waitUntilIdle()
        #expect(Self.texts(client) == ["visits 1, cart [\"apple\"], connection true"])
        await first.close(session)
        #expect(await storage.count == 1)

        // Another process: it has never seen this session.
        let second = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost(Self.app), sessionStorage: storage))
        let newClient = InMemorySessionClient()
        let (resumed, wasResumed) = try #require(await second.open(resuming: session.id, client: newClient, widgets: [:]))
        await resumed.waitUntilIdle()
        #expect(wasResumed)
        #expect(resumed.id == session.id)
        #expect(Self.texts(newClient) == ["visits 2, cart [\"apple\"], connection false"])
        #expect(await resumed.sessionValue("cart", as: Cart.self) == Cart(items: ["apple"]))
    }

    @Test func anUnknownIDStillOpensANewSession() async throws {
        let storage = InMemorySessionStorage()
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost(Self.app), sessionStorage: storage))
        let opened = try #require(
            await registry.open(resuming: "0123456789abcdef0123456789abcdef", client: InMemorySessionClient(), widgets: [:]))
        #expect(!opened.resumed)
        #expect(opened.session.id != "0123456789abcdef0123456789abcdef")
    }

    @Test func expiredSessionsLeaveTheStorage() async throws {
        let clock = TestClock()
        let storage = InMemorySessionStorage()
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost(Self.app), options: RuntimeOptions(disconnectedSessionTTL: .seconds(30)),
                clock: RuntimeClock(clock), sessionStorage: storage))
        let session = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])).session
        await session.waitUntilIdle()
        await registry.close(session)
        #expect(await storage.count == 1)
        await clock.advance(by: .seconds(30))
        #expect(await registry.count == 0)
        // Removal from an external store does not hold up the registry: it finishes on its own.
        let deadline = ContinuousClock.now + .seconds(5)
        while await storage.count > 0, ContinuousClock.now < deadline { await Task.yield() }
        #expect(await storage.count == 0)
    }

    @Test func aRestoredValueDecodesAsTheTypeRead() async {
        let snapshot = SessionSnapshot(values: ["n": Data("\"text\"".utf8)])
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { _ in }), restoring: snapshot)
        #expect(await session.sessionValue("n", as: Int.self) == nil)
        #expect(await session.sessionValue("n", as: String.self) == "text")
    }
}
