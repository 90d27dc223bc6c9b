import Synchronization

/// When a streamed reply last delivered bytes, so that a watchdog can tell a stalled stream
/// from a slow one.
final class StreamProgress: Sendable {
    private let lastProgress = Mutex(ContinuousClock.now)

    /// Bytes arrived now.
    func advance() { lastProgress.withLock { $0 = .now } }

    /// Returns never: throws ``LLMError`` once no bytes arrived for `idle`, or `deadline` passed.
    func watch(idle: Duration, deadline: ContinuousClock.Instant, url: String) async throws {
        while true {
            let wakeUp = min(lastProgress.withLock { $0 } + idle, deadline)
            try await Task.sleep(until: wakeUp, clock: .continuous)
            let now = ContinuousClock.now
            if now >= deadline {
                throw LLMError(
                    .timedOut,
                    message: "The reply from \(url) took longer than the request timeout; raise LLMTimeouts.request")
            }
            if now - lastProgress.withLock({ $0 }) >= idle {
                throw LLMError(
                    .stalled,
                    message: "The server at \(url) sent nothing for \(idle) in the middle of a reply; the stream "
                        + "stalled, try again (LLMTimeouts.idle sets how long to wait)")
            }
        }
    }
}
