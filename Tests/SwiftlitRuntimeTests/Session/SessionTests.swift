import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// The session's concurrency: streaming while a run goes, and interruption by a newer event.
@Suite struct SessionTests {
    static func waitFor(
        _ client: InMemorySessionClient, into messages: inout [ServerMessage], timeout: Duration = .seconds(5),
        until done: ([ServerMessage]) -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while !done(messages) {
            guard ContinuousClock.now < deadline else {
                Issue.record("timed out; got \(messages)")
                return
            }
            try await Task.sleep(for: .milliseconds(5))
            messages += client.drain()
        }
    }

    @Test func aSlowRunShowsItsFirstElementsBeforeItEnds() async throws {
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in
                st.title("Loading")
                try await Task.sleep(for: .milliseconds(1500))
                st.text("done")
            }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        var messages: [ServerMessage] = []
        try await Self.waitFor(client, into: &messages) { $0.contains { if case .delta = $0 { true } else { false } } }
        // The title reached the browser while the run was still sleeping: no runFinished yet.
        #expect(!messages.contains { if case .runFinished = $0 { true } else { false } }, "\(messages)")
        guard case .delta(let delta) = messages.first else {
            Issue.record("expected a delta first, got \(messages)")
            return
        }
        #expect(delta.ops.count == 1)
        await session.waitUntilIdle()
    }

    @Test func aNewEventInterruptsTheRunningRun() async throws {
        let later = Mutexed(0)
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in
                let slow = st.checkbox("Slow", value: true)
                if slow {
                    do {
                        try await Task.sleep(for: .seconds(20))
                    } catch {
                        st.text("drawn after the interruption")  // must be a no-op
                        later.set(1)
                        throw error
                    }
                }
                st.text("fast run")
            }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        let started = ContinuousClock.now
        await session.connect(client, widgets: [:])
        try await Task.sleep(for: .milliseconds(50))
        await session.rerun(ClientMessage.Rerun(widgets: ["checkbox:Slow": .bool(false)]))
        await session.waitUntilIdle()
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(later.get() == 1)
        let finished = client.drain().compactMap { message -> ServerMessage.RunFinished? in
            if case .runFinished(let finished) = message { finished } else { nil }
        }
        #expect(finished.map(\.status) == [.interrupted, .complete])
        #expect(finished.first?.ops.isEmpty == true)
        let texts = finished.last?.ops.compactMap { op -> String? in
            if case .set(_, .text(let text)) = op { text.text } else { nil }
        }
        #expect(texts == ["fast run"])
    }

    @Test func unknownWidgetIdsAreReportedAndIgnored() async throws {
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in st.checkbox("Known") }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        await session.waitUntilIdle()
        await session.rerun(ClientMessage.Rerun(widgets: ["slider:ghost": .number(1)], trigger: "button:ghost"))
        await session.waitUntilIdle()
        let errors = client.drain().compactMap { message -> ProtocolErrorMessage? in
            if case .error(let error) = message { error } else { nil }
        }
        #expect(errors.map(\.code) == [.unknownWidget, .unknownWidget])
        #expect(errors.contains { $0.message.contains("slider:ghost") })
    }

    @Test func aReplacedAppIsUsedByTheNextRun() async throws {
        let host = AppHost { st in st.text("v1") }
        let at = Session(id: "s", environment: RuntimeEnvironment(host: host, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await at.connect(client, widgets: [:])
        await at.waitUntilIdle()
        host.replace { st in st.text("v2") }
        await at.requestRerun()
        await at.waitUntilIdle()
        let texts = client.drain().flatMap { message -> [String] in
            guard case .runFinished(let finished) = message else { return [] }
            return finished.ops.compactMap { if case .set(_, .text(let text)) = $0 { text.text } else { nil } }
        }
        #expect(texts == ["v1", "v2"])
    }
}

/// A value shared with an app closure in tests.
final class Mutexed<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    /// Changes the value in one step, so that concurrent changes are never lost.
    func modify(_ change: (inout Value) -> Void) { lock.withLock { change(&value) } }
}
