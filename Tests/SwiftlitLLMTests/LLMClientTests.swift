import Foundation
import Hummingbird
import NIOCore
import Testing

@testable import SwiftlitLLM

@Suite struct LLMClientStreamingTests {
    @Test func streamsTextDeltasOverServerSentEvents() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.stream(["Hello", ", ", "wörld", " 👋"]) }) { url, server in
            let client = fakeClient(url)
            var deltas: [String] = []
            for try await delta in client.stream([.user("Hi")]) { deltas.append(delta) }
            #expect(deltas == ["Hello", ", ", "wörld", " 👋"])
            let request = try #require(server.received.first)
            #expect(request.authorization == "Bearer sk-test-123")
            #expect(request.accept == "text/event-stream")
            #expect(request.json["model"] as? String == "fake-model")
            #expect(request.json["stream"] as? Bool == true)
            #expect((request.json["stream_options"] as? [String: Any])?["include_usage"] as? Bool == true)
            let messages = try #require(request.json["messages"] as? [[String: Any]])
            #expect(messages.first?["role"] as? String == "user")
            #expect(messages.first?["content"] as? String == "Hi")
        }
    }

    @Test func theLastChunkCarriesUsageAndFinishReason() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.stream(["a", "b", "c"]) }) { url, _ in
            var chunks: [ChatStreamChunk] = []
            for try await chunk in fakeClient(url).streamChunks([.user("Hi")]) { chunks.append(chunk) }
            #expect(chunks.map(\.text).joined() == "abc")
            #expect(chunks.compactMap(\.finishReason) == ["stop"])
            #expect(chunks.last?.usage == TokenUsage(promptTokens: 7, completionTokens: 3, totalTokens: 10))
        }
    }

    @Test func requestOptionsReachTheServer() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.stream(["ok"]) }) { url, server in
            var text = ""
            for try await delta in fakeClient(url).stream(
                [.system("Be brief."), .user("Hi")], options: ChatOptions(model: "m2", temperature: 0.3, maxTokens: 9))
            {
                text += delta
            }
            #expect(text == "ok")
            let json = try #require(server.received.first?.json)
            #expect(json["model"] as? String == "m2")
            #expect(json["temperature"] as? Double == 0.3)
            #expect(json["max_tokens"] as? Int == 9)
            #expect((json["messages"] as? [[String: Any]])?.map { $0["role"] as? String } == ["system", "user"])
        }
    }

    @Test func aServerWithoutAKeyGetsNoAuthorizationHeader() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.stream(["ok"], usage: false) }) { url, server in
            var text = ""
            for try await delta in fakeClient(url, key: nil).stream([.user("Hi")]) { text += delta }
            #expect(text == "ok")
            #expect(server.received.first?.authorization == nil)
        }
    }
}

@Suite struct LLMClientCompletionTests {
    @Test func completesWithoutStreaming() async throws {
        let reply = """
            {"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant",
            "content":"Paris."},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":2,"total_tokens":14}}
            """
        try await withFakeServer({ _, _, _ in FakeReplies.json(.ok, reply) }) { url, server in
            let completion = try await fakeClient(url).complete([.user("Capital of France?")])
            #expect(completion.text == "Paris.")
            #expect(completion.finishReason == "stop")
            #expect(completion.usage == TokenUsage(promptTokens: 12, completionTokens: 2, totalTokens: 14))
            let request = try #require(server.received.first)
            #expect(request.json["stream"] as? Bool == false)
            #expect(request.json["stream_options"] == nil)
            #expect(request.accept == "application/json")
        }
    }

    @Test func aReplyThatIsNotJSONIsAClearError() async throws {
        try await withFakeServer({ _, _, _ in FakeReplies.json(.ok, "<html>proxy login</html>") }) { url, _ in
            let error = try await #require(throws: LLMError.self) { try await fakeClient(url).complete([.user("Hi")]) }
            #expect(error.kind == .malformedResponse)
            #expect(error.message.contains("<html>proxy login</html>"))
        }
    }
}

@Suite struct LLMClientRetryTests {
    @Test func retriesAServerErrorThenStreams() async throws {
        let sleeps = RecordedSleeps()
        try await withFakeServer({ attempt, _, _ in
            attempt == 0 ? FakeReplies.error(.internalServerError, "overloaded") : FakeReplies.stream(["fine"])
        }) { url, server in
            var text = ""
            for try await delta in fakeClient(url, sleeps: sleeps).stream([.user("Hi")]) { text += delta }
            #expect(text == "fine")
            #expect(server.received.count == 2)
            #expect(sleeps.all == [.milliseconds(100)])
        }
    }

    @Test func honoursRetryAfterOnA429() async throws {
        let sleeps = RecordedSleeps()
        try await withFakeServer({ attempt, _, _ in
            attempt == 0
                ? FakeReplies.error(.tooManyRequests, "slow down", headers: [.retryAfter: "2"])
                : FakeReplies.stream(["after the wait"])
        }) { url, server in
            var text = ""
            for try await delta in fakeClient(url, sleeps: sleeps).stream([.user("Hi")]) { text += delta }
            #expect(text == "after the wait")
            #expect(server.received.count == 2)
            #expect(sleeps.all == [.seconds(2)])
        }
    }

    @Test func givesUpOnA429AfterEveryAttemptQuotingTheServer() async throws {
        let sleeps = RecordedSleeps()
        try await withFakeServer({ _, _, _ in FakeReplies.error(.tooManyRequests, "Rate limit reached for gpt") }) {
            url, server in
            let error = try await #require(throws: LLMError.self) {
                for try await _ in fakeClient(url, sleeps: sleeps).stream([.user("Hi")]) {}
            }
            #expect(error.kind == .rateLimited)
            #expect(error.status == 429)
            #expect(error.message.contains("after 3 attempts"))
            #expect(error.message.contains("\"Rate limit reached for gpt\""))
            #expect(server.received.count == 3)
            #expect(sleeps.all == [.milliseconds(100), .milliseconds(200)])  // exponential, no jitter
        }
    }

    @Test func aRetryAfterLongerThanThePolicyAllowsFailsAtOnce() async throws {
        try await withFakeServer({ _, _, _ in
            FakeReplies.error(.tooManyRequests, "quota", headers: [.retryAfter: "3600"])
        }) { url, server in
            let error = try await #require(throws: LLMError.self) { try await fakeClient(url).complete([.user("Hi")]) }
            #expect(error.kind == .rateLimited)
            #expect(error.message.contains("asks to wait"))
            #expect(server.received.count == 1)
        }
    }

    @Test func anUnauthorizedKeyIsNotRetriedAndSaysWhereTheKeyComesFrom() async throws {
        let sleeps = RecordedSleeps()
        try await withFakeServer({ _, _, _ in FakeReplies.error(.unauthorized, "Incorrect API key provided") }) {
            url, server in
            let error = try await #require(throws: LLMError.self) {
                for try await _ in fakeClient(url, key: "sk-wrong-key", sleeps: sleeps).stream([.user("Hi")]) {}
            }
            #expect(error.kind == .unauthorized)
            #expect(error.message.contains("openai.api_key"))
            #expect(error.message.contains("OPENAI_API_KEY"))
            #expect(error.message.contains("\"Incorrect API key provided\""))
            #expect(!error.message.contains("sk-wrong-key"))
            #expect(server.received.count == 1)
            #expect(sleeps.all.isEmpty)
        }
    }

    @Test func anUnreachableServerIsRetriedThenExplained() async throws {
        // Port 1 on loopback: nothing listens there. async-http-client itself keeps trying to
        // connect until the connect timeout, so that bounds each attempt.
        let sleeps = RecordedSleeps()
        let url = try #require(URL(string: "http://127.0.0.1:1/v1"))
        let timeouts = LLMTimeouts(connect: .milliseconds(300), request: .seconds(20), idle: .seconds(5))
        let error = try await #require(throws: LLMError.self) {
            try await fakeClient(url, timeouts: timeouts, sleeps: sleeps).complete([.user("Hi")])
        }
        #expect(error.kind == .connectionFailed)
        #expect(error.message.contains("after 3 attempts"))
        #expect(error.message.contains("openai.base_url"))
        #expect(sleeps.all.count == 2)
    }
}

@Suite struct LLMClientFailureTests {
    @Test func aStalledStreamFailsAfterTheIdleTimeout() async throws {
        try await withFakeServer({ _, _, server in
            FakeReplies.eventStream { writer in
                try await writer.write(ByteBuffer(string: FakeReplies.delta("partial")))
                // Stall, then find out whether the client has gone.
                try await Task.sleep(for: .seconds(2))
                do {
                    for _ in 0..<5 {
                        try await writer.write(ByteBuffer(string: ": ping\n\n"))
                        try await Task.sleep(for: .milliseconds(50))
                    }
                } catch {
                    server.noteDisconnect()
                    throw error
                }
            }
        }) { url, server in
            let client = fakeClient(url, timeouts: LLMTimeouts(connect: .seconds(5), request: .seconds(20), idle: .milliseconds(300)))
            var text = ""
            let error = try await #require(throws: LLMError.self) {
                for try await delta in client.stream([.user("Hi")]) { text += delta }
            }
            #expect(text == "partial")
            #expect(error.kind == .stalled)
            #expect(error.message.contains("stalled"))
            #expect(try await server.waitForDisconnects())
            #expect(server.received.count == 1)  // never retried once the reply had started
        }
    }

    @Test func aConnectionThatBreaksMidStreamIsReportedAndNotRetried() async throws {
        try await withFakeServer({ _, _, _ in
            FakeReplies.eventStream { writer in
                try await writer.write(ByteBuffer(string: FakeReplies.delta("half a ")))
                try await Task.sleep(for: .milliseconds(50))
                throw FakeServerFailure("the server drops the connection")
            }
        }) { url, server in
            var text = ""
            let error = try await #require(throws: LLMError.self) {
                for try await delta in fakeClient(url).stream([.user("Hi")]) { text += delta }
            }
            #expect(text == "half a ")
            #expect(error.kind == .interrupted)
            #expect(error.message.contains("incomplete"))
            #expect(server.received.count == 1)
        }
    }

    @Test func aStreamThatEndsWithoutFinishingIsIncomplete() async throws {
        try await withFakeServer({ _, _, _ in
            FakeReplies.eventStream { writer in try await writer.write(ByteBuffer(string: FakeReplies.delta("cut"))) }
        }) { url, _ in
            let error = try await #require(throws: LLMError.self) {
                for try await _ in fakeClient(url).stream([.user("Hi")]) {}
            }
            #expect(error.kind == .interrupted)
        }
    }

    @Test func anErrorEventMidStreamIsQuoted() async throws {
        try await withFakeServer({ _, _, _ in
            FakeReplies.eventStream { writer in
                try await writer.write(ByteBuffer(string: FakeReplies.delta("so far ")))
                try await writer.write(ByteBuffer(string: "data: {\"error\":{\"message\":\"model crashed\"}}\n\n"))
            }
        }) { url, _ in
            let error = try await #require(throws: LLMError.self) {
                for try await _ in fakeClient(url).stream([.user("Hi")]) {}
            }
            #expect(error.message.contains("\"model crashed\""))
        }
    }

    @Test func cancellingTheReaderClosesTheConnection() async throws {
        try await withFakeServer({ _, _, server in
            FakeReplies.eventStream { writer in
                try await writer.write(ByteBuffer(string: FakeReplies.delta("first")))
                do {
                    // Keeps streaming (comments) until the client goes away, for at most 10 s.
                    for _ in 0..<500 {
                        try await Task.sleep(for: .milliseconds(20))
                        try await writer.write(ByteBuffer(string: ": still here\n\n"))
                    }
                } catch {
                    server.noteDisconnect()
                    throw error
                }
            }
        }) { url, server in
            let client = fakeClient(url)
            let (firstDelta, gotFirst) = AsyncStream<String>.makeStream()
            let reader = Task {
                for try await delta in client.stream([.user("Hi")]) { gotFirst.yield(delta) }
            }
            var iterator = firstDelta.makeAsyncIterator()
            #expect(await iterator.next() == "first")
            reader.cancel()
            let closed = try await server.waitForDisconnects()
            #expect(closed, "the server saw the connection close")
            #expect(server.disconnects == 1)
            _ = await reader.result  // a cancelled reader's loop just ends
        }
    }
}
