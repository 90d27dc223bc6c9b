import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// A session's bucket lives as long as the session: thousands of tabs that come and go leave
/// nothing behind in the limiter.
@Suite struct RateLimitSessionTests {
    @Test func expiredSessionsReleaseTheirBuckets() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(perSession: .tokenBucket(capacity: 5, refillEvery: .seconds(3600)))
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost { st in _ = st.rateLimit(limiter) },
                options: RuntimeOptions(disconnectedSessionTTL: .seconds(30), maxSessions: 5_000),
                clock: RuntimeClock(clock)))
        var sessions: [Session] = []
        for _ in 0..<2_000 {
            let opened = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]))
            await opened.session.waitUntilIdle()
            sessions.append(opened.session)
        }
        #expect(limiter.trackedKeyCount == 2_000, "each tab has a bucket of its own, and none has refilled")
        for session in sessions { await registry.close(session) }
        #expect(limiter.trackedKeyCount == 2_000, "a closed tab may come back within the expiry time")
        await clock.advance(by: .seconds(31))
        #expect(await registry.count == 0)
        #expect(limiter.trackedKeyCount == 0, "expired sessions released their buckets")
    }

    @Test func aReloadedTabKeepsItsBucket() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(perSession: .tokenBucket(capacity: 2, refillEvery: .seconds(3600)))
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(
                host: AppHost { st in
                    st.session["last"] = st.rateLimit(limiter, showsWarning: false) ? "admitted" : "refused"
                },
                clock: RuntimeClock(clock)))
        let first = try #require(await registry.open(resuming: nil, client: InMemorySessionClient(), widgets: [:]))
        await first.session.waitUntilIdle()
        await registry.close(first.session)
        // Resuming the session (a reload) runs the app again: the second token of two.
        let client = InMemorySessionClient()
        let resumed = try #require(await registry.open(resuming: first.session.id, client: client, widgets: [:]))
        #expect(resumed.resumed)
        await resumed.session.waitUntilIdle()
        await resumed.session.requestRerun()
        await resumed.session.waitUntilIdle()
        #expect(
            await resumed.session.sessionValue("last", as: String.self) == "refused",
            "the first page and the reloaded one drew two tokens from one bucket of two")
        #expect(limiter.trackedKeyCount == 1)
    }
}
