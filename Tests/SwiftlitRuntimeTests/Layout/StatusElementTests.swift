import SwiftlitProtocol
import Synchronization
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct StatusElementTests {
    /// The progress values the browser was sent, in order, across deltas and the final message.
    static func progressValues(_ messages: [ServerMessage]) -> [Double] {
        operations(in: messages).compactMap { op in
            if case .set(_, .progress(let progress)) = op { progress.value } else { nil }
        }
    }

    @Test func progressAdvancesWhileTheRunGoes() async throws {
        let client = InMemorySessionClient()
        let received = ReceivedMessages()
        let session = Session(id: "s", environment: RuntimeEnvironment(host: AppHost { st in
                let bar = st.progress(0, text: "Working")
                try await received.waitForDelta(showingProgress: 0, from: client)
                for step in 1...4 {
                    bar.update(Double(step) / 4)
                    // The run goes on only once this step reached the browser in a delta: what is
                    // tested is the flush during the run, however busy the machine is.
                    try await received.waitForDelta(showingProgress: Double(step) / 4, from: client)
                }
                st.text("done")
            }, options: RuntimeOptions()))
        await session.connect(client, widgets: [:])
        await session.waitUntilIdle()
        let messages = received.all(adding: client.drain())
        #expect(received.missed.isEmpty, "progress that did not reach the browser during the run: \(received.missed)")
        let values = Self.progressValues(messages)
        #expect(values.first == 0)
        #expect(values.last == 1)
        #expect(values == values.sorted())
    }

    /// What the browser was sent, kept while the app waits for its deltas.
    final class ReceivedMessages: Sendable {
        private let messages = Mutex<[ServerMessage]>([])
        private let misses = Mutex<[Double]>([])

        var missed: [Double] { misses.withLock { $0 } }

        func all(adding batch: [ServerMessage]) -> [ServerMessage] { messages.withLock { $0 += batch; return $0 } }

        /// Waits (at most ten seconds) for a delta that sets a progress bar to `value`.
        func waitForDelta(showingProgress value: Double, from client: InMemorySessionClient) async throws {
            let deadline = ContinuousClock.now + .seconds(10)
            while ContinuousClock.now < deadline {
                let deltas = all(adding: client.drain()).filter { if case .delta = $0 { true } else { false } }
                if StatusElementTests.progressValues(deltas).contains(value) { return }
                try await Task.sleep(for: .milliseconds(5))
            }
            misses.withLock { $0.append(value) }
        }
    }

    @Test func aSpinnerShowsWhileItsBodyRunsThenGoes() async throws {
        let at = AppTest { st in
            let answer = try await st.spinner("Thinking…") {
                try await Task.sleep(for: .milliseconds(400))
                return 42
            }
            st.text("answer \(answer)")
        }
        try await at.run()
        #expect(at.elements(.spinner).isEmpty)
        #expect(at.elements(.text).map(\.text) == ["answer 42"])
        let sawSpinner = at.messages.contains { message in
            guard case .delta(let delta) = message else { return false }
            return delta.ops.contains { if case .set(_, .spinner) = $0 { true } else { false } }
        }
        #expect(sawSpinner)
    }

    @Test func aSpinnerLeavesNothingBehindUnlessItsBodyDrewAfterIt() async throws {
        let at = AppTest { st in
            try await st.spinner("Waiting…") { try await Task.sleep(for: .milliseconds(30)) }
            st.text("after the quiet body")
            await st.spinner("Drawing…") { st.text("drawn by the body") }
            st.text("last")
        }
        try await at.run()
        #expect(at.elements(.spinner).isEmpty)
        // The first spinner is gone; the second keeps its place as an empty slot, so that the text
        // its body drew stays where it was.
        #expect(at.blocks(.slot).count == 1)
        #expect(at.elements(.text).map(\.text) == ["after the quiet body", "drawn by the body", "last"])
    }

    @Test func statusTurnsCompleteOrError() async throws {
        struct Failure: Error {}
        let at = AppTest { st in
            await st.status("Downloading") { box, _ in box.text("step 1") }
            let failing = st.checkbox("Fail")
            do {
                try await st.status("Risky") { _, _ in if failing { throw Failure() } }
            } catch {
                st.text("caught")
            }
            let (_, manual) = st.status("Manual")
            manual.update(label: "Manual, done", state: .complete, expanded: true)
        }
        try await at.run()
        var states = at.blocks(.status).compactMap { view -> StatusBlock? in
            if case .block(.status(let block)) = view.element { block } else { nil }
        }
        #expect(states.map(\.state) == [.complete, .complete, .complete])
        #expect(states.last?.label == "Manual, done")
        try at.checkbox("Fail").check()
        try await at.run()
        states = at.blocks(.status).compactMap { view -> StatusBlock? in
            if case .block(.status(let block)) = view.element { block } else { nil }
        }
        #expect(states.map(\.state) == [.complete, .error, .complete])
        #expect(at.elements(.text).map(\.text).contains("caught"))
    }

    @Test func toastsAndCelebrationsShowOncePerCall() async throws {
        let at = AppTest { st in
            st.toast("Saved", icon: "✅")
            st.balloons()
        }
        try await at.run()
        let first = at.elements(.toast).first?.element
        #expect(at.elements(.celebration).count == 1)
        #expect(at.elements(.toast).first?.path.root == RootContainer.event.rawValue)
        try await at.run()
        #expect(at.elements(.toast).first?.element != first, "a second call must toast again")
    }

    @Test func metricsFormatNumericDeltas() async throws {
        let at = AppTest { st in
            st.metric("Up", 10, delta: 5)
            st.metric("Down", 3.5, delta: -1.5, deltaColor: .inverse)
        }
        try await at.run()
        let deltas = at.elements(.metric).compactMap { view -> String? in
            if case .metric(let metric) = view.element { metric.delta } else { nil }
        }
        #expect(deltas == ["+5", "-1.5"])
    }
}
