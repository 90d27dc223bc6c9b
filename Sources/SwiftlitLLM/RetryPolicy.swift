import Foundation

/// When a failed request is tried again: after a 429, a 5xx or a connection error, and only
/// before any of the reply has arrived (a reply that breaks mid-stream is never resent, as the
/// user has already seen part of it).
///
/// Waits grow exponentially (`baseDelay`, twice that, …, at most `maxDelay`), each shortened by a
/// random part of up to `jitter` so that many clients do not retry in step. A `Retry-After`
/// header replaces the computed wait; one longer than `maxRetryAfter` fails at once instead.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included; 1 never retries.
    public var maxAttempts: Int
    /// The wait before the first retry.
    public var baseDelay: Duration
    /// The longest computed wait.
    public var maxDelay: Duration
    /// The fraction (0...1) of each wait that is random.
    public var jitter: Double
    /// The longest `Retry-After` the client waits for.
    public var maxRetryAfter: Duration

    /// A policy; the defaults make 3 attempts over about 1.5 s.
    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(8),
        jitter: Double = 0.5, maxRetryAfter: Duration = .seconds(30)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
        self.maxRetryAfter = maxRetryAfter
    }

    /// Never retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait after failed attempt number `attempt` (1 for the first), given a random number in 0...1.
    public func delay(afterAttempt attempt: Int, random: Double = Double.random(in: 0...1)) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        let full = min(baseDelay * (1 << exponent), maxDelay)
        return full * (1 - jitter * min(max(random, 0), 1))
    }

    /// The wait a `Retry-After` header asks for: whole seconds (HTTP dates are not worth a date
    /// parser here and fall back to the computed wait).
    static func retryAfter(_ header: String?) -> Duration? {
        guard let header, let seconds = Double(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            return nil
        }
        return .milliseconds(Int(seconds * 1000))
    }
}
