/// Whether a call may go ahead, and if not why and for how long.
public enum RateLimitDecision: Sendable, Equatable {
    /// The call was admitted and charged.
    case allowed
    /// The call was refused and nothing was charged.
    case limited(RateLimitRefusal)

    public var isAllowed: Bool { self == .allowed }
}

/// Why a call was refused: which limit, and when a call of the same cost would pass.
public struct RateLimitRefusal: Sendable, Equatable {
    /// The limit that refused.
    public enum Limit: Sendable, Equatable {
        /// The session's token bucket is empty.
        case session(SessionLimit)
        /// The budget every session shares is spent.
        case budget(UsageBudget)
    }

    public let limit: Limit
    /// How long until a call of the same cost would pass; `nil` when it never will, because it
    /// costs more than the limit holds at all.
    public let retryAfter: Duration?

    public init(limit: Limit, retryAfter: Duration?) {
        self.limit = limit
        self.retryAfter = retryAfter
    }

    /// The warning `st.rateLimit` shows, e.g. "You are sending messages faster than this app
    /// allows. Try again in 12 seconds."
    public var message: String {
        let retry =
            retryAfter.map { "Try again in \(WaitText.phrase(for: $0))." } ?? "This request is larger than the limit."
        switch limit {
        case .session:
            return "You are sending messages faster than this app allows. \(retry)"
        case .budget(let budget):
            return "This app has used its budget for \(budget.period.phrase). \(retry)"
        }
    }
}

/// What is left of each limit, to show a visitor ("3 messages left").
public struct RateLimitStatus: Sendable, Equatable {
    /// Calls (of cost 1) the session may make at once; `nil` without a per-session limit.
    public var sessionRemaining: Int?
    /// How long until the session's bucket is full again (zero when it is).
    public var sessionFullIn: Duration
    /// Each shared budget, in the order the limiter was given them.
    public var budgets: [BudgetStatus]
}

/// One shared budget's use over its current window.
public struct BudgetStatus: Sendable, Equatable {
    public var budget: UsageBudget
    /// Calls or tokens counted in the window now.
    public var used: Int
    /// How many more fit now.
    public var remaining: Int { max(0, budget.limit - used) }
    /// How long until the oldest use leaves the window (`nil` when nothing is counted).
    public var nextReleaseIn: Duration?
}

/// "12 seconds", "1 minute 30 seconds", "3 hours 5 minutes": a wait, rounded up to what a
/// visitor needs.
enum WaitText {
    static func phrase(for wait: Duration) -> String {
        let total = max(1, Int((Double(wait.nanoseconds) / 1e9).rounded(.up)))
        if total < 60 { return count(total, "second") }
        if total < 3600 {
            let (minutes, seconds) = total.quotientAndRemainder(dividingBy: 60)
            return seconds == 0 ? count(minutes, "minute") : count(minutes, "minute") + " " + count(seconds, "second")
        }
        let hours = total / 3600
        let minutes = Int((Double(total % 3600) / 60).rounded(.up))
        if minutes == 60 { return count(hours + 1, "hour") }
        return minutes == 0 ? count(hours, "hour") : count(hours, "hour") + " " + count(minutes, "minute")
    }

    private static func count(_ number: Int, _ unit: String) -> String { "\(number) \(unit)\(number == 1 ? "" : "s")" }
}
