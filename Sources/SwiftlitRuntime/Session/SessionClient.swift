public import SwiftlitProtocol

/// Where a session's messages go: a WebSocket in the server, memory in `AppTest`.
///
/// This is the runtime's only seam to the outside world; the runtime itself does no I/O.
public protocol SessionClient: Sendable {
    /// Delivers one message. Called in the order messages must arrive; must not block (queue
    /// the message and return).
    func send(_ message: ServerMessage)
}

/// A client that drops everything: a session's client while its browser is away.
struct DisconnectedClient: SessionClient {
    func send(_ message: ServerMessage) {}
}
