import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct ChatTests {
    static let app: AppBody = { st in
        st.title("Chat")
        if let prompt = st.chatInput("Say something") {
            st.chatMessage("user").write(prompt)
            let reply = try await st.chatMessage("assistant", avatar: "🤖").writeStream(["Hello", ", ", "**you**"])
            st.session["last reply"] = reply
        }
    }

    @Test func aMessageIsReturnedOnceAndStreamedBack() async throws {
        let at = AppTest(Self.app)
        try await at.run()
        #expect(at.blocks(.chatMessage).isEmpty)
        try at.chatInput("Say something").submit("hi there")
        try await at.run()
        let messages = at.blocks(.chatMessage)
        #expect(messages.count == 2)
        #expect(at.elements(in: messages[0]).map(\.text) == ["hi there"])
        #expect(at.elements(in: messages[1]).filter { $0.layout == nil }.map(\.text) == ["Hello, you"])
        #expect(at.streams.map(\.text) == ["Hello, you"])
        #expect(at.streams.first?.isStreaming == false, "the cursor goes when the stream ends")
        #expect(await at.sessionValue("last reply", as: String.self) == "Hello, **you**")
        try await at.run()
        #expect(at.blocks(.chatMessage).isEmpty, "the message is not sent again")
    }

    @Test func aLongStreamReachesTheBrowserInFewMessages() async throws {
        let at = AppTest { st in
            if st.chatInput("Ask") != nil {
                try await st.writeStream((0..<500).lazy.map { "tok\($0) " })
            }
        }
        try await at.run()
        try at.chatInput("Ask").submit("go")
        try await at.run()
        #expect(at.markdown.last?.text.hasSuffix("tok499") == true)
        let ends = at.messages.indices.filter { if case .runFinished = at.messages[$0] { true } else { false } }
        let reply = at.messages[(ends[ends.count - 2] + 1)...]
        #expect(reply.count < 10, "500 tokens are coalesced into a few messages, got \(reply.count)")
    }
}
