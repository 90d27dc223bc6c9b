/// How fast one session may call: a token bucket.
///
/// The bucket holds up to `capacity` tokens and starts full; each call takes its cost in tokens
/// and one token comes back every `refillInterval`. A visitor can send a burst of `capacity`
/// messages, then one per interval.
///
/// ```swift
/// .tokenBucket(capacity: 5, refillEvery: .seconds(12))   // bursts of 5, then 5 a minute
/// .requests(5, per: .minute)                              // the same
/// ```
public struct SessionLimit: Sendable, Hashable {
    /// The most tokens the bucket holds: the longest burst.
    public let capacity: Int
    /// How long one token takes to come back.
    public let refillInterval: Duration

    /// A bucket of `capacity` tokens (at least 1) that gets one back every `interval` (more than
    /// zero). Values out of range are raised to the smallest that works.
    public static func tokenBucket(capacity: Int, refillEvery interval: Duration) -> SessionLimit {
        SessionLimit(capacity: max(1, capacity), refillInterval: max(interval, .nanoseconds(1)))
    }

    /// `count` calls per `period`, of which all may come at once: a bucket of `count` tokens
    /// that refills one every `period / count`.
    public static func requests(_ count: Int, per period: BudgetPeriod) -> SessionLimit {
        let count = max(1, count)
        return tokenBucket(capacity: count, refillEvery: period.duration / count)
    }
}

/// A limit every session of the server shares: at most `limit` calls (or LLM tokens) in any
/// `period`.
///
/// The window slides: what was spent leaves the count one period later (in steps of a sixtieth of
/// the period), so there is no midnight at which two days' worth can be spent in a minute.
///
/// ```swift
/// .calls(1_000, per: .day)        // each admitted st.rateLimit call counts its cost
/// .tokens(200_000, per: .day)     // counts what st.recordUsage(_:tokens:) reports
/// ```
public struct UsageBudget: Sendable, Hashable {
    /// What a budget counts.
    public enum Unit: String, Sendable, Hashable {
        /// Calls admitted by `st.rateLimit` (each counts its cost).
        case calls
        /// LLM tokens reported after a call with `st.recordUsage(_:tokens:)`; a call is admitted
        /// while any remain, since its size is known only once it has run.
        case tokens
    }

    public let unit: Unit
    /// How many calls or tokens fit in one period.
    public let limit: Int
    public let period: BudgetPeriod

    /// At most `limit` admitted calls in any `period`.
    public static func calls(_ limit: Int, per period: BudgetPeriod) -> UsageBudget {
        UsageBudget(unit: .calls, limit: max(1, limit), period: period)
    }

    /// At most `limit` LLM tokens in any `period`.
    public static func tokens(_ limit: Int, per period: BudgetPeriod) -> UsageBudget {
        UsageBudget(unit: .tokens, limit: max(1, limit), period: period)
    }
}

/// The length of a budget's window.
public struct BudgetPeriod: Sendable, Hashable {
    /// How long the window is.
    public let duration: Duration
    /// How the warning names the window ("today", "this hour").
    let phrase: String

    public static let minute = BudgetPeriod(duration: .seconds(60), phrase: "this minute")
    public static let hour = BudgetPeriod(duration: .seconds(3600), phrase: "this hour")
    public static let day = BudgetPeriod(duration: .seconds(86_400), phrase: "today")

    /// A window of any length (more than zero).
    public static func every(_ duration: Duration) -> BudgetPeriod {
        BudgetPeriod(duration: max(duration, .nanoseconds(60)), phrase: "now")
    }

    private init(duration: Duration, phrase: String) {
        self.duration = duration
        self.phrase = phrase
    }
}
