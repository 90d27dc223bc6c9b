import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// The server's checks of chat messages: it never trusts what the browser sends.
@Suite struct ChatInputTests {
    /// Errors the session sent to the browser.
    static func errors(_ at: AppTest) -> [ProtocolErrorMessage] {
        at.messages.compactMap { if case .error(let error) = $0 { error } else { nil } }
    }

    static let limited: AppBody = { st in
        if let text = st.chatInput("Say", maxChars: 5) { st.session["got"] = text }
    }

    @Test func aMessageWithinMaxCharsIsTaken() async throws {
        let at = AppTest(Self.limited)
        try await at.run()
        try at.chatInput("Say").submit("héllo")
        try await at.run()
        #expect(await at.sessionValue("got", as: String.self) == "héllo")
        #expect(Self.errors(at).isEmpty)
    }

    @Test func aLongerMessageIsRefusedWithAnErrorAndNoRunSeesIt() async throws {
        let at = AppTest(Self.limited)
        try await at.run()
        try at.chatInput("Say").submit("hello!")
        try await at.run()
        #expect(await at.sessionValue("got", as: String.self) == nil)
        let error = try #require(Self.errors(at).last)
        #expect(error.code == .invalidWidgetValue)
        #expect(error.message.contains("at most 5 characters"))
    }

    @Test func theCallbackDoesNotRunForARefusedMessage() async throws {
        let at = AppTest { st in
            _ = st.chatInput("Say", maxChars: 2, onSubmit: { state in state["called"] = true })
        }
        try await at.run()
        try at.chatInput("Say").submit("too long")
        try await at.run()
        #expect(await at.sessionValue("called", as: Bool.self) == nil)
        try at.chatInput("Say").submit("ok")
        try await at.run()
        #expect(await at.sessionValue("called", as: Bool.self) == true)
    }

    @Test func aSubmissionFromADisabledInputIsIgnored() async throws {
        let at = AppTest { st in
            if let text = st.chatInput("Say", disabled: true) { st.session["got"] = text }
        }
        try await at.run()
        #expect(try at.chatInput("Say").element.widget?.disabled == true)
        try at.chatInput("Say").submit("sneaky")
        try await at.run()
        #expect(await at.sessionValue("got", as: String.self) == nil)
    }

    @Test func aTextOnlyInputRefusesFiles() async throws {
        let at = AppTest(Self.limited)
        try await at.run()
        try at.chatInput("Say").submitRaw(.list([.string("hi"), .string("forged")]))
        try await at.run()
        #expect(await at.sessionValue("got", as: String.self) == nil)
        #expect(Self.errors(at).last?.message.contains("takes no files") == true)
    }

    static let withFiles: AppBody = { st in
        if let message = st.chatInput("Ask", acceptFile: .multiple, fileType: ["txt", "md"]) {
            st.session["text"] = message.text
            st.session["files"] = message.files.map { "\($0.name)=\($0.text ?? "")" }
        }
    }

    @Test func filesArriveWithTheTextAndLeaveTheStore() async throws {
        let at = AppTest(Self.withFiles)
        try await at.run()
        let box = try at.chatInput("Ask")
        guard case .chatInput(let element) = box.element else { Issue.record("not a chat input"); return }
        #expect(element.acceptFile == .multiple)
        #expect(element.accept == [".txt", ".md"])
        try box.submit(
            "Summarise", files: [ChatAttachment(name: "a.txt", text: "alpha"), ChatAttachment(name: "b.md", text: "beta")])
        try await at.run()
        #expect(await at.sessionValue("text", as: String.self) == "Summarise")
        #expect(await at.sessionValue("files", as: [String].self) == ["a.txt=alpha", "b.md=beta"])
        #expect(at.uploadedFileCount == 0, "the files leave the server's memory with the message")
        try await at.run()
        #expect(await at.sessionValue("text", as: String.self) == "Summarise", "no new message in the next run")
    }

    @Test func aFileOfAnotherTypeIsRefusedAtUpload() async throws {
        let at = AppTest(Self.withFiles)
        try await at.run()
        #expect(throws: UploadRefusal.self) {
            try at.chatInput("Ask").submit("x", files: [ChatAttachment(name: "run.exe", data: Data([0x4D, 0x5A]))])
        }
    }

    @Test func forgedAttachmentIdsAreRefused() async throws {
        let at = AppTest(Self.withFiles)
        try await at.run()
        try at.chatInput("Ask").submitRaw(.list([.string("hi"), .string("not-an-upload")]))
        try await at.run()
        #expect(await at.sessionValue("text", as: String.self) == nil)
        #expect(Self.errors(at).last?.message.contains("not uploaded to it") == true)
    }

    @Test func aSingleFileInputRefusesSeveral() async throws {
        let at = AppTest { st in
            if let message = st.chatInput("One", acceptFile: .single) { st.session["n"] = message.files.count }
        }
        try await at.run()
        try at.chatInput("One").submit(
            "two", files: [ChatAttachment(name: "a.txt", text: "a"), ChatAttachment(name: "b.txt", text: "b")])
        try await at.run()
        #expect(await at.sessionValue("n", as: Int.self) == nil)
        #expect(Self.errors(at).last?.message.contains("one file per message") == true)
        try at.chatInput("One").submit("one", files: [ChatAttachment(name: "a.txt", text: "a")])
        try await at.run()
        #expect(await at.sessionValue("n", as: Int.self) == 1)
    }
}
