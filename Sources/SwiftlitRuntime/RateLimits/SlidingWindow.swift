/// What a ``UsageBudget`` has counted in its last period, in 60 slots: memory stays fixed however
/// many calls come, and an amount leaves the count one period after the slot it fell in.
struct SlidingWindow: Sendable {
    static let slotCount: Int64 = 60

    private let slotNanos: Int64
    /// Amounts by slot number (time / slot length), oldest first.
    private var slots: [(slot: Int64, amount: Int)] = []

    init(period: Duration) { slotNanos = max(1, period.nanoseconds / Self.slotCount) }

    /// What the window holds at `now`.
    mutating func used(at now: Duration) -> Int {
        prune(at: now)
        return slots.reduce(0) { $0 + $1.amount }
    }

    mutating func add(_ amount: Int, at now: Duration) {
        guard amount > 0 else { return }
        prune(at: now)
        let slot = slot(at: now)
        if let last = slots.last, last.slot == slot {
            let (sum, overflow) = last.amount.addingReportingOverflow(amount)
            slots[slots.count - 1].amount = overflow ? .max : sum
        } else {
            slots.append((slot, amount))
        }
    }

    /// The wait until `used + amount <= limit`: zero when it fits now, `nil` when it never will.
    mutating func wait(toFit amount: Int, limit: Int, at now: Duration) -> Duration? {
        guard amount <= limit else { return nil }
        var used = used(at: now)
        guard used + amount > limit else { return .zero }
        for entry in slots {
            used -= entry.amount
            if used + amount <= limit {
                return .nanoseconds((entry.slot + Self.slotCount) * slotNanos) - now
            }
        }
        return .zero
    }

    /// When the oldest amount leaves the window (`nil` when empty).
    mutating func nextRelease(at now: Duration) -> Duration? {
        prune(at: now)
        return slots.first.map { .nanoseconds(($0.slot + Self.slotCount) * slotNanos) - now }
    }

    private func slot(at now: Duration) -> Int64 { now.nanoseconds / slotNanos }

    private mutating func prune(at now: Duration) {
        let current = slot(at: now)
        // A slot from the future means the clock was replaced (a new server on the same limiter):
        // what was counted on the old clock cannot be placed on the new one.
        if let last = slots.last, last.slot > current { slots = [] }
        slots.removeAll { $0.slot <= current - Self.slotCount }
    }
}

extension Duration {
    /// Whole nanoseconds (saturating far beyond any clock a server runs for).
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? (seconds < 0 ? .min : .max) : scaled + attoseconds / 1_000_000_000
    }
}
