import SwiftlitProtocol
import SwiftlitRuntime

/// A session's link to its WebSocket: messages are queued in order and written by the
/// connection's writer task, so sending never blocks a run.
struct WebSocketSessionClient: SessionClient {
    let continuation: AsyncStream<ServerMessage>.Continuation

    func send(_ message: ServerMessage) { continuation.yield(message) }
}
