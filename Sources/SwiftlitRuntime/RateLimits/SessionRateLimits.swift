import Synchronization

/// A session's place in every ``RateLimiter`` it has called: its key, which the server makes and
/// the browser never sees, and the limiters to release it from when the session ends.
package final class SessionRateLimits: Sendable {
    package let key = RateLimitKey(SecretID.make())
    private let limiters = Mutex<[ObjectIdentifier: RateLimiter]>([:])

    package init() {}

    /// Remembers `limiter`, so that the session's bucket there goes when the session does.
    func use(_ limiter: RateLimiter) { limiters.withLock { $0[ObjectIdentifier(limiter)] = limiter } }

    /// Releases the session's bucket in every limiter it used; called as the session ends.
    package func release() {
        let used = limiters.withLock { limiters in
            defer { limiters = [:] }
            return Array(limiters.values)
        }
        for limiter in used { limiter.release(key) }
    }

    deinit { release() }
}
