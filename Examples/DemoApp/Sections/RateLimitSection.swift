import SwiftlitRuntime

/// Rate limiting: a model call guarded by a bucket per tab and a budget every tab shares. The
/// limiter is made once per server, through `st.cacheResource`.
func rateLimitSection(_ st: St) async throws {
    st.subheader("Rate limits")
    let limiter = try await st.cacheResource(name: "demoLimiter", showSpinner: false) {
        RateLimiter(perSession: .tokenBucket(capacity: 3, refillEvery: .seconds(20)), global: .calls(500, per: .day))
    }
    if st.button("Ask the echo model"), st.rateLimit(limiter) {
        st.success("The echo model says: hello again.")
    }
    let status = st.rateLimitStatus(limiter)
    let today = status.budgets.first.map { "\($0.remaining) of \($0.budget.limit)" } ?? "no"
    st.caption(
        "This tab may ask \(status.sessionRemaining ?? 0) more times now (3 at once, one more every 20 seconds); "
            + "\(today) calls are left today for every tab together.")
}
