import Foundation
import HummingbirdWSClient
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization
import Testing

/// The protocol over a real socket: a real server on a loopback port and a real WebSocket client.
@Suite struct StreamProtocolTests {
    static let squares: AppBody = { st in
        let n = st.slider("n", in: 0...100, value: 10)
        st.text("n squared is \(n * n)")
    }

    @Test func helloOpensASessionAndRunsTheApp() async throws {
        try await withServer(app: Self.squares) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(hello)
                guard case .session(let info) = try await conversation.receive() else {
                    throw TestFailure("expected session first")
                }
                #expect(info.protocolVersion == ProtocolVersion.current)
                #expect(!info.resumed)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["n squared is 100"])
            }
        }
    }

    @Test func aRerunSendsOnlyWhatChanged() async throws {
        try await withServer(app: Self.squares) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                _ = try await conversation.receiveRun()
                try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":12}}"#)
                let run = try await conversation.receiveRun()
                guard case .runFinished(let finished) = run.last else { throw TestFailure("no runFinished") }
                // The slider the user moved is not sent back; only the text changes.
                #expect(finished.ops == [.set(path: ElementPath([0, 1]), node: .text(TextElement(text: "n squared is 144")))])
                #expect(conversation.received.last.map { $0.utf8.count < 160 } == true)
            }
        }
    }

    @Test func aReconnectResumesTheSessionWithItsState() async throws {
        let app: AppBody = { st in
            st.session["visits", default: 0] += 1
            st.text("visit \(st.session["visits", default: 0])")
        }
        try await withServer(app: app) { port in
            let id = Mutex<String>("")
            try await converse(port: port) { conversation in
                let opened = try await conversation.openSession()
                id.withLock { $0 = opened.info.sessionId }
            }
            try await Task.sleep(for: .milliseconds(100))
            let sessionID = id.withLock { $0 }
            try await converse(port: port) { conversation in
                let resumed = try await conversation.openSession(
                    #"{"type":"hello","protocol":2,"sessionId":"\#(sessionID)","widgets":{}}"#)
                #expect(resumed.info.resumed)
                #expect(resumed.info.sessionId == sessionID)
                #expect(renderedTexts(resumed.run) == ["visit 2"])
            }
        }
    }

    @Test func widgetValuesInHelloRestoreThePage() async throws {
        try await withServer(app: Self.squares) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(#"{"type":"hello","protocol":2,"sessionId":"gone","widgets":{"slider:n":7}}"#)
                guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session") }
                #expect(!info.resumed)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["n squared is 49"])
            }
        }
    }

    @Test func sessionsAreIsolated() async throws {
        try await withServer(app: Self.squares) { port in
            async let first = converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                _ = try await conversation.receiveRun()
                try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":"bad"}}"#)
                #expect(try await conversation.receiveError().code == .invalidWidgetValue)
            }
            async let second = converse(port: port) { conversation in
                try await conversation.send(#"{"type":"hello","protocol":2,"widgets":{"slider:n":3}}"#)
                _ = try await conversation.receive()
                let run = try await conversation.receiveRun()
                #expect(renderedTexts(run) == ["n squared is 9"])
                #expect(!run.contains { if case .error = $0 { true } else { false } })
            }
            _ = try await (first, second)
        }
    }

    @Test func aFragmentRerunTouchesOnlyTheFragment() async throws {
        let app: AppBody = { st in
            st.session["full", default: 0] += 1
            st.text("full \(st.session["full", default: 0])")
            try await st.fragment(key: "f") { st in
                let n = st.slider("n", in: 0...9)
                st.text("fragment sees \(n)")
            }
        }
        try await withServer(app: app) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                _ = try await conversation.receiveRun()
                try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":5},"fragment":"f"}"#)
                let run = try await conversation.receiveRun()
                #expect(renderedTexts(run) == ["fragment sees 5"])
                guard case .runFinished(let finished) = run.last else { throw TestFailure("no runFinished") }
                #expect(finished.ops.allSatisfy { op in
                    if case .set(let path, _) = op { path.indices.starts(with: [0, 1]) } else { false }
                })
            }
        }
    }
}
