import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// A session moving between processes that share a session storage, as between replicas behind a
/// load balancer without affinity: saved after every run, so a process killed without warning
/// loses nothing; a stale copy left in a process never wins over a newer save; unchanged runs
/// write nothing.
@Suite struct SessionMoveTests {
    static let app: AppBody = { st in
        st.session["visits", default: 0] += 1
        let n = st.slider("n", in: 0...10, value: 1)
        st.text("n=\(n) visits=\(st.session["visits", default: 0])")
    }

    /// Counts saves and removals on their way to an in-memory storage.
    actor CountingStorage: SessionStorage {
        let inner = InMemorySessionStorage()
        private(set) var saves = 0
        private(set) var removals = 0
        func save(_ snapshot: SessionSnapshot, forSession id: String, lifetime: Duration) async {
            saves += 1
            await inner.save(snapshot, forSession: id, lifetime: lifetime)
        }
        func load(session id: String) async -> SessionSnapshot? { await inner.load(session: id) }
        func remove(session id: String, revision: String) async {
            removals += 1
            await inner.remove(session: id, revision: revision)
        }
        func saveUpload(_ file: UploadedFile, widget: WidgetID, session id: String) async {
            await inner.saveUpload(file, widget: widget, session: id)
        }
        func uploads(session id: String) async -> [StoredUpload] { await inner.uploads(session: id) }
        func removeUploads(_ fileIDs: [String], session id: String) async {
            await inner.removeUploads(fileIDs, session: id)
        }
    }

    static func registry(_ storage: any SessionStorage, clock: TestClock = TestClock(), ttl: Duration = .seconds(30))
        -> SessionRegistry
    {
        SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost(app), options: RuntimeOptions(disconnectedSessionTTL: ttl), clock: RuntimeClock(clock),
                sessionStorage: storage))
    }

    static func texts(_ client: InMemorySessionClient) -> [String] {
        SessionStorageTests.texts(client)
    }

    /// Opens a session, moves its slider to `n`, and waits for the save.
    static func openMoved(_ registry: SessionRegistry, to n: Double, client: InMemorySessionClient) async throws -> Session {
        let session = try #require(await registry.open(resuming: nil, client: client, widgets: [:])).session
        await session.waitUntilIdle()
        await session.rerun(.init(widgets: ["slider:n": .number(n)]))
        await session.waitUntilIdle()
        await session.waitUntilSaved()
        _ = client.drain()
        return session
    }

    @Test func aProcessKilledMidSessionLosesNothing() async throws {
        let storage = InMemorySessionStorage()
        let first = Self.registry(storage)
        let session = try await Self.openMoved(first, to: 7, client: InMemorySessionClient())
        // The first process dies here: no disconnect, no save at close.
        let second = Self.registry(storage)
        let client = InMemorySessionClient()
        // The browser sends no value for the slider: the stored one comes back.
        let (resumed, wasResumed) = try #require(await second.open(resuming: session.id, client: client, widgets: [:]))
        await resumed.waitUntilIdle()
        #expect(wasResumed)
        #expect(Self.texts(client) == ["n=7 visits=3"])
    }

    @Test func theBrowsersValuesWinOverTheStoredOnes() async throws {
        let storage = InMemorySessionStorage()
        let session = try await Self.openMoved(Self.registry(storage), to: 7, client: InMemorySessionClient())
        let client = InMemorySessionClient()
        let resumed = try #require(
            await Self.registry(storage).open(resuming: session.id, client: client, widgets: ["slider:n": .number(9)]))
        await resumed.session.waitUntilIdle()
        #expect(Self.texts(client) == ["n=9 visits=3"])
    }

    @Test func aStaleCopyLeftInAProcessGivesWayToANewerSave() async throws {
        let storage = InMemorySessionStorage()
        let first = Self.registry(storage)
        let session = try await Self.openMoved(first, to: 7, client: InMemorySessionClient())
        await first.close(session)

        // The browser reconnects to another process and moves on there.
        let second = Self.registry(storage)
        let there = try #require(await second.open(resuming: session.id, client: InMemorySessionClient(), widgets: [:]))
        await there.session.waitUntilIdle()
        await there.session.rerun(.init(widgets: ["slider:n": .number(2)]))
        await there.session.waitUntilIdle()
        await there.session.waitUntilSaved()
        await second.close(there.session)

        // Back to the first process, which still holds its older copy.
        let client = InMemorySessionClient()
        let back = try #require(await first.open(resuming: session.id, client: client, widgets: [:]))
        await back.session.waitUntilIdle()
        #expect(back.resumed)
        #expect(back.session !== session)
        #expect(Self.texts(client) == ["n=2 visits=5"])
    }

    @Test func anExpiryInTheOldProcessKeepsWhatTheNewOneSaved() async throws {
        let storage = InMemorySessionStorage()
        let clock = TestClock()
        let first = Self.registry(storage, clock: clock)
        let session = try await Self.openMoved(first, to: 7, client: InMemorySessionClient())
        await first.close(session)
        let second = Self.registry(storage)
        let there = try #require(await second.open(resuming: session.id, client: InMemorySessionClient(), widgets: [:]))
        await there.session.waitUntilIdle()
        await there.session.waitUntilSaved()

        await clock.advance(by: .seconds(30))
        #expect(await first.count == 0)
        await session.waitUntilSaved()
        #expect(await storage.count == 1)
        #expect(await storage.load(session: session.id)?.revision == there.session.storageRevision)
    }

    @Test func uploadsLeaveTheStorageWhenReleasedAndWithTheExpiredSession() async throws {
        let storage = InMemorySessionStorage()
        let clock = TestClock()
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost { st in _ = st.fileUploader("Notes", type: ["txt"]) },
                options: RuntimeOptions(disconnectedSessionTTL: .seconds(30)), clock: RuntimeClock(clock),
                sessionStorage: storage))
        let session = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])).session
        await session.waitUntilIdle()
        // As the upload route does: store, then keep in the storage.
        let widget: WidgetID = "fileUploader:Notes"
        let first = try session.uploads.store(widget, name: "a.txt", declaredType: "text/plain", data: Data("a".utf8))
        await storage.saveUpload(first, widget: widget, session: session.id)
        let second = try session.uploads.store(widget, name: "b.txt", declaredType: "text/plain", data: Data("b".utf8))
        await storage.saveUpload(second, widget: widget, session: session.id)
        await session.waitUntilSaved()
        #expect(await storage.uploads(session: session.id).map(\.file.id) == [second.id], "a single-file widget's replaced upload")

        await session.rerun(.init(widgets: [widget: .list([.string(second.id)])]))
        await session.waitUntilIdle()
        await registry.close(session)
        #expect(await storage.uploads(session: session.id).count == 1, "kept while the session may be resumed")
        await clock.advance(by: .seconds(30))
        await session.waitUntilSaved()
        #expect(await storage.uploads(session: session.id).isEmpty)
    }

    @Test func runsThatChangeNothingWriteNothing() async throws {
        let storage = CountingStorage()
        let registry = Self.registry(storage)
        let session = try await Self.openMoved(registry, to: 7, client: InMemorySessionClient())
        let saves = await storage.saves
        #expect(saves >= 1)
        // `visits` changes on every run: an app whose runs change nothing saves nothing.
        let still = SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost { st in st.text("n=\(st.slider("n", in: 0...10, value: 1))") }, sessionStorage: storage))
        let quiet = try #require(await still.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])).session
        await quiet.waitUntilIdle()
        await quiet.waitUntilSaved()
        let before = await storage.saves
        for _ in 0..<5 {
            await quiet.rerun(.init(widgets: ["slider:n": .number(3)]))
            await quiet.waitUntilIdle()
        }
        await quiet.waitUntilSaved()
        #expect(await storage.saves == before + 1)
        _ = session
    }

    @Test func theTabsPageComesBackWithTheSession() async throws {
        let storage = InMemorySessionStorage()
        let pages: AppBody = { st in
            st.text("at \(st.queryParams["tab"] ?? "none")")
        }
        let first = SessionRegistry(environment: RuntimeEnvironment(host: AppHost(pages), sessionStorage: storage))
        let opened = try #require(
            await first.open(
                resuming: nil, client: InMemorySessionClient(), widgets: [:],
                location: PageLocation(page: "", query: "tab=2")))
        await opened.session.waitUntilIdle()
        await opened.session.waitUntilSaved()
        let second = SessionRegistry(environment: RuntimeEnvironment(host: AppHost(pages), sessionStorage: storage))
        let client = InMemorySessionClient()
        let resumed = try #require(await second.open(resuming: opened.session.id, client: client, widgets: [:]))
        await resumed.session.waitUntilIdle()
        #expect(Self.texts(client) == ["at 2"])
    }

    /// Timers and pushes belong to the process that holds the browser: when the browser moves,
    /// the old process's fragment timers stop and its push handles return `false` (so the loops
    /// around them end), and the new process's first run arms timers and hands out handles of its
    /// own.
    @Test func timersAndPushesFollowTheBrowser() async throws {
        let storage = InMemorySessionStorage()
        let ticks = Mutexed<[String]>([])
        let pushes = Mutexed<[String: SessionPush]>([:])
        func registry(_ name: String, _ clock: TestClock) -> SessionRegistry {
            SessionRegistry(
                environment: RuntimeEnvironment(
                    host: AppHost { st in
                        st.empty(key: "slot").text("waiting")
                        pushes.set(pushes.get().merging([name: st.push]) { _, new in new })
                        try await st.fragment(key: "clock", runEvery: .seconds(5)) { _ in
                            ticks.set(ticks.get() + [name])
                        }
                    }, clock: RuntimeClock(clock), sessionStorage: storage))
        }
        let (clockA, clockB) = (TestClock(), TestClock())
        let (a, b) = (registry("a", clockA), registry("b", clockB))
        let session = try #require(await a.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])).session
        await session.waitUntilIdle()
        await session.waitUntilSaved()
        await clockA.advance(by: .seconds(5))
        await session.waitUntilIdle()
        #expect(ticks.get() == ["a", "a"])

        // The browser moves to b.
        await a.close(session)
        let client = InMemorySessionClient()
        let moved = try #require(await b.open(resuming: session.id, client: client, widgets: [:])).session
        await moved.waitUntilIdle()
        #expect(ticks.get() == ["a", "a", "b"])
        await clockA.advance(by: .seconds(10))
        await clockB.advance(by: .seconds(5))
        await moved.waitUntilIdle()
        #expect(ticks.get() == ["a", "a", "b", "b"], "only the process holding the browser ticks")

        let oldPush = try #require(pushes.get()["a"])
        #expect(await oldPush.update(slot: "slot") { st in st.text("from a") } == false)
        let newPush = try #require(pushes.get()["b"])
        _ = client.drain()
        #expect(await newPush.update(slot: "slot") { st in st.text("from b") })
        await moved.waitUntilIdle()
        #expect(Self.texts(client) == ["from b"])
    }
}
