import NIOWebSocket
import Synchronization

/// Hands one connection's messages to its ``StreamConnection`` one at a time, in the order they
/// arrived, from the event loop that reads them.
///
/// A task runs only while messages wait, and ends when they are handled: an idle connection holds
/// none. Reading pauses while ``maxWaiting`` messages wait, so a client that sends faster than
/// its messages are handled fills its own socket, not the server's memory.
final class InboundPump: Sendable {
    enum Item: Sendable {
        case message(InboundMessage)
        /// The socket closed: the session is detached after the messages before it.
        case end
    }

    /// Messages that may wait before reading pauses.
    static let maxWaiting = 32

    private struct State {
        var waiting: [Item] = []
        var draining = false
        var readingPaused = false
        /// Set by a verdict that closes the connection: what still waits is dropped.
        var closed = false
    }

    private let state = Mutex(State())
    private let connection: StreamConnection
    private let resumeReading: @Sendable () -> Void
    private let close: @Sendable (WebSocketErrorCode, _ reason: String) -> Void

    /// - Parameters:
    ///   - resumeReading: called when the messages that paused reading have been handled.
    ///   - close: called with the code and reason of a verdict that closes the connection; later
    ///     messages are dropped.
    init(
        connection: StreamConnection, resumeReading: @escaping @Sendable () -> Void,
        close: @escaping @Sendable (WebSocketErrorCode, _ reason: String) -> Void
    ) {
        self.connection = connection
        self.resumeReading = resumeReading
        self.close = close
    }

    /// Queues `item`; `true` when reading should pause (the caller pauses it).
    func push(_ item: Item) -> Bool {
        let (start, pause) = state.withLock { state -> (Bool, Bool) in
            state.waiting.append(item)
            let start = !state.draining
            state.draining = true
            let pause = !state.readingPaused && state.waiting.count >= Self.maxWaiting
            if pause { state.readingPaused = true }
            return (start, pause)
        }
        if start { Task { await self.drain() } }
        return pause
    }

    private func drain() async {
        while let item = next() {
            switch item {
            case .end:
                await connection.end()
            case .message(let message):
                if case .close(let code, let reason) = await connection.receive(message) {
                    // Detach the session first: a tab that reconnects at once must find it free to resume.
                    state.withLock { $0.closed = true }
                    await connection.end()
                    close(code, reason)
                }
            }
        }
    }

    /// The next item to handle; `nil` ends this drain, and resumes reading if it was paused.
    private func next() -> Item? {
        let (item, resume) = state.withLock { state -> (Item?, Bool) in
            if state.closed { state.waiting.removeAll() }
            guard !state.waiting.isEmpty else {
                state.draining = false
                let resume = state.readingPaused
                state.readingPaused = false
                return (nil, resume)
            }
            return (state.waiting.removeFirst(), false)
        }
        if resume { resumeReading() }
        return item
    }
}
