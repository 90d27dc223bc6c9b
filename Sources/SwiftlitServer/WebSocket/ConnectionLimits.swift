import Synchronization

/// Bounds on one WebSocket connection that are not options: generous for any real page, small
/// enough that a hostile or stuck client cannot exhaust the server.
enum ConnectionLimits {
    /// Messages queued for a browser that has not read them yet. A client that lets this many pile
    /// up has stopped reading (or cannot keep up with any page); it is disconnected.
    static let maxQueuedMessages = 2_000
    /// Bytes queued for a browser that has not read them yet.
    static let maxQueuedBytes = 16 << 20
    /// How long messages may wait with none of them written before the browser counts as gone:
    /// the socket's buffers are full and nothing drains them.
    static let maxWriteStall = Duration.seconds(10)
    /// Frames one message may be split into. Browsers send each message in one frame.
    static let maxFragments = 4_096
    /// How long the server waits for a client's close frame before dropping the connection.
    static let closeTimeout = Duration.seconds(5)
}

/// Counts open WebSocket connections against `server.maxConnections`.
final class ConnectionCounter: Sendable {
    let limit: Int
    private let open = Atomic<Int>(0)

    init(limit: Int) { self.limit = limit }

    var count: Int { open.load(ordering: .relaxed) }
    var isFull: Bool { count >= limit }

    /// Takes a place; `false` (taking nothing) when every place is taken.
    func enter() -> Bool {
        let after = open.wrappingAdd(1, ordering: .relaxed).newValue
        guard after <= limit else {
            open.wrappingSubtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func leave() { open.wrappingSubtract(1, ordering: .relaxed) }
}

/// A token bucket for `server.maxMessagesPerSecond`: `rate` messages a second on average, bursts
/// of twice that. A value type driven by the caller's clock readings, so tests need no waiting.
struct MessageRateLimiter: Sendable {
    private let rate: Double
    private let capacity: Double
    private var tokens: Double
    private var last: ContinuousClock.Instant?

    /// `rate` 0 means no limit.
    init(messagesPerSecond rate: Int) {
        self.rate = Double(rate)
        capacity = Double(rate) * 2
        tokens = capacity
    }

    /// Whether a message arriving at `now` may be handled; it spends a token if so.
    mutating func admit(at now: ContinuousClock.Instant) -> Bool {
        guard rate > 0 else { return true }
        if let last {
            let elapsed = last.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            tokens = min(capacity, tokens + max(0, seconds) * rate)
        }
        last = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
