import Synchronization

/// Keeps LLM costs in check: a token bucket per session and budgets every session shares.
///
/// Make one per app, outside the app body, so that every session of the server meets the same
/// budgets, and put `st.rateLimit(_:cost:)` in front of each expensive call:
///
/// ```swift
/// let limiter = RateLimiter(
///     perSession: .tokenBucket(capacity: 5, refillEvery: .seconds(12)),
///     global: .calls(1_000, per: .day), .tokens(500_000, per: .day))
///
/// try await Swiftlit.serve { st in
///     if let prompt = st.chatInput("Ask me"), st.rateLimit(limiter) {
///         let reply = try await llm.complete(prompt)
///         st.recordUsage(limiter, tokens: reply.usage.totalTokens)
///         st.write(reply.text)
///     }
/// }
/// ```
///
/// A session's bucket lives on the server, keyed by the session, and is released when the
/// session ends; a new tab starts with a full bucket, which is why the shared budgets are the
/// hard cap. Time comes from the caller (`st` passes the server's clock), so a test advances a
/// `TestClock` instead of waiting.
public final class RateLimiter: Sendable {
    /// The per-session bucket, if any.
    public let perSession: SessionLimit?
    /// The budgets every session shares.
    public let budgets: [UsageBudget]

    private struct State {
        var buckets: [RateLimitKey: TokenBucket] = [:]
        var windows: [SlidingWindow]
        /// The bucket count at which the next sweep of full buckets happens.
        var sweepAt = 64
    }

    private let state: Mutex<State>

    /// A limiter with a per-session bucket (or none) and any number of shared budgets.
    public convenience init(perSession: SessionLimit? = nil, global budgets: UsageBudget...) {
        self.init(perSession: perSession, global: budgets)
    }

    /// A limiter with a per-session bucket (or none) and the shared budgets in `budgets`.
    public init(perSession: SessionLimit? = nil, global budgets: [UsageBudget]) {
        self.perSession = perSession
        self.budgets = budgets
        state = Mutex(State(windows: budgets.map { SlidingWindow(period: $0.period.duration) }))
    }

    /// Admits and charges a call of `cost` for `key` at `now`, or refuses it and charges nothing.
    ///
    /// The call must fit the key's bucket and every `calls` budget, and each `tokens` budget must
    /// have something left. When several limits refuse, the one that frees up last is reported.
    public func acquire(cost: Int = 1, for key: RateLimitKey, at now: Duration) -> RateLimitDecision {
        let cost = max(0, cost)
        return state.withLock { state in
            var refusals: [RateLimitRefusal] = []
            if let limit = perSession {
                let bucket = state.buckets[key] ?? TokenBucket()
                let wait = bucket.wait(for: cost, under: limit, at: now)
                if wait != .zero { refusals.append(RateLimitRefusal(limit: .session(limit), retryAfter: wait)) }
            }
            for (index, budget) in budgets.enumerated() {
                let amount = budget.unit == .calls ? cost : 1
                let wait = state.windows[index].wait(toFit: amount, limit: budget.limit, at: now)
                if wait != .zero { refusals.append(RateLimitRefusal(limit: .budget(budget), retryAfter: wait)) }
            }
            // A refusal without a retry time (a cost the limit can never hold) outranks any wait.
            let never = Duration.seconds(Int64.max)
            if let worst = refusals.max(by: { ($0.retryAfter ?? never) < ($1.retryAfter ?? never) }) {
                return .limited(worst)
            }
            if let limit = perSession {
                state.buckets[key, default: TokenBucket()].take(cost, under: limit, at: now)
                sweepFullBuckets(&state, at: now)
            }
            for (index, budget) in budgets.enumerated() where budget.unit == .calls {
                state.windows[index].add(cost, at: now)
            }
            return .allowed
        }
    }

    /// Counts `tokens` an LLM call used against every `tokens` budget, once the answer says how
    /// many; the call was admitted before its size was known, so this never refuses.
    public func record(tokens: Int, at now: Duration) {
        guard tokens > 0 else { return }
        state.withLock { state in
            for (index, budget) in budgets.enumerated() where budget.unit == .tokens {
                state.windows[index].add(tokens, at: now)
            }
        }
    }

    /// What is left for `key` and of each shared budget at `now`; charges nothing.
    public func status(for key: RateLimitKey, at now: Duration) -> RateLimitStatus {
        state.withLock { state in
            let bucket = state.buckets[key] ?? TokenBucket()
            return RateLimitStatus(
                sessionRemaining: perSession.map { bucket.remaining(under: $0, at: now) },
                sessionFullIn: max(bucket.fullAt - now, .zero),
                budgets: budgets.indices.map { index in
                    BudgetStatus(
                        budget: budgets[index], used: state.windows[index].used(at: now),
                        nextReleaseIn: state.windows[index].nextRelease(at: now))
                })
        }
    }

    /// Forgets `key`'s bucket: the runtime calls it when a session ends.
    public func release(_ key: RateLimitKey) { state.withLock { _ = $0.buckets.removeValue(forKey: key) } }

    /// How many buckets the limiter holds (sessions or keys that are not full). For tests and
    /// monitoring.
    public var trackedKeyCount: Int { state.withLock { $0.buckets.count } }

    /// Drops buckets that have refilled (they hold nothing a fresh bucket does not), once the
    /// count has doubled since the last sweep: keys the app names itself are never released by a
    /// session ending, and this keeps them from piling up at O(1) amortised cost.
    private func sweepFullBuckets(_ state: inout State, at now: Duration) {
        guard state.buckets.count >= state.sweepAt else { return }
        state.buckets = state.buckets.filter { !$0.value.isFull(at: now) }
        state.sweepAt = max(64, state.buckets.count * 2)
    }
}
