import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOWebSocket
import SwiftlitProtocol
import SwiftlitRuntime

/// The `_stcore/stream` WebSocket: one per browser tab.
struct StreamRoute: Sendable {
    let registry: SessionRegistry
    let configuration: SwiftlitConfiguration
    let policy: RequestOriginPolicy
    let connections: ConnectionCounter
    let sweeper: ConnectionSweeper
    let logger: Logger

    /// The stream's path below `server.baseUrlPath`.
    static let path = "_stcore/stream"

    /// Whether to upgrade a connection's first request to the stream, on its event loop.
    /// ``UpgradeGate`` has already answered a refused one (403, 503); the checks repeat here because
    /// the server may have filled up since, and such an upgrade is answered with 400. A later
    /// request on a kept-alive connection is not upgraded (``StreamChildChannel``).
    ///
    /// Upgrades are decided here rather than by a router: Hummingbird's router keeps each upgrade's
    /// request context in a reference cycle, which leaked about half a kilobyte per connection.
    func accepts(_ head: HTTPRequestHead) -> Bool {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        let base = configuration.baseUrlPath
        return path == (base.isEmpty ? "/\(Self.path)" : "/\(base)/\(Self.path)")
            && refuseUpgrade(host: head.headers.first(name: "host"), origin: head.headers.first(name: "origin")) == nil
    }

    /// Puts the stream's handlers on an upgraded channel: from here on the connection is served by
    /// them, with no task of its own (``StreamChildChannel``).
    func attach(to channel: any Channel, head: HTTPRequestHead) throws {
        Self.dropWhenUnacknowledged(channel, after: sweeper.pingInterval, logger: logger)
        let limit = configuration.webSocketReadLimit
        try channel.pipeline.syncOperations.addHandlers(
            BrowserFrameCheck(),
            NIOWebSocketFrameAggregator(
                minNonFinalFragmentSize: 1, maxAccumulatedFrameCount: ConnectionLimits.maxFragments,
                maxAccumulatedFrameSize: limit),
            StreamFrameHandler(
                route: self, facts: UpgradeFacts(head: head, remote: channel.remoteAddress), admitted: connections.enter()))
    }

    /// Sets `TCP_USER_TIMEOUT`, so that the kernel closes the connection when what the server sent
    /// (a ping, at the latest) stays unacknowledged for `timeout`: a browser that vanished without
    /// closing (a sleeping laptop, a dropped network) does not hold its session for the 15 minutes
    /// of TCP's own retries. Where the option does not exist, TCP's retries decide.
    private static func dropWhenUnacknowledged(_ channel: any Channel, after timeout: Duration, logger: Logger) {
        #if os(Linux)
            let milliseconds = timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000
            do {
                try channel.syncOptions?.setOption(
                    ChannelOptions.tcpOption(.init(rawValue: CInt(TCP_USER_TIMEOUT))), value: Int(milliseconds))
            } catch {
                logger.debug("could not set TCP_USER_TIMEOUT: \(error)")
            }
        #endif
    }

    /// Answers a GET of the stream path that is not upgraded (no `Upgrade`, or a later request on a
    /// kept-alive connection): 403 for a foreign origin, 503 when full, 426 otherwise.
    func registerRefusals(on group: RouterGroup<BasicRequestContext>) {
        let route = self
        group.get(RouterPath(Self.path)) { request, _ -> Response in
            if let refusal = route.refuseUpgrade(host: request.head.authority, origin: request.headers[.origin]) {
                throw HTTPError(refusal.status, message: refusal.reason)
            }
            throw HTTPError(.upgradeRequired, message: "this path speaks WebSocket only")
        }
    }

    /// Why an upgrade with these headers is refused, and with which status, logged once; `nil` when
    /// it may proceed. ``UpgradeGate``, ``upgrade(_:channel:)`` and the plain-GET route all ask here.
    func refuseUpgrade(host: String?, origin: String?) -> (status: HTTPResponse.Status, reason: String)? {
        let refusal: (status: HTTPResponse.Status, reason: String)
        if let forbidden = policy.checkHost(host) ?? policy.checkOrigin(origin, host: host) {
            refusal = (.forbidden, forbidden.reason)
        } else if connections.isFull {
            refusal = (.serviceUnavailable, "too many connections (server.maxConnections); try again later")
        } else {
            return nil
        }
        logger.warning("refused a WebSocket upgrade (\(refusal.status.code)): \(ClientText.forLog(refusal.reason, limit: 300))")
        return refusal
    }
}

/// One connection's state: which session it is attached to, and how each message is handled.
actor StreamConnection {
    enum Verdict: Sendable { case keepOpen, close(WebSocketErrorCode, reason: String) }

    private let registry: SessionRegistry
    private let client: WebSocketSessionClient
    /// The upgrade request's headers and remote address, for `st.context`.
    private let facts: UpgradeFacts
    private let maxMessageSize: Int
    private let logger: Logger
    private let decoder = MessageCoding.makeDecoder()
    private var session: Session?
    private var rateLimiter: MessageRateLimiter
    /// When the client was last told it sends too fast: once a second is enough.
    private var lastRateWarning: ContinuousClock.Instant?

    init(
        registry: SessionRegistry, client: WebSocketSessionClient, facts: UpgradeFacts, maxMessageSize: Int,
        rateLimiter: MessageRateLimiter, logger: Logger
    ) {
        self.registry = registry
        self.client = client
        self.facts = facts
        self.maxMessageSize = maxMessageSize
        self.rateLimiter = rateLimiter
        self.logger = logger
    }

    /// Handles one message; a problem is reported to this client only, and the connection stays up
    /// unless the message was too large.
    func receive(_ message: InboundMessage) async -> Verdict {
        let now = ContinuousClock.now
        guard rateLimiter.admit(at: now) else {
            if lastRateWarning.map({ $0.duration(to: now) >= .seconds(1) }) ?? true {
                lastRateWarning = now
                refuse(.rateLimited, "too many messages; this one and others were ignored (server.maxMessagesPerSecond)")
            }
            return .keepOpen
        }
        guard case .text(let text) = message else {
            refuse(.malformedMessage, "binary frames are not part of the protocol; send JSON text frames")
            return .keepOpen
        }
        let size = text.utf8.count
        guard size <= maxMessageSize else {
            refuse(.messageTooLarge, "a \(size)-byte message exceeds server.maxMessageSize (\(maxMessageSize) bytes)")
            return .close(.messageTooLarge, reason: "message too large")
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
            guard
                let opened = await registry.open(
                    resuming: hello.sessionId, client: client, widgets: hello.widgets, location: hello.location,
                    connection: facts.connection(for: hello))
            else {
                refuse(.serverBusy, "the server holds as many sessions as it may (server.maxSessions); try again later")
                return .close(.unknown(1013), reason: "server busy")
            }
            session = opened.session
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
        case .stop(let stop):
            guard let session else {
                refuse(.notReady, "send hello before stop")
                return .keepOpen
            }
            await session.stop(stop)
        }
        return .keepOpen
    }

    /// The socket closed: detach the session so a reconnect can resume it.
    func end() async {
        if let session { await registry.close(session) }
        session = nil
    }

    private func refuse(_ code: ProtocolErrorCode, _ message: String) {
        logger.notice("refused a client message (\(code.rawValue)): \(ClientText.forLog(message, limit: 300))")
        // Decoding errors quote the client's own keys: echo no more of them than a person reads.
        client.send(.error(ProtocolErrorMessage(code: code, message: ClientText.forLog(message, limit: 1000))))
    }
}
