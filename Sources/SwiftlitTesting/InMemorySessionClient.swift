import Synchronization
public import SwiftlitProtocol
public import SwiftlitRuntime

/// A session client that keeps every message in memory, in order: the browser of `AppTest`.
public final class InMemorySessionClient: SessionClient {
    private let inbox = Mutex<[ServerMessage]>([])

    /// An empty client.
    public init() {}

    public func send(_ message: ServerMessage) { inbox.withLock { $0.append(message) } }

    /// Removes and returns the messages received so far.
    public func drain() -> [ServerMessage] { inbox.withLock { messages in defer { messages = [] }; return messages } }
}
