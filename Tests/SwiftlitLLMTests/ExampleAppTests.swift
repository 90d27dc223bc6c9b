import Foundation
import SwiftlitChatbotApp
import SwiftlitLLM
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@testable import SwiftlitDocumentQAApp

@Suite struct ChatbotExampleTests {
    /// The offline chatbot: no secrets, no environment.
    private func offlineChatbot() -> AppTest {
        AppTest(timeout: .seconds(10), makeChatbotApp(environment: [:], echoDelay: .zero))
    }

    private func transcript(_ at: AppTest) -> [String] {
        at.chatMessages.map { $0.markdown.joined(separator: " ") }
    }

    @Test func repliesThroughTheEchoModelAndKeepsTheHistory() async throws {
        let at = offlineChatbot()
        try await at.run()
        #expect(at.blocks(.chatMessage).isEmpty)
        #expect(at.markdown.first?.text.contains("Clear chat") == true, "the welcome text from assets/")
        try at.chatInput("Ask anything").submit("Hello there")
        try await at.run()
        #expect(transcript(at) == ["Hello there", "You said: Hello there"])
        try at.chatInput("Ask anything").submit("And again")
        try await at.run()
        #expect(transcript(at) == ["Hello there", "You said: Hello there", "And again", "You said: And again"])
        let history = try #require(await at.sessionValue(chatHistoryKey, as: [LLMMessage].self))
        #expect(history == [.user("Hello there"), .assistant("You said: Hello there"), .user("And again"), .assistant("You said: And again")])
    }

    @Test func clearChatEmptiesTheHistory() async throws {
        let at = offlineChatbot()
        try await at.run()
        try at.chatInput("Ask anything").submit("Remember me")
        try await at.run()
        #expect(at.blocks(.chatMessage).count == 2)
        try at.button("Clear chat").click()
        try await at.run()
        #expect(at.blocks(.chatMessage).isEmpty)
        #expect(await at.sessionValue(chatHistoryKey, as: [LLMMessage].self) == [])
    }

    @Test func theSidebarOffersTheOfflineModel() async throws {
        let at = offlineChatbot()
        try await at.run()
        guard case .selectbox(let models) = try at.selectbox("Model").element else {
            Issue.record("no model picker")
            return
        }
        #expect(models.options == ["echo"])
        #expect(at.elements(.caption).contains { $0.text.hasPrefix("Offline") })
    }

    /// The chatbot against the fake OpenAI-compatible server, configured through secrets as a
    /// user would: the reply streams from real SSE, and the history goes back to the server.
    @Test func talksToAnOpenAICompatibleServerFromSecrets() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.stream(["Hi ", "from ", "the ", "server"]) }) { url, server in
            let secrets = Secrets([
                "openai": .table([
                    "api_key": .string("sk-example"), "base_url": .string(url.absoluteString), "model": .string("fake-1"),
                ])
            ])
            let at = AppTest(timeout: .seconds(15), secrets: secrets, makeChatbotApp(environment: [:]))
            try await at.run()
            try at.chatInput("Ask anything").submit("Hello")
            try await at.run()
            #expect(transcript(at) == ["Hello", "Hi from the server"])
            try at.chatInput("Ask anything").submit("More")
            try await at.run()
            let sent = try #require(server.received.last?.json)
            #expect(sent["model"] as? String == "fake-1")
            #expect(sent["temperature"] as? Double == 0.7)
            let roles = (sent["messages"] as? [[String: Any]])?.compactMap { $0["role"] as? String }
            #expect(roles == ["system", "user", "assistant", "user"])
            #expect(server.received.first?.authorization == "Bearer sk-example")
        }
    }

    @Test func aServerErrorIsShownInTheReply() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.error(.unauthorized, "bad key") }) { url, _ in
            let secrets = Secrets(["openai": .table(["api_key": .string("sk-x"), "base_url": .string(url.absoluteString)])])
            let at = AppTest(timeout: .seconds(15), secrets: secrets, makeChatbotApp(environment: [:]))
            try await at.run()
            try at.chatInput("Ask anything").submit("Hello")
            try await at.run()
            #expect(at.alerts.map(\.text).contains { $0.contains("openai.api_key") })
            #expect(await at.sessionValue(chatHistoryKey, as: [LLMMessage].self) == [.user("Hello")])
        }
    }
}

@Suite struct DocumentQAExampleTests {
    private let document = """
        The shop opens at eight in the morning.

        Green tea is brewed at 80 degrees for two minutes.

        The loyalty card gives a free pot after nine paid pots.
        """

    @Test func asksForAFileFirst() async throws {
        let at = AppTest(timeout: .seconds(10), makeDocumentQAApp(environment: [:], echoDelay: .zero))
        try await at.run()
        #expect(at.alerts.first?.text.contains("Upload") == true)
    }

    @Test func answersFromTheBestPassagesAndShowsThemAsSources() async throws {
        let at = AppTest(timeout: .seconds(10), makeDocumentQAApp(environment: [:], echoDelay: .zero))
        try await at.run()
        try at.fileUploader("A text file").upload(name: "shop.txt", data: Data(document.utf8))
        try await at.run()
        #expect(at.elements(.caption).contains { $0.text == "shop.txt: 3 passages" })
        try at.slider("Passages per answer").set(1)
        try at.chatInput("Ask about the document").submit("How long is green tea brewed?")
        try await at.run()
        let messages = at.blocks(.chatMessage)
        #expect(messages.count == 2)
        let reply = at.elements(in: messages[1]).map(\.text).joined(separator: "\n")
        // The echo model shows the prompt: the best passage and the question, in the template's tags.
        #expect(reply.contains("[2] Green tea is brewed at 80 degrees for two minutes."))
        #expect(reply.contains("How long is green tea brewed?"))
        #expect(!reply.contains("loyalty"))
        let sources = try #require(at.blocks(.expander).first)
        #expect(at.elements(in: sources).map(\.text).joined().contains("Passage 2"))
        let answers = try #require(await at.sessionValue(answersKey, as: [Answer].self))
        #expect(answers.map(\.question) == ["How long is green tea brewed?"])
        #expect(answers.first?.sources.map(\.index) == [1])
    }
}

@Suite struct RetrieverTests {
    @Test func splitsParagraphsAndLongOnes() {
        let long = (1...170).map { "w\($0)" }.joined(separator: " ")
        let passages = Retriever.passages(of: "First one.\r\n\r\nSecond\none.\n\n\n\n\(long)")
        #expect(passages.map(\.text.count).count == 5)
        #expect(passages[0].text == "First one.")
        #expect(passages[1].text == "Second one.")
        #expect(passages.map(\.index) == [0, 1, 2, 3, 4])
        #expect(passages[4].text == "w161 w162 w163 w164 w165 w166 w167 w168 w169 w170")
    }

    @Test func ranksByDistinctSharedWordsIgnoringCommonOnes() {
        let passages = Retriever.passages(of: "The cat sat.\n\nA dog and a cat played.\n\nThe the the the.\n\nDogs bark.")
        let top = Retriever.top(3, for: "What did the dog and the cat do?", in: passages)
        #expect(top.map(\.index) == [1, 0])
        #expect(top.map(\.score) == [2, 1])
        #expect(Retriever.top(0, for: "cat", in: passages).isEmpty)
        #expect(Retriever.top(5, for: "the", in: passages).isEmpty)
    }
}
