import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1
public import SwiftlitRuntime

/// A chat-completions client for OpenAI and any server that speaks its API (Ollama, vLLM,
/// llama.cpp, LM Studio, Azure-style gateways): streamed replies over server-sent events,
/// retries with backoff before a reply starts, timeouts, and cancellation.
///
/// ```swift
/// let model: any ChatModel = try LLMClient.fromSecrets(st.secrets) ?? EchoModel()
/// let answer = try await st.chatMessage("assistant").writeStream(model.stream(history))
/// ```
///
/// Cancelling the task that reads a stream (the user interrupts the run) cancels the request and
/// closes its connection. Copies share one HTTP client, shut down when the last copy goes away.
public struct LLMClient: ChatModel, CustomStringConvertible, CustomReflectable {
    /// Where requests go and how patiently.
    public let configuration: LLMConfiguration
    private let transport: HTTPTransport
    /// How the client waits between attempts; tests pass one that records the waits.
    private let sleep: @Sendable (Duration) async throws -> Void

    /// A client for `configuration`.
    /// - Parameter sleep: Waits between attempts; by default `Task.sleep`.
    public init(
        _ configuration: LLMConfiguration,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.configuration = configuration
        self.sleep = sleep
        transport = HTTPTransport(connectTimeout: configuration.timeouts.connect)
    }

    /// A client configured by the `[openai]` secrets or the `OPENAI_*` environment variables (see
    /// ``LLMConfiguration/fromSecrets(_:environment:)``), or `nil` when they configure none.
    public static func fromSecrets(
        _ secrets: Secrets, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LLMError) -> LLMClient? {
        try LLMConfiguration.fromSecrets(secrets, environment: environment).map { LLMClient($0) }
    }

    /// The server and model, never the key.
    public var description: String { "LLMClient(\(configuration))" }

    /// Only the configuration, so `dump` shows neither the key nor the HTTP client's insides.
    public var customMirror: Mirror { Mirror(self, children: ["configuration": configuration]) }

    /// The reply to `messages`, streamed: text chunks, then one with the finish reason and usage.
    public func streamChunks(_ messages: [LLMMessage], options: ChatOptions = ChatOptions()) -> ChatChunkStream {
        stream(request(messages, options, stream: true))
    }

    /// The reply to `request` (whose `stream` is taken as `true`), chunk by chunk.
    public func stream(_ request: ChatRequest) -> ChatChunkStream {
        var streamed = request
        streamed.stream = true
        let request = streamed
        let client = self
        return ChatChunkStream { continuation in
            let task = Task {
                do {
                    try await client.streamReply(request) { continuation.yield($0) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The whole reply to `messages` in one response (no streaming).
    public func complete(_ messages: [LLMMessage], options: ChatOptions = ChatOptions()) async throws -> Completion {
        try await complete(request(messages, options, stream: false))
    }

    /// The whole reply to `request` (whose `stream` is taken as `false`).
    public func complete(_ request: ChatRequest) async throws -> Completion {
        var request = request
        request.stream = false
        let deadline = ContinuousClock.now + configuration.timeouts.request
        let response = try await send(request, deadline: deadline)
        let body = try await withDeadline(deadline) {
            try await response.body.collect(upTo: 32 * 1024 * 1024)
        }
        return try WireResponses.completion(from: Data(body.readableBytesView))
    }

    private func request(_ messages: [LLMMessage], _ options: ChatOptions, stream: Bool) -> ChatRequest {
        ChatRequest(
            model: options.model ?? configuration.model, messages: messages, temperature: options.temperature,
            maxTokens: options.maxTokens, stream: stream)
    }

    // MARK: - Sending with retries

    /// Sends `request` until the server answers 200, retrying as the policy allows, and returns
    /// the response with its body unread.
    private func send(_ request: ChatRequest, deadline: ContinuousClock.Instant) async throws -> HTTPClientResponse {
        let url = configuration.completionsURL
        let httpRequest = try httpRequest(for: request)
        let policy = configuration.retry
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            let response: HTTPClientResponse
            do {
                response = try await withDeadline(deadline) {
                    try await transport.client.execute(httpRequest, timeout: .duration(deadline - .now))
                }
            } catch let error as LLMError {
                throw error
            } catch {
                if Task.isCancelled { throw CancellationError() }
                guard attempt < policy.maxAttempts else {
                    throw LLMError(
                        .connectionFailed,
                        message: "Could not reach \(url)\(attempt > 1 ? " after \(attempt) attempts" : "") (\(error)); "
                            + "check `openai.base_url` and that the server is running")
                }
                try await sleep(policy.delay(afterAttempt: attempt))
                continue
            }
            if response.status == .ok { return response }
            let status = Int(response.status.code)
            let body = try? await withDeadline(deadline) { try await response.body.collect(upTo: 64 * 1024) }  // the status alone still explains
            let serverMessage = body.flatMap { ServerErrorBody.message(in: Array(buffer: $0)) }
            let retryable = status == 429 || (500...599).contains(status)
            guard retryable, attempt < policy.maxAttempts else {
                throw LLMError.http(status: status, serverMessage: serverMessage, attempts: attempt, url: url)
            }
            let asked = RetryPolicy.retryAfter(response.headers.first(name: "retry-after"))
            if let asked, asked > policy.maxRetryAfter {
                throw LLMError(
                    status == 429 ? .rateLimited : .serverError, status: status,
                    message: "The server at \(url) asks to wait \(asked) before trying again (HTTP \(status))"
                        + (serverMessage.map { ": \"\($0)\"" } ?? "") + "; try again later")
            }
            try await sleep(asked ?? policy.delay(afterAttempt: attempt))
        }
    }

    private func httpRequest(for request: ChatRequest) throws -> HTTPClientRequest {
        var httpRequest = HTTPClientRequest(url: configuration.completionsURL)
        httpRequest.method = .POST
        httpRequest.headers.add(name: "Content-Type", value: "application/json")
        httpRequest.headers.add(name: "Accept", value: request.stream ? "text/event-stream" : "application/json")
        if let key = configuration.apiKey { httpRequest.headers.add(name: "Authorization", value: "Bearer \(key.value)") }
        httpRequest.body = .bytes(ByteBuffer(bytes: try JSONEncoder().encode(request)))
        return httpRequest
    }

    // MARK: - Streaming

    /// Sends `request` and hands each chunk of the reply to `yield`, failing when the stream
    /// stalls, ends early or passes the deadline.
    private func streamReply(_ request: ChatRequest, yield: @escaping @Sendable (ChatStreamChunk) -> Void) async throws {
        let deadline = ContinuousClock.now + configuration.timeouts.request
        let response = try await send(request, deadline: deadline)
        let progress = StreamProgress()
        let idle = configuration.timeouts.idle
        let url = configuration.completionsURL
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await Self.readEvents(of: response, progress: progress, url: url, yield: yield)
            }
            group.addTask {
                try await progress.watch(idle: idle, deadline: deadline, url: url)
            }
            // The first to finish decides: the reader's end (or error), or the watchdog's error.
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    private static func readEvents(
        of response: HTTPClientResponse, progress: StreamProgress, url: String,
        yield: @Sendable (ChatStreamChunk) -> Void
    ) async throws {
        var parser = ServerSentEventParser()
        var characters = 0
        var finished = false
        func handle(_ event: ServerSentEvent) throws(LLMError) -> Bool {
            if event.data == "[DONE]" { return true }
            let chunk = try WireResponses.chunk(fromEventData: event.data)
            characters += chunk.text.count
            if chunk.finishReason != nil { finished = true }
            yield(chunk)
            return false
        }
        do {
            for try await buffer in response.body {
                progress.advance()
                for event in parser.feed(buffer.readableBytesView) {
                    if try handle(event) { return }
                }
            }
        } catch let error as LLMError {
            throw error
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw LLMError(
                .interrupted,
                message: "The connection to \(url) broke after \(characters) characters of the reply (\(error)); "
                    + "the reply is incomplete, try again")
        }
        if let event = parser.finish() {
            if try handle(event) { return }
        }
        // Servers end with `data: [DONE]`; one that closes after the finish reason is tolerated.
        guard finished else {
            throw LLMError(
                .interrupted,
                message: "The server at \(url) closed the stream after \(characters) characters, before the reply "
                    + "finished; the reply is incomplete, try again")
        }
    }

    /// Runs `operation`, failing with a timeout error when `deadline` passes first.
    private func withDeadline<T: Sendable>(
        _ deadline: ContinuousClock.Instant, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        let url = configuration.completionsURL
        let timeout = configuration.timeouts.request
        return try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                throw LLMError(
                    .timedOut,
                    message: "The request to \(url) took longer than \(timeout); raise LLMTimeouts.request or try again")
            }
            defer { group.cancelAll() }
            guard let result = try await group.next() else { throw CancellationError() }
            return result
        }
    }
}
