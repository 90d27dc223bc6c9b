import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitServer
import Testing

/// Chat messages from a real WebSocket client: the server enforces `maxChars`, `disabled`, the
/// attachment types and the attachment ids, whatever a client sends.
@Suite struct ChatInputServerTests {
    static let app: AppBody = { st in
        if let text = st.chatInput("Say", maxChars: 10) { st.text("said \(text)") }
        if let message = st.chatInput("Attach", acceptFile: .multiple, fileType: ["txt"]) {
            st.text("attached \(message.text) \(message.files.map { "\($0.name):\($0.text ?? "")" })")
        }
        if let text = st.chatInput("Off", disabled: true) { st.text("off said \(text)") }
    }

    static func submit(_ id: String, _ json: String) -> String {
        #"{"type":"rerun","widgets":{""# + id + #"":"# + json + #"},"trigger":""# + id + #""}"#
    }

    static func errors(_ messages: [ServerMessage]) -> [ProtocolErrorMessage] {
        messages.compactMap { if case .error(let error) = $0 { error } else { nil } }
    }

    func withChatServer(_ body: @Sendable @escaping (Int, SessionRegistry) async throws -> Void) async throws {
        try await withServer({ _ in }, app: Self.app, timeout: .seconds(30), body)
    }

    @Test func aMessageOverMaxCharsIsRefusedAndNoRunSeesIt() async throws {
        try await withChatServer { port, _ in
            try await converse(port: port) { conversation in
                _ = try await UploadRouteTests.openSession(&conversation)
                try await conversation.send(Self.submit("chatInput:Say", #""0123456789!""#))
                let run = try await conversation.receiveRun()
                #expect(!renderedTexts(run).contains { $0.hasPrefix("said") })
                let error = try #require(Self.errors(run).first)
                #expect(error.code == .invalidWidgetValue)
                #expect(error.message.contains("at most 10 characters"))
                try await conversation.send(Self.submit("chatInput:Say", #""0123456789""#))
                #expect(renderedTexts(try await conversation.receiveRun()).contains("said 0123456789"))
            }
        }
    }

    @Test func aSubmissionFromADisabledInputIsIgnored() async throws {
        try await withChatServer { port, _ in
            try await converse(port: port) { conversation in
                _ = try await UploadRouteTests.openSession(&conversation)
                try await conversation.send(Self.submit("chatInput:Off", #""let me in""#))
                let run = try await conversation.receiveRun()
                #expect(!renderedTexts(run).contains { $0.hasPrefix("off said") })
            }
        }
    }

    @Test func attachmentsAreUploadedCheckedAndSentWithTheMessage() async throws {
        try await withChatServer { port, registry in
            try await converse(port: port) { conversation in
                let info = try await UploadRouteTests.openSession(&conversation)
                let widget = "chatInput:Attach"
                let refused = try await UploadRouteTests.put(
                    port: port, session: info.sessionId, widget: widget, name: "run.exe", body: [0x4D, 0x5A],
                    token: info.uploadToken)
                #expect(refused.status >= 400, "a type the box does not accept is refused at upload")
                let textOnly = try await UploadRouteTests.put(
                    port: port, session: info.sessionId, widget: "chatInput:Say", name: "a.txt",
                    body: Array("x".utf8), token: info.uploadToken)
                #expect(textOnly.status >= 400, "a box without acceptFile takes no upload")
                let response = try await UploadRouteTests.put(
                    port: port, session: info.sessionId, widget: widget, name: "notes.txt",
                    body: Array("hello".utf8), token: info.uploadToken)
                #expect(response.status == 201)
                let file = try UploadRouteTests.stored(response)
                try await conversation.send(Self.submit(widget, #"["read this",""# + file.id + #""]"#))
                let texts = renderedTexts(try await conversation.receiveRun())
                #expect(texts.contains(#"attached read this ["notes.txt:hello"]"#), "\(texts)")
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                #expect(store.fileCount == 0, "the files leave the server with the message")
            }
        }
    }

    @Test func forgedAttachmentIdsAreRefused() async throws {
        try await withChatServer { port, _ in
            try await converse(port: port) { conversation in
                _ = try await UploadRouteTests.openSession(&conversation)
                try await conversation.send(Self.submit("chatInput:Attach", #"["hi","not-an-upload"]"#))
                let run = try await conversation.receiveRun()
                #expect(!renderedTexts(run).contains { $0.hasPrefix("attached") })
                #expect(Self.errors(run).first?.message.contains("not uploaded to it") == true)
                try await conversation.send(Self.submit("chatInput:Say", #"["hi","not-an-upload"]"#))
                let second = try await conversation.receiveRun()
                #expect(Self.errors(second).first?.message.contains("takes no files") == true)
            }
        }
    }
}
