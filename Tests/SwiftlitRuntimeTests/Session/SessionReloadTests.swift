import SwiftlitProtocol
@testable import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// What a tab gets back when it names its session in `hello`: the session itself after a reload
/// (even when the old page's socket closes after the new page's hello), a new one for a duplicated
/// tab, and a fresh start, said so, after its session expired.
@Suite struct SessionReloadTests {
    static let app: AppBody = { st in
        st.session["visits", default: 0] += 1
        let n = st.slider("n", in: 0...10, value: 1)
        st.text("n=\(n) visits=\(st.session["visits", default: 0])")
    }

    static func registry(
        clock: TestClock, ttl: Duration = .seconds(30), maxSessions: Int = 100, rememberingExpired: Int = 4_096
    ) -> SessionRegistry {
        SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost(app), options: RuntimeOptions(disconnectedSessionTTL: ttl, maxSessions: maxSessions),
                clock: RuntimeClock(clock)),
            rememberingExpired: rememberingExpired)
    }

    /// The `session` greeting and the texts of the first run a client received.
    static func received(_ client: InMemorySessionClient) -> (info: ServerMessage.SessionInfo?, texts: [String]) {
        let messages = client.drain()
        let info = messages.lazy.compactMap { message -> ServerMessage.SessionInfo? in
            if case .session(let info) = message { info } else { nil }
        }.first
        let texts = operations(in: messages).compactMap { op -> String? in
            switch op {
            case .set(_, .text(let text)), .insert(_, .text(let text)): text.text
            default: nil
            }
        }
        return (info, texts)
    }

    /// Opens a session whose slider the user moved to 7, and leaves it attached.
    static func openMoved(_ registry: SessionRegistry, client: InMemorySessionClient) async throws -> Session {
        let session = try #require(await registry.open(resuming: nil, client: client, widgets: [:])).session
        await session.waitUntilIdle()
        await session.rerun(.init(widgets: ["slider:n": .number(7)]))
        await session.waitUntilIdle()
        _ = client.drain()
        return session
    }

    /// Waits (a bounded number of scheduler turns) until `registry` holds `count` waiting hellos.
    static func waitForWaiters(_ registry: SessionRegistry, count: Int) async throws {
        var turns = 0
        while await registry.waitingForDetach != count, turns < 100_000 {
            turns += 1
            await Task.yield()
        }
        #expect(await registry.waitingForDetach == count)
    }

    @Test func aReloadWhoseHelloArrivesBeforeTheOldSocketClosesResumesTheSession() async throws {
        let clock = TestClock()
        let registry = Self.registry(clock: clock)
        let original = try await Self.openMoved(registry, client: InMemorySessionClient())
        let reloaded = InMemorySessionClient()
        let opening = Task {
            await registry.open(resuming: original.id, client: reloaded, widgets: ["slider:n": .number(7)])
        }
        try await Self.waitForWaiters(registry, count: 1)
        await registry.close(original)  // the old page's socket closes now
        let opened = try #require(await opening.value)
        #expect(opened.resumed)
        #expect(opened.session === original)
        await opened.session.waitUntilIdle()
        let (info, texts) = Self.received(reloaded)
        #expect(info?.resumed == true)
        #expect(info?.expired == nil)
        #expect(texts == ["n=7 visits=3"], "st.session and the widget value are both kept")
        #expect(await registry.waitingForDetach == 0)
        #expect(clock.pendingCount == 1, "the wait's timeout was cancelled; only the (void) expiry of the close is left")
    }

    @Test func aDuplicatedTabGetsANewSessionAndTheOriginalKeepsItsOwn() async throws {
        let clock = TestClock()
        let registry = Self.registry(clock: clock)
        let originalClient = InMemorySessionClient()
        let original = try await Self.openMoved(registry, client: originalClient)
        let duplicate = InMemorySessionClient()
        let opening = Task {
            await registry.open(resuming: original.id, client: duplicate, widgets: ["slider:n": .number(7)])
        }
        try await Self.waitForWaiters(registry, count: 1)
        await clock.advance(by: SessionRegistry.reloadGrace - .milliseconds(1))
        #expect(await registry.waitingForDetach == 1, "still waiting just before the grace ends")
        await clock.advance(by: .milliseconds(1))
        let opened = try #require(await opening.value)
        #expect(!opened.resumed)
        #expect(opened.session !== original)
        await opened.session.waitUntilIdle()
        let (info, texts) = Self.received(duplicate)
        #expect(info?.resumed == false)
        #expect(info?.expired == nil)
        #expect(texts == ["n=7 visits=1"], "the copied page is kept, st.session is its own")

        #expect(await original.isConnected, "the original tab was not robbed of its session")
        await original.rerun(.init(widgets: ["slider:n": .number(8)]))
        await original.waitUntilIdle()
        #expect(Self.received(originalClient).texts == ["n=8 visits=3"])
    }

    @Test func aSessionClosedWhileTheHelloWasAttachingIsResumedWithoutWaiting() async throws {
        let clock = TestClock()
        let registry = Self.registry(clock: clock)
        let original = try await Self.openMoved(registry, client: InMemorySessionClient())
        await registry.close(original)
        let opened = try #require(
            await registry.open(resuming: original.id, client: InMemorySessionClient(), widgets: [:]))
        #expect(opened.resumed)
        #expect(await registry.waitingForDetach == 0)
    }

    @Test func anExpiredSessionStartsFreshAndSaysSo() async throws {
        let clock = TestClock()
        let registry = Self.registry(clock: clock, ttl: .seconds(30))
        let original = try await Self.openMoved(registry, client: InMemorySessionClient())
        await registry.close(original)
        await clock.advance(by: .seconds(30))
        #expect(await registry.count == 0)

        let returning = InMemorySessionClient()
        let opened = try #require(
            await registry.open(resuming: original.id, client: returning, widgets: ["slider:n": .number(7)]))
        await opened.session.waitUntilIdle()
        #expect(!opened.resumed)
        #expect(opened.session.id != original.id)
        let (info, texts) = Self.received(returning)
        #expect(info?.expired == true)
        #expect(texts == ["n=1 visits=1"], "the saved widget values are ignored: a fresh page")

        // The next run takes the browser's values again.
        await opened.session.rerun(.init(widgets: ["slider:n": .number(4)]))
        await opened.session.waitUntilIdle()
        #expect(Self.received(returning).texts == ["n=4 visits=2"])
    }

    @Test func anEvictedSessionCountsAsExpired() async throws {
        let clock = TestClock()
        let registry = Self.registry(clock: clock, maxSessions: 1)
        let first = try await Self.openMoved(registry, client: InMemorySessionClient())
        await registry.close(first)
        // The registry is full: the next tab evicts the disconnected one.
        let second = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]))
        await second.session.waitUntilIdle()
        #expect(await registry.held(first.id) == nil)
        await registry.close(second.session)

        let returning = InMemorySessionClient()
        let opened = try #require(
            await registry.open(resuming: first.id, client: returning, widgets: ["slider:n": .number(7)]))
        await opened.session.waitUntilIdle()
        let (info, texts) = Self.received(returning)
        #expect(info?.expired == true)
        #expect(texts == ["n=1 visits=1"])
    }

    @Test func anIDNeverExpiredHereKeepsTheBrowsersValues() async throws {
        // E.g. the server restarted: the page comes back as it was, st.session does not.
        let registry = Self.registry(clock: TestClock())
        let client = InMemorySessionClient()
        let opened = try #require(
            await registry.open(
                resuming: "0123456789abcdef0123456789abcdef", client: client, widgets: ["slider:n": .number(7)]))
        await opened.session.waitUntilIdle()
        let (info, texts) = Self.received(client)
        #expect(info?.resumed == false)
        #expect(info?.expired == nil)
        #expect(texts == ["n=7 visits=1"])
    }

    @Test func theRegistryRemembersABoundedNumberOfExpiredSessions() async throws {
        let clock = TestClock()
        let registry = Self.registry(clock: clock, ttl: .seconds(10), rememberingExpired: 3)
        var ids: [String] = []
        for _ in 0..<5 {
            let session = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]))
                .session
            await session.waitUntilIdle()
            await registry.close(session)
            ids.append(session.id)
            await clock.advance(by: .seconds(10))
        }
        #expect(await registry.rememberedExpiredCount == 3)
        for (index, id) in ids.enumerated() {
            let client = InMemorySessionClient()
            let opened = try #require(await registry.open(resuming: id, client: client, widgets: [:]))
            await opened.session.waitUntilIdle()
            let expired = Self.received(client).info?.expired == true
            #expect(expired == (index >= 2), "session \(index): only the last three expiries are remembered")
            await registry.close(opened.session)
        }
    }
}

@Suite struct ExpiredSessionIDsTests {
    @Test func keepsTheMostRecentIDsUpToItsCapacity() {
        var ids = ExpiredSessionIDs(capacity: 2)
        ids.insert("a")
        ids.insert("b")
        ids.insert("a")  // already there: nothing moves
        #expect(ids.contains("a") && ids.contains("b"))
        ids.insert("c")
        #expect(!ids.contains("a"), "the oldest goes first")
        #expect(ids.contains("b") && ids.contains("c"))
        ids.insert("d")
        #expect(!ids.contains("b"))
        #expect(ids.contains("c") && ids.contains("d"))
        #expect(ids.count == 2)
        #expect(!ids.contains("never"))
    }
}
