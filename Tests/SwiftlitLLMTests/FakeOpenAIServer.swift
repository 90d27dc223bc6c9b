import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import Testing

@testable import SwiftlitLLM

/// A local OpenAI-compatible server on a free loopback port that answers `POST /v1/chat/completions`
/// as each test scripts it, over real HTTP: streamed replies are real server-sent events.
final class FakeOpenAIServer: Sendable {
    /// One request as the server received it.
    struct Received: Sendable {
        let body: Data
        let authorization: String?
        let accept: String?

        /// The body's JSON object.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }
    }

    /// Answers request number `attempt` (0 for the first).
    typealias Script = @Sendable (_ attempt: Int, _ request: Received, _ server: FakeOpenAIServer) -> Response

    private let log = Mutex<[Received]>([])
    private let disconnectCount = Mutex(0)
    let script: Script

    init(_ script: @escaping Script) { self.script = script }

    /// Every request received, oldest first.
    var received: [Received] { log.withLock { $0 } }
    /// How many streamed replies found their client gone (a write failed).
    var disconnects: Int { disconnectCount.withLock { $0 } }

    func noteDisconnect() { disconnectCount.withLock { $0 += 1 } }

    /// Waits (at most `timeout`) until the server has seen `count` disconnects.
    func waitForDisconnects(_ count: Int = 1, timeout: Duration = .seconds(10)) async throws -> Bool {
        let end = ContinuousClock.now + timeout
        while ContinuousClock.now < end {
            if disconnects >= count { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return disconnects >= count
    }

    fileprivate func handle(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 1 << 20)
        let received = Received(
            body: Data(body.readableBytesView), authorization: request.headers[.authorization],
            accept: request.headers[.accept])
        let attempt = log.withLock { log in
            log.append(received)
            return log.count - 1
        }
        return script(attempt, received, self)
    }
}

/// Starts a fake server answering as `script` says, runs `body` with its base URL (`…/v1`), then stops it.
func withFakeServer(
    _ script: @escaping FakeOpenAIServer.Script, timeout: Duration = .seconds(30),
    _ body: @Sendable (URL, FakeOpenAIServer) async throws -> Void
) async throws {
    let server = FakeOpenAIServer(script)
    let router = Router()
    router.post("/v1/chat/completions") { request, _ in try await server.handle(request) }
    let (ports, portContinuation) = AsyncStream<Int>.makeStream()
    var logger = Logger(label: "fake-openai")
    logger.logLevel = .critical
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in portContinuation.yield(channel.localAddress?.port ?? 0) }, logger: logger)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await app.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), let url = URL(string: "http://127.0.0.1:\(port)/v1") else {
            throw FakeServerFailure("the fake server did not start")
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw FakeServerFailure("the test did not finish within \(timeout)")
        }
        defer { group.cancelAll() }
        try await body(url, server)
    }
}

struct FakeServerFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The pieces of replies the fake server sends.
enum FakeReplies {
    /// One `data:` event carrying a delta of `text`.
    static func delta(_ text: String, finish: String? = nil) -> String {
        let content = String(decoding: (try? JSONEncoder().encode(text)) ?? Data(), as: UTF8.self)
        let reason = finish.map { "\"\($0)\"" } ?? "null"
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"content\":\(content)},\"finish_reason\":\(reason)}]}\n\n"
    }

    /// The usage chunk sent when the request asked for it.
    static func usage(prompt: Int, completion: Int) -> String {
        "data: {\"id\":\"c1\",\"choices\":[],\"usage\":{\"prompt_tokens\":\(prompt),"
            + "\"completion_tokens\":\(completion),\"total_tokens\":\(prompt + completion)}}\n\n"
    }

    static let done = "data: [DONE]\n\n"

    /// A streamed reply of `words`, written as separate pieces split mid-line, with `pause` between them.
    static func stream(_ words: [String], usage: Bool = true, pause: Duration = .milliseconds(5)) -> Response {
        var text = ": keep-alive comment\r\n\r\n"
        for word in words { text += delta(word) }
        text += delta("", finish: "stop")
        if usage { text += self.usage(prompt: 7, completion: words.count) }
        text += done
        // Split into pieces of 13 bytes, so boundaries fall inside lines, fields and JSON.
        let bytes = Array(text.utf8)
        let pieces = stride(from: 0, to: bytes.count, by: 13).map { Array(bytes[$0..<min($0 + 13, bytes.count)]) }
        return eventStream { writer in
            for piece in pieces {
                try await writer.write(ByteBuffer(bytes: piece))
                try await Task.sleep(for: pause)
            }
        }
    }

    /// A `text/event-stream` response whose body `write` produces.
    static func eventStream(_ write: @escaping @Sendable (inout any ResponseBodyWriter) async throws -> Void) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                try await write(&writer)
                try await writer.finish(nil)
            })
    }

    /// A JSON response.
    static func json(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// An OpenAI error body.
    static func error(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        json(status, "{\"error\":{\"message\":\"\(message)\",\"type\":\"test\"}}", headers: headers)
    }
}

/// Records the waits between attempts instead of waiting.
final class RecordedSleeps: Sendable {
    private let waits = Mutex<[Duration]>([])
    var all: [Duration] { waits.withLock { $0 } }
    var sleep: @Sendable (Duration) async throws -> Void {
        { [self] duration in waits.withLock { $0.append(duration) } }
    }
}

/// A client of the fake server at `url` that records its waits.
func fakeClient(
    _ url: URL, key: String? = "sk-test-123", retry: RetryPolicy = RetryPolicy(baseDelay: .milliseconds(100), jitter: 0),
    timeouts: LLMTimeouts = LLMTimeouts(connect: .seconds(5), request: .seconds(20), idle: .seconds(5)),
    sleeps: RecordedSleeps = RecordedSleeps()
) -> LLMClient {
    LLMClient(
        LLMConfiguration(baseURL: url, apiKey: key.map(APIKey.init), model: "fake-model", timeouts: timeouts, retry: retry),
        sleep: sleeps.sleep)
}
