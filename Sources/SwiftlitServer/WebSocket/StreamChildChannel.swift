import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1
import NIOWebSocket

/// A connection's channel: HTTP/1 for pages and files, or the `_stcore/stream` WebSocket.
///
/// A WebSocket is served by channel handlers (``StreamFrameHandler``), not by a task: once the
/// upgrade is done, the connection's task ends. An idle tab then holds no suspended task, whose
/// allocator would keep every slab of async frames the connection ever used (about 20 KiB per
/// tab with Hummingbird's async WebSocket handler; docs/performance.md).
struct StreamChildChannel: ServerChildChannel, HTTPChannelHandler {
    enum Negotiated: Sendable {
        /// The WebSocket's handlers are in the pipeline: nothing is left for the task to do.
        case webSocket
        case http(NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>)
        /// An upgrade that ``StreamRoute`` declined (another path, a foreign origin, a full server).
        case declinedUpgrade(NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>)
    }

    struct Value: ServerChildChannelValue {
        let negotiated: EventLoopFuture<Negotiated>
        let channel: any Channel
    }

    let responder: HTTPChannelHandler.Responder
    let stream: StreamRoute

    /// Only a connection's first request can be upgraded. A later one that asks for an upgrade is
    /// answered by the router (the stream's plain route: 403, 503 or 426), and then the connection
    /// closes: NIO's HTTP decoder parses nothing after a request that asks for an upgrade, so the
    /// connection could serve no further request and would wait for the client to hang up.
    init(responder: @escaping HTTPChannelHandler.Responder, stream: StreamRoute) {
        struct AnsweredLateUpgrade: Error {}
        self.responder = { request, writer, channel in
            try await responder(request, writer, channel)
            if request.headers[.upgrade] != nil { throw AnsweredLateUpgrade() }
        }
        self.stream = stream
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        channel.eventLoop.makeCompletedFuture {
            let attempted = NIOLoopBoundBox(false, eventLoop: channel.eventLoop)
            let stream = self.stream
            let upgrader = NIOTypedWebSocketServerUpgrader<Negotiated>(
                maxFrameSize: stream.configuration.webSocketReadLimit,
                shouldUpgrade: { channel, head in
                    attempted.value = true
                    return channel.eventLoop.makeSucceededFuture(stream.accepts(head) ? HTTPHeaders() : nil)
                },
                upgradePipelineHandler: { channel, head in
                    channel.eventLoop.makeCompletedFuture {
                        try stream.attach(to: channel, head: head)
                        return .webSocket
                    }
                })
            var configuration = NIOUpgradableHTTPServerPipelineConfiguration<Negotiated>(
                upgradeConfiguration: .init(
                    upgraders: [upgrader],
                    notUpgradingCompletionHandler: { channel in
                        channel.eventLoop.makeCompletedFuture {
                            let pipeline = channel.pipeline.syncOperations
                            try pipeline.addHandler(HTTP1ToHTTPServerCodec(secure: false))
                            try pipeline.addHandler(HTTPConnectionStateHandler(idleTimeout: nil, logger: logger))
                            let http = try NIOAsyncChannel<HTTPRequestPart, HTTPResponsePart>(
                                wrappingChannelSynchronously: channel, configuration: .init(isOutboundHalfClosureEnabled: true))
                            return attempted.value ? .declinedUpgrade(http) : .http(http)
                        }
                    }))
            // Hummingbird handles pipelining, errors and header validation itself, as in its own channels.
            configuration.enablePipelining = false
            configuration.enableErrorHandling = false
            configuration.enableResponseHeaderValidation = false
            let negotiated = try channel.pipeline.syncOperations.configureUpgradableHTTPServerPipeline(
                configuration: configuration)
            return Value(negotiated: negotiated, channel: channel)
        }
    }

    func handle(value: Value, logger: Logger) async {
        do {
            switch try await value.negotiated.get() {
            case .webSocket:
                return
            case .http(let http):
                await handleHTTP(asyncChannel: http, logger: logger)
            case .declinedUpgrade(let http):
                try await http.executeThenClose { _, outbound in
                    let head = HTTPResponse(status: .badRequest, headerFields: [.connection: "close", .contentLength: "0"])
                    try await outbound.write(contentsOf: [.head(head), .end(nil)])
                }
            }
        } catch {
            logger.debug("connection ended during the HTTP upgrade: \(error)")
        }
    }
}
