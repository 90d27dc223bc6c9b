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

extension InMemorySessionClient {
    /// Waits for the next `rows` answer (answers are computed off the session), dropping the
    /// messages before it; fails after `timeout`.
    public func nextRows(timeout: Duration = .seconds(10)) async throws -> ServerMessage.Rows {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            for message in drain() { if case .rows(let rows) = message { return rows } }
            try await Task.sleep(for: .milliseconds(2))
        }
        throw AppTestError.timeout(timeout)
    }
}
