import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization
import Testing

/// The browser's kept changes over a real socket: a page the browser has been sent before comes
/// back as a slot number.
@Suite struct KeptChangesServerTests {
    /// A page of about 3 kB that depends only on the slider: large enough to be kept.
    static let filtered: AppBody = { st in
        let threshold = st.slider("threshold", in: 0...100, value: 50)
        for line in 0..<30 { st.text("line \(line): \(threshold * line) above the threshold \(threshold)") }
    }

    static func rerun(_ threshold: Int) -> String { #"{"type":"rerun","widgets":{"slider:threshold":\#(threshold)}}"# }

    /// The run's `runFinished`, the only message of a quick run.
    static func finished(_ run: [ServerMessage]) throws -> ServerMessage.RunFinished {
        guard run.count == 1, case .runFinished(let finished) = run.last else {
            throw TestFailure("expected one runFinished, got \(run)")
        }
        return finished
    }

    @Test func goingBackAndForthBetweenTwoValuesSendsSlotNumbers() async throws {
        try await withServer(app: Self.filtered) { port in
            try await converse(port: port) { conversation in
                let first = try Self.finished(try await conversation.open())
                #expect(first.keep == 0)
                try await conversation.send(Self.rerun(40))
                let to40 = try Self.finished(try await conversation.receiveRun())
                try await conversation.send(Self.rerun(60))
                let to60 = try Self.finished(try await conversation.receiveRun())
                #expect(to40.keep == 1 && to60.keep == 2)
                #expect(renderedTexts([.runFinished(to40)]).contains("line 2: 80 above the threshold 40"))
                for round in 0..<3 {
                    try await conversation.send(Self.rerun(40))
                    let back40 = try Self.finished(try await conversation.receiveRun())
                    #expect(back40.replay == 1 && back40.ops.isEmpty && back40.keep == nil, "round \(round)")
                    #expect(conversation.received.last.map { $0.utf8.count < 100 } == true)
                    try await conversation.send(Self.rerun(60))
                    let back60 = try Self.finished(try await conversation.receiveRun())
                    #expect(back60.replay == 2 && back60.ops.isEmpty, "round \(round)")
                }
                // A value not seen before is sent in full and kept.
                try await conversation.send(Self.rerun(70))
                let to70 = try Self.finished(try await conversation.receiveRun())
                #expect(to70.replay == nil && to70.keep == 3)
                #expect(renderedTexts([.runFinished(to70)]).contains("line 2: 140 above the threshold 70"))
            }
        }
    }

    @Test func aNewSocketStartsWithNothingKept() async throws {
        try await withServer(app: Self.filtered) { port in
            let id = Mutex<String>("")
            try await converse(port: port) { conversation in
                let opened = try await conversation.openSession()
                id.withLock { $0 = opened.info.sessionId }
                for value in [40, 60, 40] {
                    try await conversation.send(Self.rerun(value))
                    _ = try await conversation.receiveRun()
                }
            }
            let sessionID = id.withLock { $0 }
            try await converse(port: port) { conversation in
                // The same session resumed on a new socket, at a value the old socket's page kept:
                // this page holds nothing, so the whole page travels.
                let resumed = try await conversation.openSession(
                    #"{"type":"hello","protocol":2,"sessionId":"\#(sessionID)","widgets":{"slider:threshold":40}}"#)
                let page = try Self.finished(resumed.run)
                #expect(page.replay == nil && page.keep == 0)
                #expect(renderedTexts([.runFinished(page)]).contains("line 2: 80 above the threshold 40"))
            }
        }
    }

    @Test func smallPagesAreNeverKept() async throws {
        try await withServer(app: StreamProtocolTests.squares) { port in
            try await converse(port: port) { conversation in
                _ = try await conversation.open()
                for value in [3, 4, 3, 4] {
                    try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":\#(value)}}"#)
                    _ = try await conversation.receiveRun()
                }
                #expect(!conversation.received.contains { $0.contains("\"keep\"") || $0.contains("\"replay\"") })
            }
        }
    }
}
