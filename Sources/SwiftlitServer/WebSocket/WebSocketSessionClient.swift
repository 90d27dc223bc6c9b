import Foundation
import Synchronization
import SwiftlitProtocol
import SwiftlitRuntime

/// A session's link to its WebSocket: messages are encoded and queued in order, and written by
/// the connection's writer task, so sending never blocks a run.
///
/// The queue is bounded (``ConnectionLimits``): when a browser stops reading, the queue stops
/// growing, the stream ends, and the connection is closed; memory stays flat.
final class WebSocketSessionClient: SessionClient {
    private struct Queue {
        var encoder = MessageCoding.makeEncoder()
        var messages = 0
        var bytes = 0
        var overflowed = false
    }

    let stream: AsyncStream<String>
    private let continuation: AsyncStream<String>.Continuation
    private let queue = Mutex(Queue())

    init() {
        (stream, continuation) = AsyncStream<String>.makeStream()
    }

    func send(_ message: ServerMessage) {
        queue.withLock { queue in
            guard !queue.overflowed else { return }
            // Encoding here, under the lock, keeps messages in order and gives their exact size.
            guard let data = try? queue.encoder.encode(message) else {
                assertionFailure("a server message failed to encode: \(message)")
                return
            }
            queue.messages += 1
            queue.bytes += data.count
            if queue.messages > ConnectionLimits.maxQueuedMessages || queue.bytes > ConnectionLimits.maxQueuedBytes {
                queue.overflowed = true
                continuation.finish()
                return
            }
            continuation.yield(String(decoding: data, as: UTF8.self))
        }
    }

    /// The writer wrote `text`.
    func written(_ text: String) {
        queue.withLock { queue in
            queue.messages -= 1
            queue.bytes -= text.utf8.count
        }
    }

    /// Whether the browser fell so far behind that the queue was closed.
    var overflowed: Bool { queue.withLock { $0.overflowed } }

    /// Ends the stream once what is queued has been written: nothing more is sent.
    func finish() { continuation.finish() }
}
