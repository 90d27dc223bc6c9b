import Hummingbird
import HummingbirdWebSocket
import NIOCore

/// The request context of WebSocket upgrades: Hummingbird's, plus a way to drop the connection at
/// once, for a browser that stopped reading (a close frame would wait behind the data it does not
/// read).
struct StreamRequestContext: RequestContext, WebSocketRequestContext {
    var coreContext: CoreRequestContextStorage
    let webSocket: WebSocketHandlerReference<Self>
    /// Closes the connection's socket. It holds the channel weakly: Hummingbird keeps every upgrade's
    /// context in a reference cycle (context → handler box → context), so a strong reference
    /// would keep each closed connection's whole channel alive.
    let dropConnection: @Sendable () -> Void

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        webSocket = .init()
        let channel = source.channel
        dropConnection = { [weak channel] in channel?.close(promise: nil) }
    }
}
