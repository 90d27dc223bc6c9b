import Foundation
import Synchronization
import SwiftlitProtocol
import SwiftlitRuntime
@testable import SwiftlitTesting
import Testing

/// What happens to a reply streaming when the user interacts or presses Stop.
@Suite struct StreamTests {
    /// A reply the test feeds by hand, which records how its reader let go of it.
    final class Reply: Sendable {
        let chunks: AsyncStream<String>
        let continuation: AsyncStream<String>.Continuation
        let ending = Mutex<String?>(nil)

        init() {
            (chunks, continuation) = AsyncStream.makeStream(of: String.self)
            continuation.onTermination = { [weak self] reason in
                self?.ending.withLock { $0 = if case .cancelled = reason { "cancelled" } else { "finished" } }
            }
        }
    }

    /// A chat whose replies stream from `reply`, with history in `st.session` and a counter button.
    static func chat(_ reply: Reply) -> AppBody {
        { st in
            let history = st.session["history", default: [String]()]
            for text in history { st.chatMessage("assistant").markdown(text) }
            if st.button("Count") { st.session["count"] = st.session["count", default: 0] + 1 }
            st.write("count: \(st.session["count", default: 0])")
            if st.chatInput("Ask") != nil {
                let text = try await st.chatMessage("assistant").writeStream(reply.chunks)
                st.session["history"] = history + [text]
            }
        }
    }

    @Test func aClickDuringAStreamWaitsForTheReplyInsteadOfCuttingIt() async throws {
        let reply = Reply()
        let at = AppTest(timeout: .seconds(10), Self.chat(reply))
        try await at.run()
        try at.chatInput("Ask").submit("hello")
        await at.start()
        reply.continuation.yield("The first half, ")
        try await at.waitForStream(containing: "first half")

        try at.button("Count").click()
        await at.start()
        reply.continuation.yield("and the second.")
        reply.continuation.finish()
        try await at.waitUntilIdle()

        #expect(reply.ending.withLock { $0 } == "finished", "the reply was read to its end")
        #expect(await at.sessionValue("history", as: [String].self) == ["The first half, and the second."])
        #expect(await at.sessionValue("count", as: Int.self) == 1, "the click ran after the reply")
        #expect(at.markdown.map(\.text).contains("The first half, and the second."))
        #expect(at.markdown.map(\.text).contains("count: 1"))
        #expect(at.exceptions.isEmpty)
    }

    @Test func stopEndsTheReplyWhereItIsAndTheRunGoesOn() async throws {
        let reply = Reply()
        let at = AppTest(timeout: .seconds(10), Self.chat(reply))
        try await at.run()
        try at.chatInput("Ask").submit("hello")
        await at.start()
        reply.continuation.yield("Only this much")
        try await at.waitForStream(containing: "Only this much")
        try await at.stop()
        try await at.waitUntilIdle()

        #expect(reply.ending.withLock { $0 } == "cancelled", "the source of the reply was cancelled")
        #expect(await at.sessionValue("history", as: [String].self) == ["Only this much"], "the code after the stream ran")
        #expect(at.streams.map(\.isStreaming) == [false])
        #expect(at.exceptions.isEmpty)
    }

    @Test func stopWithNoStreamStopsTheRunLikeStStop() async throws {
        let at = AppTest(timeout: .seconds(10)) { st in
            if st.button("Go") {
                // Something new on the page, so that the run's first changes reach the browser.
                st.write("working")
                try await Task.sleep(for: .seconds(30))
            }
            st.write("after the wait")
        }
        try await at.run()
        try at.button("Go").click()
        await at.start()
        while !at.markdown.map(\.text).contains("working") {
            try await Task.sleep(for: .milliseconds(5))
            try at.absorb(at.client.drain())
        }
        try await at.stop()
        try await at.waitUntilIdle()
        #expect(at.exceptions.isEmpty, "a stop is not an error")
        #expect(at.lastStatus == .complete, "stopped as st.stop() stops a run")
        #expect(!at.markdown.map(\.text).contains("after the wait"))
    }

    @Test func aStopForARunThatEndedIsIgnored() async throws {
        let reply = Reply()
        let at = AppTest(timeout: .seconds(10), Self.chat(reply))
        try await at.run()
        try at.chatInput("Ask").submit("hello")
        await at.start()
        reply.continuation.yield("partial")
        try await at.waitForStream()
        // Stop for the run before this one: a Stop that crossed the end of its run.
        await at.session.stop(ClientMessage.Stop(run: 1))
        reply.continuation.yield(" and whole")
        reply.continuation.finish()
        try await at.waitUntilIdle()
        #expect(await at.sessionValue("history", as: [String].self) == ["partial and whole"])
    }

    @Test func aLongReplyTravelsAsWhatItGainedNotAsItsWholeTextAgain() async throws {
        let reply = Reply()
        let at = AppTest(timeout: .seconds(10), Self.chat(reply))
        try await at.run()
        try at.chatInput("Ask").submit("hello")
        await at.start()
        var sent = ""
        for index in 0..<300 {
            let token = "token\(index) "
            sent += token
            reply.continuation.yield(token)
            if index % 30 == 0 { try await at.waitForStream(containing: "token\(index)") }
        }
        reply.continuation.finish()
        try await at.waitUntilIdle()
        let ops = at.messages.flatMap { message -> [DeltaOp] in
            switch message {
            case .delta(let delta): delta.ops
            case .runFinished(let finished): finished.ops
            default: []
            }
        }
        let splices = ops.compactMap { op -> String? in if case .splice(_, _, let text) = op { text } else { nil } }
        #expect(splices.count >= 5, "the reply grew in place \(splices.count) times")
        let markdownBytes = ops.reduce(0) { total, op in
            switch op {
            case .splice(_, _, let text): total + text.utf8.count
            case .set(_, .markdown(let m)), .insert(_, .markdown(let m)): total + m.html.utf8.count
            default: total
            }
        }
        // Each flush carries what the text gained (plus the closing tag), never all of it again.
        #expect(markdownBytes < 2 * sent.utf8.count + 2_000, "sent \(markdownBytes) bytes of markdown for \(sent.utf8.count)")
        #expect(at.streams.last?.text == sent.trimmingCharacters(in: .whitespaces))
    }
}
