import Logging
import NIOCore
import NIOWebSocket

/// A message as the browser sent it, whole (fragments joined) and checked to be UTF-8 text.
enum InboundMessage: Sendable {
    case text(String)
    case binary
}

/// One `_stcore/stream` WebSocket, after the upgrade: the frames of RFC 6455 on the event loop,
/// messages to the session through an ``InboundPump``, the session's messages out through its
/// ``WebSocketSessionClient``.
///
/// The close handshake: a close from the browser is answered and the socket closed; a close from
/// the server (a refused message, a full server, a shutdown) waits up to
/// ``ConnectionLimits/closeTimeout`` for the browser's answer. NIO's decoder, in front, refuses
/// malformed frames and frames over the size limit with the matching close code.
final class StreamFrameHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = WebSocketFrame
    typealias OutboundOut = WebSocketFrame

    private let route: StreamRoute
    private let facts: UpgradeFacts
    /// Whether this connection got a place under `server.maxConnections`.
    private let admitted: Bool
    private var client: WebSocketSessionClient?
    private var pump: InboundPump?
    /// Set once the server sent its close or answered the browser's, or the socket is gone: no
    /// message is read or written after it.
    private var closing = false
    private var closeTimer: Scheduled<Void>?

    init(route: StreamRoute, facts: UpgradeFacts, admitted: Bool) {
        self.route = route
        self.facts = facts
        self.admitted = admitted
    }

    func handlerAdded(context: ChannelHandlerContext) {
        guard admitted else {
            startClose(context: context, code: .unknown(1013), reason: "too many connections; try again later")
            return
        }
        let channel = context.channel
        let logger = route.logger
        let client = WebSocketSessionClient(channel: channel, logger: logger)
        route.sweeper.watch(client)
        let connection = StreamConnection(
            registry: route.registry, client: client, facts: facts, maxMessageSize: route.configuration.maxMessageSize,
            rateLimiter: MessageRateLimiter(messagesPerSecond: route.configuration.maxMessagesPerSecond), logger: logger)
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        let loopContext = context.loopBound
        pump = InboundPump(
            connection: connection,
            resumeReading: { channel.setOption(ChannelOptions.autoRead, value: true).whenFailure { _ in } },
            close: { code, reason in
                channel.eventLoop.execute {
                    handler.value.startClose(context: loopContext.value, code: code, reason: reason)
                }
            })
        self.client = client
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text:
            guard let text = String(validating: frame.unmaskedData.readableBytesView, as: UTF8.self) else {
                startClose(context: context, code: .dataInconsistentWithMessage, reason: "a text message that is not UTF-8")
                return
            }
            deliver(.text(text), context: context)
        case .binary:
            deliver(.binary, context: context)
        case .ping:
            guard !closing else { return }
            context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)), promise: nil)
        case .connectionClose:
            answerClose(frame, context: context)
        default:
            // Pongs answer the sweeper's pings; TCP_USER_TIMEOUT, not the pong, tells a peer is gone.
            return
        }
    }

    private func deliver(_ message: InboundMessage, context: ChannelHandlerContext) {
        guard !closing, let pump else { return }
        if pump.push(.message(message)) {
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in }
        }
    }

    /// The browser closes: answer with its code (RFC 6455 §5.5.1) unless the server already sent a
    /// close, then close the socket.
    private func answerClose(_ frame: WebSocketFrame, context: ChannelHandlerContext) {
        guard !closing else {
            context.close(promise: nil)
            return
        }
        closing = true
        var data = frame.unmaskedData
        var answer = context.channel.allocator.buffer(capacity: 2)
        if let code = data.readWebSocketErrorCode() { answer.write(webSocketErrorCode: code) }
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .connectionClose, data: answer)))
            .whenComplete { _ in channel.close(promise: nil) }
    }

    /// Sends the server's close, and drops the socket if the browser does not answer in time.
    private func startClose(context: ChannelHandlerContext, code: WebSocketErrorCode, reason: String) {
        guard !closing else { return }
        closing = true
        var data = context.channel.allocator.buffer(capacity: 2 + reason.utf8.count)
        data.write(webSocketErrorCode: code)
        // A control frame carries at most 125 bytes.
        data.writeString(String(decoding: reason.utf8.prefix(123), as: UTF8.self))
        context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .connectionClose, data: data)), promise: nil)
        let channel = context.channel
        closeTimer = context.eventLoop.scheduleTask(in: .init(ConnectionLimits.closeTimeout)) { channel.close(promise: nil) }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is ChannelShouldQuiesceEvent {
            startClose(context: context, code: .goingAway, reason: "the server is shutting down")
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        switch error {
        case is BrowserFrameCheck.Refusal:
            startClose(context: context, code: .protocolError, reason: "unmasked frame or reserved bits set")
        case NIOWebSocketFrameAggregator.Error.accumulatedFrameSizeIsTooLarge:
            startClose(context: context, code: .messageTooLarge, reason: "message too large")
        case is NIOWebSocketFrameAggregator.Error:
            startClose(context: context, code: .protocolError, reason: "malformed fragments")
        case is NIOWebSocketError:
            // NIO's protocol error handler has answered with a close frame and closes the socket.
            return
        default:
            route.logger.debug("WebSocket connection error: \(error)")
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        // A close the pump asks for later finds the socket gone.
        closing = true
        closeTimer?.cancel()
        closeTimer = nil
        if let client {
            route.sweeper.forget(client)
            client.finish()
            _ = pump?.push(.end)
            route.connections.leave()
        }
        // The pump reaches back to this handler to close; it lives on only while it drains.
        pump = nil
        client = nil
        context.fireChannelInactive()
    }
}

/// Refuses the frames a browser never sends (RFC 6455 §5.1, §5.2): unmasked ones, and ones with
/// reserved bits set when no extension was agreed. It stands in front of the aggregator, which
/// joins fragments into a frame of its own, unmasked.
final class BrowserFrameCheck: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = WebSocketFrame
    typealias InboundOut = WebSocketFrame

    struct Refusal: Error {}

    private var refused = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        // After a refusal only the browser's answering close is read.
        guard !refused || (frame.opcode == .connectionClose && frame.maskKey != nil) else { return }
        guard frame.maskKey != nil, !frame.rsv1, !frame.rsv2, !frame.rsv3 else {
            // Nothing after it is read: ``StreamFrameHandler`` closes with 1002.
            refused = true
            context.fireErrorCaught(Refusal())
            return
        }
        context.fireChannelRead(data)
    }
}
