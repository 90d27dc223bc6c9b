import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOWebSocket
import SwiftlitProtocol
import SwiftlitRuntime

/// The `_stcore/stream` WebSocket: one per browser tab.
struct StreamRoute: Sendable {
    let registry: SessionRegistry
    let configuration: SwiftlitConfiguration
    let logger: Logger

    func register(on group: RouterGroup<BasicWebSocketRequestContext>) {
        let route = self
        group.ws("_stcore/stream") { inbound, outbound, _ in
            try await route.serve(inbound: inbound, outbound: outbound)
        }
    }

    /// Runs one connection: a reader that turns frames into session calls, and a writer that
    /// sends the session's messages in order.
    private func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter) async throws {
        let (messages, continuation) = AsyncStream<ServerMessage>.makeStream()
        let connection = StreamConnection(
            registry: registry, client: WebSocketSessionClient(continuation: continuation),
            maxMessageSize: configuration.maxMessageSize, logger: logger)
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                let encoder = MessageCoding.makeEncoder()
                for await message in messages {
                    let data = try encoder.encode(message)
                    try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
                }
            }
            do {
                for try await message in inbound.messages(maxSize: configuration.webSocketReadLimit) {
                    if case .close(let reason) = await connection.receive(message) {
                        continuation.finish()
                        try await group.next()
                        try await outbound.close(.messageTooLarge, reason: reason)
                        break
                    }
                }
            } catch {
                logger.debug("connection ended: \(error)")
            }
            await connection.end()
            continuation.finish()
            group.cancelAll()
        }
    }
}

/// One connection's state: which session it is attached to, and how each message is handled.
actor StreamConnection {
    enum Verdict { case keepOpen, close(reason: String) }

    private let registry: SessionRegistry
    private let client: WebSocketSessionClient
    private let maxMessageSize: Int
    private let logger: Logger
    private let decoder = MessageCoding.makeDecoder()
    private var session: Session?

    init(registry: SessionRegistry, client: WebSocketSessionClient, maxMessageSize: Int, logger: Logger) {
        self.registry = registry
        self.client = client
        self.maxMessageSize = maxMessageSize
        self.logger = logger
    }

    /// Handles one message; a problem is reported to this client only, and the connection stays up
    /// unless the message was too large.
    func receive(_ message: WebSocketMessage) async -> Verdict {
        guard case .text(let text) = message else {
            refuse(.malformedMessage, "binary frames are not part of the protocol; send JSON text frames")
            return .keepOpen
        }
        let size = text.utf8.count
        guard size <= maxMessageSize else {
            refuse(.messageTooLarge, "a \(size)-byte message exceeds server.maxMessageSize (\(maxMessageSize) bytes)")
            return .close(reason: "message too large")
        }
        let decoded: ClientMessage
        do {
            decoded = try decoder.decode(ClientMessage.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            let described = ProtocolErrorMessage(decodingError: error)
            refuse(described.code, described.message)
            return .keepOpen
        } catch {
            refuse(.malformedMessage, "the message is not JSON: \(error.localizedDescription)")
            return .keepOpen
        }
        switch decoded {
        case .hello(let hello):
            guard hello.protocolVersion == ProtocolVersion.current else {
                refuse(
                    .unsupportedProtocol,
                    "this server speaks protocol \(ProtocolVersion.current), the page speaks \(hello.protocolVersion); reload the page")
                return .keepOpen
            }
            guard session == nil else {
                refuse(.malformedMessage, "hello was already sent on this connection; send rerun instead")
                return .keepOpen
            }
            session = await registry.open(resuming: hello.sessionId, client: client, widgets: hello.widgets).session
        case .rerun(let rerun):
            guard let session else {
                refuse(.notReady, "send hello before rerun")
                return .keepOpen
            }
            await session.rerun(rerun)
        case .rows(let request):
            guard let session else {
                refuse(.notReady, "send hello before rows")
                return .keepOpen
            }
            await session.rows(request)
        }
        return .keepOpen
    }

    /// The socket closed: detach the session so a reconnect can resume it.
    func end() async {
        if let session { await registry.close(session) }
        session = nil
    }

    private func refuse(_ code: ProtocolErrorCode, _ message: String) {
        logger.notice("refused a client message (\(code.rawValue)): \(message)")
        client.send(.error(ProtocolErrorMessage(code: code, message: message)))
    }
}
