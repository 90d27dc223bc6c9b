import Foundation
import Synchronization
import SwiftlitProtocol
import SwiftlitRuntime

/// A session's link to its WebSocket: messages are encoded and queued in order, and written by
/// the connection's writer task, so sending never blocks a run.
///
/// The queue is bounded (``ConnectionLimits``): when a browser stops reading (too much waits, or
/// nothing has been written for a while), the queue stops growing, the stream ends, and the
/// connection is dropped; memory stays flat.
final class WebSocketSessionClient: SessionClient {
    /// What the writer sends: a message, or a ping (``ConnectionSweeper``).
    enum Outbound: Sendable {
        case text(String)
        case ping
    }

    private struct Queue {
        var encoder = MessageCoding.makeEncoder()
        /// The run messages this socket's browser keeps, so the same changes can travel as a slot number.
        var kept = KeptChangesLedger()
        var messages = 0
        var bytes = 0
        var overflowed = false
        /// When the writer last finished a message, or the queue last became non-empty.
        var progress = ContinuousClock.now
        /// When something was last queued for the browser: a quiet connection gets a ping.
        var lastQueued = ContinuousClock.now
        /// How much later than the ping interval this connection is pinged, so that connections
        /// that fell quiet together are not all pinged in the same tick.
        let pingDelay = Double.random(in: 0..<1)

        /// The message's bytes: a run message whose changes the browser kept becomes a slot number,
        /// and a large new one is marked for keeping.
        mutating func encode(_ message: ServerMessage) -> Data? {
            guard let data = try? encoder.encode(message) else { return nil }
            guard message.runOps != nil, KeptChangesLedger.mayKeep(bytes: data.count),
                let ops = KeptChanges.encodedOperations(in: data)
            else { return data }
            let fingerprint = KeptChangesLedger.Fingerprint(of: ops)
            if let slot = kept.slot(holding: fingerprint) { return try? encoder.encode(message.replaying(slot)) }
            guard let slot = kept.slot(toKeep: fingerprint, bytes: data.count) else { return data }
            return KeptChanges.marking(data, keptIn: slot)
        }

        /// Marks the browser as gone when too much waits or nothing was written for too long;
        /// `true` the one time that happens.
        mutating func overflows(at now: ContinuousClock.Instant) -> Bool {
            guard !overflowed else { return false }
            overflowed =
                messages > ConnectionLimits.maxQueuedMessages || bytes > ConnectionLimits.maxQueuedBytes
                || (messages > 0 && progress.duration(to: now) > ConnectionLimits.maxWriteStall)
            return overflowed
        }
    }

    let stream: AsyncStream<Outbound>
    private let continuation: AsyncStream<Outbound>.Continuation
    private let queue = Mutex(Queue())
    /// Called once when the browser counts as gone. The writer cannot notice by itself: it is
    /// suspended in a write that the full socket never completes.
    private let onStall: @Sendable () -> Void

    init(onStall: @escaping @Sendable () -> Void) {
        (stream, continuation) = AsyncStream<Outbound>.makeStream()
        self.onStall = onStall
    }

    func send(_ message: ServerMessage) {
        let stalled = queue.withLock { queue -> Bool in
            guard !queue.overflowed else { return false }
            // Encoding here, under the lock, keeps messages in order and gives their exact size.
            guard let data = queue.encode(message) else {
                assertionFailure("a server message failed to encode: \(message)")
                return false
            }
            let now = ContinuousClock.now
            if queue.messages == 0 { queue.progress = now }
            queue.messages += 1
            queue.bytes += data.count
            queue.lastQueued = now
            guard !queue.overflows(at: now) else { return true }
            continuation.yield(.text(String(decoding: data, as: UTF8.self)))
            return false
        }
        if stalled { stop() }
    }

    /// What ``ConnectionSweeper`` does each tick: drops a browser that has read nothing for
    /// ``ConnectionLimits/maxWriteStall`` while messages wait, even when nothing new is sent
    /// (``send(_:)`` checks only as it sends), and pings a connection that has been quiet for
    /// `pingAfter` (plus this connection's share of the spread).
    func sweep(at now: ContinuousClock.Instant, pingAfter interval: Duration, spread: Duration) {
        let stalled = queue.withLock { queue -> Bool in
            if queue.overflows(at: now) { return true }
            guard !queue.overflowed, queue.lastQueued.duration(to: now) >= interval + spread * queue.pingDelay
            else { return false }
            queue.lastQueued = now
            continuation.yield(.ping)
            return false
        }
        if stalled { stop() }
    }

    /// The browser is gone: nothing more is queued, and its socket is dropped.
    private func stop() {
        continuation.finish()
        onStall()
    }

    /// The writer wrote `text`.
    func written(_ text: String) {
        queue.withLock { queue in
            queue.messages -= 1
            queue.bytes -= text.utf8.count
            queue.progress = .now
        }
    }

    /// Ends the stream once what is queued has been written: nothing more is sent.
    func finish() { continuation.finish() }
}
