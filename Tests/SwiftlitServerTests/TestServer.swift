import Foundation
import HTTPTypes
import HummingbirdWSClient
import Logging
import NIOCore
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitServer
import Synchronization
import Testing

/// Starts a real server on a free loopback port, runs `body`, then stops the server.
func withServer(
    _ configure: (inout SwiftlitConfiguration) -> Void = { _ in }, app: @escaping AppBody,
    _ body: @Sendable (Int) async throws -> Void
) async throws {
    try await withServer(configure, app: app) { port, _ in try await body(port) }
}

/// Starts a real server on a free loopback port, runs `body` with its port and its registry (to
/// look into sessions), then stops the server. A test still running after `timeout` fails.
func withServer(
    _ configure: (inout SwiftlitConfiguration) -> Void = { _ in }, app: @escaping AppBody,
    timeout: Duration = .seconds(20), sessionStorage: (any SessionStorage)? = nil,
    _ body: @Sendable (Int, SessionRegistry) async throws -> Void
) async throws {
    var configuration = SwiftlitConfiguration()
    configuration.port = 0
    // Cancelling the server at the end of a test makes Hummingbird log errors; they are noise here.
    configuration.logLevel = .critical
    configure(&configuration)
    let server = try SwiftlitServer(configuration: configuration, host: AppHost(app), sessionStorage: sessionStorage)
    let (ports, portContinuation) = AsyncStream<Int>.makeStream()
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await server.run { port in portContinuation.yield(port) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestFailure("the server did not start") }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TestFailure("the test did not finish within \(timeout)")
        }
        defer { group.cancelAll() }
        try await body(port, server.registry)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// One WebSocket conversation with the server, speaking the protocol as raw JSON.
struct Conversation {
    var messages: WebSocketInboundMessageStream.AsyncIterator
    let outbound: WebSocketOutboundWriter
    let decoder = MessageCoding.makeDecoder()
    /// Every raw text frame received, for byte counts.
    var received: [String] = []

    mutating func send(_ json: String) async throws { try await outbound.write(.text(json)) }

    mutating func receive() async throws -> ServerMessage {
        guard let message = try await messages.next() else { throw TestFailure("the server closed the socket") }
        guard case .text(let text) = message else { throw TestFailure("a binary frame arrived") }
        received.append(text)
        return try decoder.decode(ServerMessage.self, from: Data(text.utf8))
    }

    /// Receives until a run finishes (not interrupted); returns every message on the way.
    mutating func receiveRun() async throws -> [ServerMessage] {
        var run: [ServerMessage] = []
        while true {
            let message = try await receive()
            run.append(message)
            if case .runFinished(let finished) = message, finished.status != .interrupted { return run }
        }
    }

    /// Sends `hello`, reads the `session` answer and returns the first run's messages.
    mutating func open() async throws -> [ServerMessage] {
        try await openSession().run
    }

    /// Sends `helloJSON`, requires the `session` answer, and returns it with the first run's messages.
    mutating func openSession(_ helloJSON: String = hello) async throws -> (info: ServerMessage.SessionInfo, run: [ServerMessage]) {
        try await send(helloJSON)
        guard case .session(let info) = try await receive() else { throw TestFailure("expected session first") }
        return (info, try await receiveRun())
    }

    mutating func receiveError() async throws -> ProtocolErrorMessage {
        while true {
            if case .error(let error) = try await receive() { return error }
        }
    }
}

/// Connects to the server's stream, with `headers` on the upgrade request, and runs `body` with
/// the conversation; returns the close frame.
@discardableResult
func converse(
    port: Int, path: String = "_stcore/stream", headers: HTTPFields = [:],
    _ body: @escaping @Sendable (inout Conversation) async throws -> Void
) async throws -> WebSocketCloseFrame? {
    try await WebSocketClient.connect(
        url: "ws://127.0.0.1:\(port)/\(path)", configuration: .init(maxFrameSize: 1 << 24, additionalHeaders: headers),
        logger: Logger(label: "test-client")
    ) { inbound, outbound, _ in
        var conversation = Conversation(messages: inbound.messages(maxSize: 1 << 24).makeAsyncIterator(), outbound: outbound)
        try await body(&conversation)
    }
}

/// The texts of the `text` and `markdown` nodes that ops set or insert.
func renderedTexts(_ messages: [ServerMessage]) -> [String] {
    messages.flatMap { message -> [DeltaOp] in
        switch message {
        case .delta(let delta): delta.ops
        case .runFinished(let finished): finished.ops
        default: []
        }
    }.compactMap { op -> String? in
        switch op {
        case .set(_, .text(let text)), .insert(_, .text(let text)): text.text
        case .set(_, .markdown(let markdown)), .insert(_, .markdown(let markdown)): markdown.html
        default: nil
        }
    }
}

let hello = #"{"type":"hello","protocol":2,"widgets":{}}"#
