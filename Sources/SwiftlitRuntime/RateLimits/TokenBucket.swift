/// One session's bucket, kept as the single instant at which it will be full again (the
/// "generic cell rate algorithm"): O(1) state, exact arithmetic on `Duration`, and a bucket that
/// is full carries no information, so it can be forgotten.
struct TokenBucket: Sendable {
    /// When the bucket is full again; at or before now means it is full.
    var fullAt: Duration = .zero

    /// The wait until `cost` tokens are in the bucket: zero when they are there now; `nil` when
    /// the bucket can never hold that many.
    func wait(for cost: Int, under limit: SessionLimit, at now: Duration) -> Duration? {
        guard cost <= limit.capacity else { return nil }
        let debt = max(fullAt, now) + limit.refillInterval * cost - now
        let allowed = limit.refillInterval * limit.capacity
        return debt <= allowed ? .zero : debt - allowed
    }

    /// Takes `cost` tokens (call after ``wait(for:under:at:)`` said zero).
    mutating func take(_ cost: Int, under limit: SessionLimit, at now: Duration) {
        fullAt = max(fullAt, now) + limit.refillInterval * cost
    }

    /// Whole tokens in the bucket now.
    func remaining(under limit: SessionLimit, at now: Duration) -> Int {
        let missing = max(fullAt - now, .zero)
        let missingTokens = Int((missing / limit.refillInterval).rounded(.up))
        return max(0, limit.capacity - missingTokens)
    }

    func isFull(at now: Duration) -> Bool { fullAt <= now }
}
