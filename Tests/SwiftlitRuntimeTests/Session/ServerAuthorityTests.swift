import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// The server is the source of truth: what a browser says of a disabled widget does not count,
/// a session is driven by one connection at a time, and a run whose tab is gone stops.
@Suite struct ServerAuthorityTests {
    static func finishedRun(_ session: Session, _ client: InMemorySessionClient) async -> [ServerMessage] {
        await session.waitUntilIdle()
        return client.drain()
    }

    static func texts(_ messages: [ServerMessage]) -> [String] {
        operations(in: messages).compactMap { op in
            if case .set(_, .text(let text)) = op { text.text } else if case .insert(_, .text(let text)) = op { text.text } else { nil }
        }
    }

    @Test func aDisabledWidgetIgnoresValuesClicksAndCallbacksFromTheBrowser() async throws {
        let callbacks = Mutexed(0)
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in
                let n = st.slider("n", in: 0...10, value: 3, disabled: true, onChange: { _ in callbacks.set(callbacks.get() + 1) })
                let go = st.button("Go", disabled: true, onClick: { _ in callbacks.set(callbacks.get() + 1) })
                st.text("n=\(n) go=\(go)")
            }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        // Even a first hello cannot set a widget that is drawn disabled.
        await session.connect(client, widgets: ["slider:n": .number(9)])
        #expect(Self.texts(await Self.finishedRun(session, client)).contains("n=3 go=false"))
        await session.rerun(.init(widgets: ["slider:n": .number(7)], trigger: "button:Go"))
        let messages = await Self.finishedRun(session, client)
        #expect(!Self.texts(messages).contains { $0.contains("n=7") || $0.contains("go=true") }, "\(messages)")
        #expect(callbacks.get() == 0)
    }

    @Test func aChangeMadeWhileTheWidgetWasEnabledCountsEvenIfTheRunThenDisablesIt() async throws {
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in
                let n = st.slider("n", in: 0...10, value: 3, disabled: st.session["locked", default: false])
                if n == 5 { st.session["locked"] = true }
                st.text("n=\(n)")
            }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        _ = await Self.finishedRun(session, client)
        // The page showed the slider enabled: the user's move counts, though this run locks it.
        await session.rerun(.init(widgets: ["slider:n": .number(5)]))
        #expect(Self.texts(await Self.finishedRun(session, client)).contains("n=5"))
        await session.rerun(.init(widgets: ["slider:n": .number(5)]))
        _ = await Self.finishedRun(session, client)
        // Now the page shows it disabled: a move is forged and ignored.
        await session.rerun(.init(widgets: ["slider:n": .number(8)]))
        let messages = await Self.finishedRun(session, client)
        #expect(!Self.texts(messages).contains("n=8"), "a locked slider moved: \(messages)")
    }

    @Test func oneSessionIsNeverHeldByTwoConnections() async throws {
        let registry = SessionRegistry(environment: RuntimeEnvironment(host: AppHost { st in st.text("hi") }, options: RuntimeOptions()))
        let first = InMemorySessionClient()
        let opened = try #require(await registry.open(resuming: nil, client: first, widgets: [:]))
        // Many tabs race to resume the same id while it is attached: every one gets a new session.
        let ids = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<20 {
                group.addTask {
                    await registry.open(resuming: opened.session.id, client: InMemorySessionClient(), widgets: [:])?.session.id
                }
            }
            return await group.reduce(into: [String]()) { if let id = $1 { $0.append(id) } }
        }
        #expect(ids.count == 20)
        #expect(!ids.contains(opened.session.id))
        #expect(Set(ids).count == 20)
        // Once detached, exactly one of several racing tabs resumes it.
        await registry.close(opened.session)
        let resumed = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<10 {
                group.addTask {
                    await registry.open(resuming: opened.session.id, client: InMemorySessionClient(), widgets: [:])?.resumed == true
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(resumed == 1)
    }

    @Test func sessionIDsAreLongAndRandom() async throws {
        let registry = SessionRegistry(environment: RuntimeEnvironment(host: AppHost { _ in }, options: RuntimeOptions()))
        var ids: Set<String> = []
        for _ in 0..<50 {
            let id = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])).session.id
            #expect(id.count == 32 && id.allSatisfy(\.isHexDigit))
            ids.insert(id)
        }
        #expect(ids.count == 50)
    }

    @Test func aFullRegistryDropsTheLongestDisconnectedSessionThenRefuses() async throws {
        let registry = SessionRegistry(environment: RuntimeEnvironment(host: AppHost { _ in }, options: RuntimeOptions(maxSessions: 2)))
        let a = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]))
        _ = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]))
        await registry.close(a.session)
        let c = await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:])
        #expect(c != nil)
        #expect(await registry.count == 2)
        #expect(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]) == nil)
        // The evicted session cannot be resumed: its id opens a new session (when there is room).
        #expect(await registry.open(resuming: a.session.id, client: InMemorySessionClient(), widgets: [:]) == nil)
    }

    @Test func aRunWhoseTabIsGoneStopsAtItsNextAwait() async throws {
        let steps = Mutexed(0)
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in
                for _ in 0..<400 {
                    try await Task.sleep(for: .milliseconds(5))
                    steps.set(steps.get() + 1)
                    st.text("step")
                }
            }, options: RuntimeOptions()))
        await session.connect(InMemorySessionClient(), widgets: [:])
        while steps.get() < 3 { try await Task.sleep(for: .milliseconds(5)) }
        await session.disconnect()
        await session.waitUntilIdle()
        let stoppedAt = steps.get()
        try await Task.sleep(for: .milliseconds(100))
        #expect(steps.get() == stoppedAt)
        #expect(stoppedAt < 400)
    }

    @Test func rowsRequestsCannotOverflow() async throws {
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in st.dataframe(Table([Table.Column("n", Array(0..<100))])) },
            options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        let table = try #require(
            await Self.finishedRun(session, client).lazy.compactMap { message -> String? in
                guard case .runFinished(let finished) = message else { return nil }
                return finished.ops.lazy.compactMap { op in
                    if case .set(_, .dataframe(let frame)) = op { frame.table } else { nil }
                }.first
            }.first)
        // The public initialiser skips the decoder's range checks: the session must still be safe.
        var rows: [Int] = []
        for (offset, count) in [(Int.max, Int.max), (Int.max - 1, 1000), (-5, 10), (50, -3), (Int.min, Int.max)] {
            await session.rows(.init(table: table, offset: offset, count: count))
            rows.append(try await client.nextRows().rows.count)
        }
        // Past the end: nothing; a negative offset reads from the start; a negative count reads nothing.
        #expect(rows == [0, 0, 10, 0, 100])
        await session.rows(.init(table: table, offset: 95, count: 1000))
        #expect(try await client.nextRows().rows.count == 5)
    }
}

/// Sessions whose browsers are gone are freed once they expire: closing tabs in a loop leaves no
/// memory behind.
@Suite struct SessionLifetimeTests {
    final class WeakSession: @unchecked Sendable {
        weak var session: Session?
        init(_ session: Session) { self.session = session }
    }

    @Test func expiredSessionsAreFreed() async throws {
        let clock = TestClock()
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost { st in
                    let n = st.slider("n", in: 0...10, value: 1)
                    st.text("n=\(n)")
                }, options: RuntimeOptions(disconnectedSessionTTL: .seconds(120)), clock: RuntimeClock(clock)))
        var weak: [WeakSession] = []
        for _ in 0..<50 {
            let client = InMemorySessionClient()
            let session = try #require(await registry.open(resuming: nil, client: client, widgets: [:])).session
            await session.rerun(.init(widgets: ["slider:n": .number(3)]))
            await session.waitUntilIdle()
            await registry.close(session)
            weak.append(WeakSession(session))
        }
        await clock.advance(by: .seconds(119))
        #expect(await registry.count == 50, "kept until the TTL has passed")
        await clock.advance(by: .seconds(1))
        #expect(await registry.count == 0)
        #expect(weak.filter { $0.session != nil }.count == 0)
    }
}
