import Foundation
import HummingbirdWSClient
import SwiftlitProtocol
import SwiftlitRuntime
import Testing

/// Bad input gets a clear error for that client only, and the server and its other sessions go on.
@Suite struct BadInputTests {
    static let app: AppBody = { st in
        let n = st.slider("n", in: 0...10, value: 1)
        st.text("n=\(n)")
    }

    /// Sends `bad` on a fresh session, checks the error, then checks the same socket still works.
    /// `causesRun`: the message is still a rerun (with the bad part dropped), so a run follows.
    func expectRefusal(
        _ bad: String, code: ProtocolErrorCode, mentioning words: String, causesRun: Bool = false
    ) async throws {
        try await withServer(app: Self.app) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                _ = try await conversation.receiveRun()
                try await conversation.send(bad)
                let error = try await conversation.receiveError()
                #expect(error.code == code)
                #expect(error.message.contains(words), "\(error.message)")
                if causesRun { _ = try await conversation.receiveRun() }
                try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":4}}"#)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["n=4"])
            }
        }
    }

    @Test func malformedJSON() async throws {
        try await expectRefusal(#"{"type": "rerun", "widgets": "#, code: .malformedMessage, mentioning: "not valid JSON")
    }

    @Test func unknownMessageType() async throws {
        try await expectRefusal(#"{"type":"explode"}"#, code: .unknownMessageType, mentioning: "explode")
    }

    @Test func unknownKey() async throws {
        try await expectRefusal(#"{"type":"rerun","widgets":{},"widget":{}}"#, code: .malformedMessage, mentioning: "'widget'")
    }

    @Test func missingKey() async throws {
        try await expectRefusal(#"{"type":"rerun"}"#, code: .malformedMessage, mentioning: "widgets")
    }

    @Test func wrongValueType() async throws {
        try await expectRefusal(
            #"{"type":"rerun","widgets":{"slider:n":"ten"}}"#, code: .invalidWidgetValue, mentioning: "slider:n", causesRun: true)
    }

    @Test func unknownWidgetID() async throws {
        try await expectRefusal(
            #"{"type":"rerun","widgets":{"slider:ghost":1}}"#, code: .unknownWidget, mentioning: "slider:ghost", causesRun: true)
    }

    @Test func rerunBeforeHello() async throws {
        try await withServer(app: Self.app) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(#"{"type":"rerun","widgets":{}}"#)
                #expect(try await conversation.receiveError().code == .notReady)
            }
        }
    }

    @Test func wrongProtocolVersion() async throws {
        try await withServer(app: Self.app) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(#"{"type":"hello","protocol":99,"widgets":{}}"#)
                let error = try await conversation.receiveError()
                #expect(error.code == .unsupportedProtocol)
                #expect(error.message.contains("99"))
            }
        }
    }

    @Test func oversizedMessageIsRefusedAndOnlyThatSocketCloses() async throws {
        try await withServer({ $0.maxMessageSizeMB = 1 }, app: Self.app) { port in
            let close = try await converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                _ = try await conversation.receiveRun()
                let big = String(repeating: "x", count: 1_100_000)
                try await conversation.send(#"{"type":"rerun","widgets":{"textInput:t":"\#(big)"}}"#)
                let error = try await conversation.receiveError()
                #expect(error.code == .messageTooLarge)
                #expect(error.message.contains("server.maxMessageSize"))
                while (try? await conversation.receive()) != nil {}
            }
            #expect(close?.closeCode == .messageTooLarge)
            // The server still serves everyone else.
            try await converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                #expect(renderedTexts(try await conversation.receiveRun()) == ["n=1"])
            }
        }
    }
}
