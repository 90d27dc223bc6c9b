import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization
import Testing

/// A streamed reply over a real socket: it grows by splices, survives a click, and ends on Stop.
@Suite struct StreamStopTests {
    /// Ticks that arrive every 10 ms, 100 of them; records whether the reader cancelled them.
    final class Ticks: Sendable {
        let cancelled = Mutex(false)

        func stream() -> AsyncStream<String> {
            AsyncStream { continuation in
                let task = Task {
                    for index in 0..<100 {
                        continuation.yield("tick\(index) ")
                        try? await Task.sleep(for: .milliseconds(10))
                    }
                    continuation.finish()
                }
                continuation.onTermination = { [weak self] reason in
                    if case .cancelled = reason { self?.cancelled.withLock { $0 = true } }
                    task.cancel()
                }
            }
        }
    }

    static func app(_ ticks: Ticks) -> AppBody {
        { st in
            if st.button("Count") { st.session["count"] = st.session["count", default: 0] + 1 }
            st.text("count=\(st.session["count", default: 0])")
            if st.chatInput("Ask") != nil {
                let reply = try await st.writeStream(ticks.stream())
                st.text("reply has \(reply.split(separator: " ").count) ticks")
            }
        }
    }

    static let ask = #"{"type":"rerun","widgets":{"chatInput:Ask":"go"},"trigger":"chatInput:Ask"}"#

    /// Reads until the reply has grown by a splice; returns the run's number.
    static func waitForSplice(_ conversation: inout Conversation) async throws -> Int {
        while true {
            if case .delta(let delta) = try await conversation.receive(),
                delta.ops.contains(where: { if case .splice = $0 { true } else { false } })
            {
                return delta.run
            }
        }
    }

    @Test func aClickWhileTheReplyStreamsRunsAfterItInsteadOfCuttingIt() async throws {
        let ticks = Ticks()
        try await withServer(app: Self.app(ticks)) { port in
            try await converse(port: port) { conversation in
                _ = try await conversation.open()
                try await conversation.send(Self.ask)
                _ = try await Self.waitForSplice(&conversation)
                try await conversation.send(#"{"type":"rerun","widgets":{},"trigger":"button:Count"}"#)
                let streaming = try await conversation.receiveRun()
                let statuses = streaming.compactMap { if case .runFinished(let f) = $0 { f.status } else { nil } }
                #expect(statuses == [.complete], "the streaming run was not interrupted")
                #expect(renderedTexts(streaming).contains("reply has 100 ticks"))
                #expect(renderedTexts(try await conversation.receiveRun()).contains("count=1"), "the click ran next")
                #expect(!ticks.cancelled.withLock { $0 })
            }
        }
    }

    @Test func stopEndsTheReplyAndCancelsItsSource() async throws {
        let ticks = Ticks()
        try await withServer(app: Self.app(ticks)) { port in
            try await converse(port: port) { conversation in
                _ = try await conversation.open()
                try await conversation.send(Self.ask)
                let run = try await Self.waitForSplice(&conversation)
                try await conversation.send(#"{"type":"stop","run":\#(run)}"#)
                let rest = try await conversation.receiveRun()
                #expect(rest.contains { if case .runFinished(let f) = $0 { f.status == .complete } else { false } })
                let summary = try #require(renderedTexts(rest).first { $0.hasPrefix("reply has") })
                #expect(summary != "reply has 100 ticks", "the reply ended early: \(summary)")
                #expect(ticks.cancelled.withLock { $0 }, "the source of the reply was cancelled")
            }
        }
    }

    @Test func aStopBeforeHelloOrWithANegativeRunIsRefusedAndAStaleOneIgnored() async throws {
        try await withServer(app: Self.app(Ticks())) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(#"{"type":"stop","run":1}"#)
                #expect(try await conversation.receiveError().code == .notReady)
                _ = try await conversation.open()
                try await conversation.send(#"{"type":"stop","run":-1}"#)
                let error = try await conversation.receiveError()
                #expect(error.code == .malformedMessage && error.message.contains("run"), "\(error.message)")
                try await conversation.send(#"{"type":"stop","run":999}"#)
                try await conversation.send(#"{"type":"rerun","widgets":{},"trigger":"button:Count"}"#)
                #expect(renderedTexts(try await conversation.receiveRun()).contains("count=1"))
            }
        }
    }
}
