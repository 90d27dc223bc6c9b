import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Answers a refused WebSocket upgrade with a real status (403, 503) before Hummingbird sees it.
///
/// An upgrade that is declined is answered with a bare 400 (``StreamChildChannel``), so the checks
/// that refuse cross-site and over-limit upgrades run here, on the first request head of a
/// connection, in front of the HTTP decoder. ``StreamRoute/accepts(_:)`` repeats them as a second
/// line, and the stream's plain route answers requests that are not upgraded (no `Upgrade`, or a
/// later request on a kept-alive connection).
struct UpgradeGate: Sendable {
    /// Why an upgrade request with these headers is refused; `nil` lets it through.
    let refuse: @Sendable (_ host: String?, _ origin: String?) -> (status: HTTPResponse.Status, reason: String)?

    /// The server's child channel (HTTP/1 and the stream's WebSocket), with the gate in front.
    func server(stream: StreamRoute) -> HTTPServerBuilder {
        HTTPServerBuilder { httpResponder in
            GatedChildChannel(inner: StreamChildChannel(responder: httpResponder, stream: stream), gate: self)
        }
    }
}

private struct GatedChildChannel<Inner: ServerChildChannel>: ServerChildChannel {
    let inner: Inner
    let gate: UpgradeGate

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Inner.Value> {
        inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
            try channel.pipeline.syncOperations.addHandler(UpgradeGateHandler(gate: gate), position: .first)
            return value
        }
    }

    func handle(value: Inner.Value, logger: Logger) async { await inner.handle(value: value, logger: logger) }
}

/// Reads the first request head of a connection; refuses it, or passes every byte on and leaves.
private final class UpgradeGateHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// A head longer than this is not ours to judge: NIO's decoder refuses it on its own terms.
    private static let maxHeadBytes = 16 << 10

    private let gate: UpgradeGate
    private var buffered: ByteBuffer?

    init(gate: UpgradeGate) { self.gate = gate }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var bytes = unwrapInboundIn(data)
        var all = buffered ?? context.channel.allocator.buffer(capacity: bytes.readableBytes)
        all.writeBuffer(&bytes)
        let view = all.readableBytesView
        guard let end = view.firstRange(of: Array("\r\n\r\n".utf8)) else {
            if all.readableBytes <= Self.maxHeadBytes {
                buffered = all
            } else {
                pass(all, context: context)
            }
            return
        }
        let head = String(decoding: view[view.startIndex..<end.lowerBound], as: UTF8.self)
        if let (status, reason) = refusal(of: head) {
            respond(status: status, reason: reason, context: context)
        } else {
            pass(all, context: context)
        }
    }

    private func refusal(of head: String) -> (status: HTTPResponse.Status, reason: String)? {
        var fields: [String: String] = [:]
        for line in head.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            fields[name] = fields[name] ?? line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard fields["upgrade"]?.lowercased() == "websocket" else { return nil }
        return gate.refuse(fields["host"], fields["origin"])
    }

    private func pass(_ bytes: ByteBuffer, context: ChannelHandlerContext) {
        buffered = nil
        context.fireChannelRead(wrapInboundOut(bytes))
        context.pipeline.syncOperations.removeHandler(self, promise: nil)
    }

    private func respond(status: HTTPResponse.Status, reason: String, context: ChannelHandlerContext) {
        buffered = nil
        let body = reason + "\n"
        let response =
            "HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.utf8.count)\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n" + body
        let buffer = context.channel.allocator.buffer(string: response)
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
        context.close(promise: nil)
    }
}
