import Synchronization

/// A session's place in every ``RateLimiter`` it has called: its key, which the server makes and
/// the browser never sees, and the limiters to release it from when the session ends.
package final class SessionRateLimits: Sendable {
    private struct State {
        /// Made at first use: a session of an app that limits nothing holds no key.
        var key: RateLimitKey?
        var limiters: [ObjectIdentifier: RateLimiter] = [:]
    }

    private let state = Mutex(State())

    package init() {}

    /// The session's key in every limiter.
    package var key: RateLimitKey {
        state.withLock { state in
            if let key = state.key { return key }
            let key = RateLimitKey(SecretID.make())
            state.key = key
            return key
        }
    }

    /// Remembers `limiter`, so that the session's bucket there goes when the session does.
    func use(_ limiter: RateLimiter) { state.withLock { $0.limiters[ObjectIdentifier(limiter)] = limiter } }

    /// Releases the session's bucket in every limiter it used; called as the session ends.
    package func release() {
        let (used, key) = state.withLock { state in
            defer { state.limiters = [:] }
            return (Array(state.limiters.values), state.key)
        }
        guard let key else { return }
        for limiter in used { limiter.release(key) }
    }

    deinit { release() }
}
