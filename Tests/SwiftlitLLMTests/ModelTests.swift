import Foundation
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@testable import SwiftlitLLM

@Suite struct EchoModelTests {
    @Test func echoesTheLastUserMessageWordByWord() async throws {
        let model = EchoModel(prefix: "You said: ")
        var deltas: [String] = []
        for try await delta in model.stream([.user("first"), .assistant("ok"), .user("Hello  there\nfriend")]) {
            deltas.append(delta)
        }
        #expect(deltas == ["You ", "said: ", "Hello  ", "there\n", "friend"])
    }

    @Test func reportsUsageAndStopsAtMaxTokens() async throws {
        let model = EchoModel(prefix: "")
        let full = try await model.complete([.system("be nice"), .user("one two three")])
        #expect(full.text == "one two three")
        #expect(full.usage == TokenUsage(promptTokens: 5, completionTokens: 3, totalTokens: 8))
        #expect(full.finishReason == "stop")
        let cut = try await model.complete([.user("one two three")], options: ChatOptions(maxTokens: 2))
        #expect(cut.text == "one two ")
        #expect(cut.finishReason == "length")
    }

    @Test func writeStreamShowsTheChunksOfAReply() async throws {
        let at = AppTest { st in
            if st.chatInput("Ask") != nil {
                let reply = try await st.writeStream(EchoModel(prefix: "").streamChunks([.user("chunks **stream** in")], options: ChatOptions()))
                st.session["reply"] = reply
            }
        }
        try await at.run()
        try at.chatInput("Ask").submit("go")
        try await at.run()
        #expect(at.streams.map(\.text) == ["chunks stream in"])
        #expect(await at.sessionValue("reply", as: String.self) == "chunks **stream** in")
    }

    @Test func worksAsAnyChatModel() async throws {
        let model: any ChatModel = EchoModel(prefix: "> ")
        var text = ""
        for try await delta in model.stream([.user("hi")]) { text += delta }
        #expect(text == "> hi")
    }
}

@Suite struct RetryPolicyTests {
    @Test func waitsGrowExponentiallyUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(500), maxDelay: .seconds(3), jitter: 0)
        #expect((1...5).map { policy.delay(afterAttempt: $0) } == [
            .milliseconds(500), .seconds(1), .seconds(2), .seconds(3), .seconds(3),
        ])
    }

    @Test func jitterShortensWaitsByAtMostItsFraction() {
        let policy = RetryPolicy(baseDelay: .seconds(1), jitter: 0.5)
        #expect(policy.delay(afterAttempt: 1, random: 0) == .seconds(1))
        #expect(policy.delay(afterAttempt: 1, random: 1) == .milliseconds(500))
        for _ in 0..<50 {
            let wait = policy.delay(afterAttempt: 1)
            #expect(wait >= .milliseconds(500) && wait <= .seconds(1))
        }
    }

    @Test func readsRetryAfterSeconds() {
        #expect(RetryPolicy.retryAfter("2") == .seconds(2))
        #expect(RetryPolicy.retryAfter(" 0.5 ") == .milliseconds(500))
        #expect(RetryPolicy.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT") == nil)
        #expect(RetryPolicy.retryAfter("-1") == nil)
        #expect(RetryPolicy.retryAfter(nil) == nil)
    }
}

@Suite struct LLMConfigurationTests {
    private let openAI = Secrets([
        "openai": .table([
            "api_key": .string("sk-secret-value"), "base_url": .string("http://127.0.0.1:8080/v1"),
            "model": .string("llama3.2"),
        ])
    ])

    @Test func readsTheOpenAITableOfTheSecrets() throws {
        let configuration = try #require(try LLMConfiguration.fromSecrets(openAI, environment: [:]))
        #expect(configuration.apiKey == APIKey("sk-secret-value"))
        #expect(configuration.baseURL.absoluteString == "http://127.0.0.1:8080/v1")
        #expect(configuration.model == "llama3.2")
        #expect(configuration.completionsURL == "http://127.0.0.1:8080/v1/chat/completions")
    }

    @Test func fallsBackToEnvironmentVariables() throws {
        let environment = ["OPENAI_API_KEY": "sk-env", "OPENAI_MODEL": "gpt-env"]
        let configuration = try #require(try LLMConfiguration.fromSecrets(Secrets(), environment: environment))
        #expect(configuration.apiKey == APIKey("sk-env"))
        #expect(configuration.model == "gpt-env")
        #expect(configuration.baseURL == LLMConfiguration.openAIBaseURL)
        // Secrets win over the environment.
        let both = try #require(try LLMConfiguration.fromSecrets(openAI, environment: environment))
        #expect(both.apiKey == APIKey("sk-secret-value"))
    }

    @Test func aBaseURLAloneIsEnoughForALocalServer() throws {
        let configuration = try #require(
            try LLMConfiguration.fromSecrets(Secrets(), environment: ["OPENAI_BASE_URL": "http://localhost:11434/v1/"]))
        #expect(configuration.apiKey == nil)
        #expect(configuration.completionsURL == "http://localhost:11434/v1/chat/completions")
    }

    @Test func nothingConfiguredMeansOffline() throws {
        #expect(try LLMConfiguration.fromSecrets(Secrets(), environment: ["OPENAI_API_KEY": ""]) == nil)
        #expect(try LLMClient.fromSecrets(Secrets(), environment: [:]) == nil)
    }

    @Test func badValuesAreExplained() {
        let wrongType = Secrets(["openai": .table(["api_key": .integer(42)])])
        let typeError = #expect(throws: LLMError.self) { try LLMConfiguration.fromSecrets(wrongType, environment: [:]) }
        #expect(typeError?.kind == .invalidConfiguration)
        #expect(typeError?.message.contains("openai.api_key") == true)
        let badURL = #expect(throws: LLMError.self) {
            try LLMConfiguration.fromSecrets(Secrets(), environment: ["OPENAI_BASE_URL": "ftp://x"])
        }
        #expect(badURL?.message.contains("openai.base_url") == true)
    }

    @Test func theKeyNeverShows() throws {
        let client = try #require(try LLMClient.fromSecrets(openAI, environment: [:]))
        var dumped = ""
        dump(client, to: &dumped)
        for text in ["\(client)", "\(client.configuration)", String(reflecting: client.configuration), dumped] {
            #expect(!text.contains("sk-secret-value"), "\(text)")
        }
        #expect("\(client)".contains("llama3.2"))
    }

    @Test func requestsEncodeAsTheWireFormat() throws {
        let request = ChatRequest(model: "m", messages: [.user("hi")], maxTokens: 5, stream: true)
        let json = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any])
        #expect(json["max_tokens"] as? Int == 5)
        #expect(json["temperature"] == nil)
        #expect((json["stream_options"] as? [String: Bool]) == ["include_usage": true])
    }
}
