import Foundation
import Logging
import NIOCore
import NIOWebSocket
import Synchronization
import SwiftlitProtocol
import SwiftlitRuntime

/// A session's link to its WebSocket: messages are encoded in order and written to the channel,
/// so sending never blocks a run.
///
/// What the socket has not taken yet is bounded (``ConnectionLimits``): when a browser stops
/// reading (too much waits, or nothing has been written for a while), nothing more is sent and
/// the connection is dropped; memory stays flat.
final class WebSocketSessionClient: SessionClient {
    private struct Queue {
        var encoder = MessageCoding.makeEncoder()
        /// The run messages this socket's browser keeps, so the same changes can travel as a slot number.
        var kept = KeptChangesLedger()
        /// Messages and bytes handed to the channel so far.
        var sentMessages = 0
        var sentBytes = 0
        var stopped = false
        /// When something was last sent to the browser: a quiet connection gets a ping.
        var lastSent = ContinuousClock.now
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

        /// Marks the browser as gone when too much waits unwritten or nothing was written for too
        /// long; `true` the one time that happens.
        mutating func overflows(written: Written, at now: ContinuousClock.Instant) -> Bool {
            guard !stopped else { return false }
            let messages = sentMessages - written.messages
            stopped =
                messages > ConnectionLimits.maxQueuedMessages || sentBytes - written.bytes > ConnectionLimits.maxQueuedBytes
                || (messages > 0 && written.progress.duration(to: now) > ConnectionLimits.maxWriteStall)
            return stopped
        }
    }

    /// What the socket has taken. Kept apart from ``Queue``: a write completes on the event loop,
    /// which must not wait for a sender holding the queue's lock.
    private struct Written {
        var messages = 0
        var bytes = 0
        /// When a write last completed, or something was sent while nothing waited.
        var progress = ContinuousClock.now
    }

    private let channel: any Channel
    private let queue = Mutex(Queue())
    private let written = Mutex(Written())
    private let logger: Logger

    init(channel: any Channel, logger: Logger) {
        self.channel = channel
        self.logger = logger
    }

    func send(_ message: ServerMessage) {
        let stalled = queue.withLock { queue -> Bool in
            guard !queue.stopped else { return false }
            // Encoding and writing here, under the lock, keeps messages in order and gives their exact size.
            guard let data = queue.encode(message) else {
                assertionFailure("a server message failed to encode: \(message)")
                return false
            }
            let now = ContinuousClock.now
            let done = written.withLock { written in
                if written.messages == queue.sentMessages { written.progress = now }
                return written
            }
            queue.sentMessages += 1
            queue.sentBytes += data.count
            queue.lastSent = now
            guard !queue.overflows(written: done, at: now) else { return true }
            write(WebSocketFrame(fin: true, opcode: .text, data: channel.allocator.buffer(bytes: data)), bytes: data.count)
            return false
        }
        if stalled { stop() }
    }

    private func write(_ frame: WebSocketFrame, bytes: Int) {
        channel.writeAndFlush(frame).whenSuccess { [self] in
            self.written.withLock { written in
                written.messages += 1
                written.bytes += bytes
                written.progress = .now
            }
        }
    }

    /// What ``ConnectionSweeper`` does each tick: drops a browser that has read nothing for
    /// ``ConnectionLimits/maxWriteStall`` while messages wait, even when nothing new is sent
    /// (``send(_:)`` checks only as it sends), and pings a connection that has been quiet for
    /// `pingAfter` (plus this connection's share of the spread).
    func sweep(at now: ContinuousClock.Instant, pingAfter interval: Duration, spread: Duration) {
        let stalled = queue.withLock { queue -> Bool in
            if queue.overflows(written: written.withLock { $0 }, at: now) { return true }
            guard !queue.stopped, queue.lastSent.duration(to: now) >= interval + spread * queue.pingDelay
            else { return false }
            queue.lastSent = now
            channel.writeAndFlush(WebSocketFrame(fin: true, opcode: .ping, data: ByteBuffer()), promise: nil)
            return false
        }
        if stalled { stop() }
    }

    /// The browser stopped reading: nothing more is sent, and its socket is dropped. A close frame
    /// would queue behind what the browser does not read.
    private func stop() {
        logger.warning(
            "dropped a connection whose browser stopped reading (\(ConnectionLimits.maxQueuedMessages) messages, \(ConnectionLimits.maxQueuedBytes >> 20) MiB or \(ConnectionLimits.maxWriteStall) unwritten)"
        )
        drop()
    }

    /// Closes the socket without a close frame.
    func drop() { channel.close(promise: nil) }

    /// The socket closed: nothing more is sent.
    func finish() { queue.withLock { $0.stopped = true } }
}
