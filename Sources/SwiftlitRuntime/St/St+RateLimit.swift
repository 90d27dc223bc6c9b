extension St {
    /// Admits an expensive call (an LLM request) if the session's bucket and the app's shared
    /// budgets allow it, charging `cost`; otherwise draws a friendly warning here and returns
    /// `false`, charging nothing.
    ///
    /// The warning says which limit and how long to wait: "You are sending messages faster than
    /// this app allows. Try again in 12 seconds." or "This app has used its budget for today. Try
    /// again in 3 hours." Time comes from the server's clock, so an `AppTest` advances it.
    ///
    /// ```swift
    /// let limiter = RateLimiter(
    ///     perSession: .tokenBucket(capacity: 5, refillEvery: .seconds(12)), global: .calls(1_000, per: .day))
    ///
    /// if let prompt = st.chatInput("Say something"), st.rateLimit(limiter) {
    ///     st.write(try await llm.reply(to: prompt))
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - cost: Tokens the call takes from the bucket and counts against `calls` budgets (0 or more).
    ///   - key: Whose bucket to draw from; `nil` is this session's own, which the browser cannot
    ///     forge or reset. Pass a signed-in user's id to share one bucket across their tabs.
    ///   - showsWarning: Whether a refusal draws the warning (pass `false` to draw your own from
    ///     ``rateLimitStatus(_:key:)``).
    /// - Returns: Whether the call may go ahead; `false` as well, charging nothing, in a run that
    ///   a newer interaction has stopped.
    public func rateLimit(
        _ limiter: RateLimiter, cost: Int = 1, key: RateLimitKey? = nil, showsWarning: Bool = true
    ) -> Bool {
        guard cost >= 0 else {
            reportMisuse(.badWidgetArgument("st.rateLimit", "cost is \(cost); pass 0 or more tokens."))
            return false
        }
        // A run a newer interaction stopped draws nothing more and its calls are cancelled:
        // admitting it would charge for an answer nobody sees.
        guard !run.withBuilder({ $0.halted }) else { return false }
        let decision = limiter.acquire(cost: cost, for: rateLimitKey(key, limiter), at: run.clock.now)
        guard case .limited(let refusal) = decision else { return true }
        if showsWarning { warning(refusal.message, icon: "⏳") }
        return false
    }

    /// Counts the LLM tokens a call used against the limiter's `tokens` budgets, once the answer
    /// says how many.
    ///
    /// ```swift
    /// let reply = try await llm.complete(prompt)
    /// st.recordUsage(limiter, tokens: reply.usage.totalTokens)
    /// ```
    public func recordUsage(_ limiter: RateLimiter, tokens: Int) {
        limiter.record(tokens: tokens, at: run.clock.now)
    }

    /// What is left of this session's bucket (or `key`'s) and of each shared budget; charges
    /// nothing.
    ///
    /// ```swift
    /// let left = st.rateLimitStatus(limiter)
    /// st.caption("\(left.sessionRemaining ?? 0) messages left right now")
    /// ```
    public func rateLimitStatus(_ limiter: RateLimiter, key: RateLimitKey? = nil) -> RateLimitStatus {
        limiter.status(for: rateLimitKey(key, limiter), at: run.clock.now)
    }

    /// `key`, or this session's own key (registering the limiter to release it when the session ends).
    private func rateLimitKey(_ key: RateLimitKey?, _ limiter: RateLimiter) -> RateLimitKey {
        if let key { return key }
        let seat = run.withBuilder { $0.core.rateLimits }
        seat.use(limiter)
        return seat.key
    }
}
