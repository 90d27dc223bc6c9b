import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

struct Boom: Error, CustomStringConvertible {
    var description: String { "boom: the secret is 42" }
}

@Suite struct RunFlowTests {
    @Test func elementsTheRunDidNotProduceAreRemoved() async throws {
        let at = AppTest { st in
            let n = st.slider("n", in: 0...5, value: 3)
            for i in 0..<n { st.text("line \(i)") }
        }
        try await at.run()
        #expect(at.elements(.text).count == 3)
        try at.slider("n").set(1)
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["line 0"])
    }

    @Test func anUnchangedRerunSendsNoOperations() async throws {
        let at = AppTest { st in
            st.title("Same")
            st.write("every time")
            st.slider("n", in: 0...5)
        }
        try await at.run()
        try await at.run()
        guard case .runFinished(let finished) = at.messages.last else {
            Issue.record("expected runFinished")
            return
        }
        #expect(finished.ops.isEmpty)
        #expect(finished.status == .complete)
    }

    @Test func aMovedWidgetIsNotSentBack() async throws {
        let at = AppTest { st in
            st.slider("n", in: 0...5)
            st.text("fixed")
        }
        try await at.run()
        try at.slider("n").set(4)
        try await at.run()
        guard case .runFinished(let finished) = at.messages.last else {
            Issue.record("expected runFinished")
            return
        }
        #expect(finished.ops.isEmpty)
    }

    @Test func stopKeepsWhatWasDrawnAndEndsTheRun() async throws {
        let at = AppTest { st in
            st.text("before")
            if st.checkbox("Stop") { try st.stop() }
            st.text("after")
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["before", "after"])
        try at.checkbox("Stop").check()
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["before"])
        #expect(at.lastStatus == .complete)
    }

    @Test func rerunStartsAFreshRun() async throws {
        let at = AppTest { st in
            st.session["runs", default: 0] += 1
            if st.session["runs", default: 0] == 1 {
                st.text("first run")
                try st.rerun()
            }
            st.text("run \(st.session["runs", default: 0])")
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["run 2"])
        let statuses = at.messages.compactMap { message -> RunStatus? in
            if case .runFinished(let finished) = message { finished.status } else { nil }
        }
        #expect(statuses == [.interrupted, .complete])
    }

    @Test func anAppErrorShowsAsAnExceptionAndTheSessionGoesOn() async throws {
        let at = AppTest { st in
            st.text("start")
            if st.checkbox("Fail") { throw Boom() }
        }
        try await at.run()
        try at.checkbox("Fail").check()
        try await at.run()
        #expect(at.lastStatus == .error)
        guard case .exception(let exception) = at.exceptions.first?.element else {
            Issue.record("no exception element")
            return
        }
        #expect(exception.type == "Boom")
        #expect(exception.message.contains("42"))
        try at.checkbox("Fail").uncheck()
        try await at.run()
        #expect(at.exceptions.isEmpty)
        #expect(at.lastStatus == .complete)
    }

    @Test func errorDetailsCanBeHidden() async throws {
        let at = AppTest(options: RuntimeOptions(errorDetails: .none)) { _ in throw Boom() }
        try await at.run()
        guard case .exception(let exception) = at.exceptions.first?.element else {
            Issue.record("no exception element")
            return
        }
        #expect(exception.type == nil)
        #expect(!exception.message.contains("42"))
        #expect(exception.details == nil)
    }

    @Test func writeDispatchesOnType() async throws {
        struct Point: Encodable { let x: Int }
        let at = AppTest { st in
            st.write("**bold**", 3)
            st.write(Point(x: 1))
            st.write(Boom())
        }
        try await at.run()
        #expect(at.markdown.first?.text == "bold 3")
        #expect(at.elements(.json).first?.element == .json(JSONElement(value: .object(["x": .number(1)]), expanded: true)))
        #expect(at.exceptions.count == 1)
    }

    @Test func aRunThatNeverEndsTimesOutWithAClearError() async throws {
        let at = AppTest(timeout: .milliseconds(200)) { _ in
            try await Task.sleep(for: .seconds(30))
        }
        await #expect(throws: AppTestError.self) { try await at.run() }
    }
}
