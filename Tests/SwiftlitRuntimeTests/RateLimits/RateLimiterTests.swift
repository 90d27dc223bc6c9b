import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// The limiter on its own: time is a `TestClock` the test advances.
@Suite struct RateLimiterTests {
    let testClock = TestClock()
    let clock: RuntimeClock
    var now: Duration { clock.now }
    let alice = RateLimitKey("alice")
    let bob = RateLimitKey("bob")

    init() { clock = RuntimeClock(testClock) }

    /// Admits `count` calls for `key` now; returns how many passed.
    func admitted(_ limiter: RateLimiter, _ count: Int, for key: RateLimitKey, cost: Int = 1) -> Int {
        (0..<count).count { _ in limiter.acquire(cost: cost, for: key, at: now).isAllowed }
    }

    @Test func aFullBucketAdmitsABurstThenRefusesWithTheWaitForOneToken() {
        let limiter = RateLimiter(perSession: .tokenBucket(capacity: 5, refillEvery: .seconds(12)))
        #expect(admitted(limiter, 5, for: alice) == 5)
        guard case .limited(let refusal) = limiter.acquire(for: alice, at: now) else {
            Issue.record("the sixth call in a burst of five passed")
            return
        }
        #expect(refusal.limit == .session(.tokenBucket(capacity: 5, refillEvery: .seconds(12))))
        #expect(refusal.retryAfter == .seconds(12))
        #expect(refusal.message == "You are sending messages faster than this app allows. Try again in 12 seconds.")
    }

    @Test func theBucketRefillsOneTokenPerInterval() async {
        let limiter = RateLimiter(perSession: .requests(5, per: .minute))
        #expect(admitted(limiter, 5, for: alice) == 5)
        await testClock.advance(by: .seconds(11))
        #expect(!limiter.acquire(for: alice, at: now).isAllowed, "11 s is not a whole token")
        await testClock.advance(by: .seconds(1))
        #expect(admitted(limiter, 2, for: alice) == 1, "12 s brings back exactly one token")
        await testClock.advance(by: .seconds(600))
        #expect(limiter.status(for: alice, at: now).sessionRemaining == 5, "a bucket holds no more than its capacity")
        #expect(admitted(limiter, 6, for: alice) == 5)
    }

    @Test func aCostTakesThatManyTokensAndACostBeyondTheCapacityNeverPasses() {
        let limiter = RateLimiter(perSession: .tokenBucket(capacity: 5, refillEvery: .seconds(10)))
        #expect(limiter.acquire(cost: 3, for: alice, at: now).isAllowed)
        #expect(limiter.status(for: alice, at: now).sessionRemaining == 2)
        guard case .limited(let refusal) = limiter.acquire(cost: 3, for: alice, at: now) else {
            Issue.record("3 tokens were taken from a bucket holding 2")
            return
        }
        #expect(refusal.retryAfter == .seconds(10))
        guard case .limited(let tooBig) = limiter.acquire(cost: 6, for: bob, at: now) else {
            Issue.record("a cost above the capacity passed")
            return
        }
        #expect(tooBig.retryAfter == nil)
        #expect(limiter.status(for: bob, at: now).sessionRemaining == 5, "a refused call charges nothing")
    }

    @Test func sessionsHaveBucketsOfTheirOwn() {
        let limiter = RateLimiter(perSession: .tokenBucket(capacity: 2, refillEvery: .seconds(30)))
        #expect(admitted(limiter, 3, for: alice) == 2)
        #expect(admitted(limiter, 3, for: bob) == 2, "alice's burst leaves bob's bucket full")
    }

    @Test func theGlobalBudgetIsSharedByEverySession() {
        let limiter = RateLimiter(
            perSession: .tokenBucket(capacity: 5, refillEvery: .seconds(1)), global: .calls(6, per: .minute))
        #expect(admitted(limiter, 4, for: alice) == 4)
        #expect(admitted(limiter, 4, for: bob) == 2, "bob gets what alice left of the six")
        guard case .limited(let refusal) = limiter.acquire(for: RateLimitKey("carol"), at: now) else {
            Issue.record("a seventh call passed a budget of six")
            return
        }
        #expect(refusal.limit == .budget(.calls(6, per: .minute)))
        #expect(refusal.message == "This app has used its budget for this minute. Try again in 1 minute.")
        #expect(limiter.status(for: bob, at: now).budgets.map(\.remaining) == [0])
    }

    @Test func theWindowSlidesAndFreesWhatWasSpentOnePeriodLater() async {
        let limiter = RateLimiter(global: .calls(3, per: .day))
        #expect(admitted(limiter, 2, for: alice) == 2)
        await testClock.advance(by: .seconds(6 * 3600))
        #expect(admitted(limiter, 2, for: alice) == 1)
        guard case .limited(let refusal) = limiter.acquire(for: alice, at: now) else {
            Issue.record("a fourth call passed a budget of three a day")
            return
        }
        #expect(refusal.retryAfter == .seconds(18 * 3600), "the first two leave the window a day after they came")
        #expect(refusal.message == "This app has used its budget for today. Try again in 18 hours.")
        await testClock.advance(by: .seconds(18 * 3600 - 1))
        #expect(!limiter.acquire(for: alice, at: now).isAllowed, "not a second early")
        await testClock.advance(by: .seconds(1))
        #expect(admitted(limiter, 3, for: alice) == 2, "the two from the start are gone, the third is still counted")
        await testClock.advance(by: .seconds(6 * 3600))
        #expect(admitted(limiter, 3, for: alice) == 1, "the third left six hours later")
    }

    @Test func tokensAreChargedAfterTheCallAndStopTheNextOnceSpent() {
        let limiter = RateLimiter(global: .tokens(1_000, per: .hour))
        #expect(limiter.acquire(for: alice, at: now).isAllowed)
        limiter.record(tokens: 900, at: now)
        #expect(limiter.status(for: alice, at: now).budgets.first?.remaining == 100)
        #expect(limiter.acquire(for: bob, at: now).isAllowed, "a call is admitted while any token is left")
        limiter.record(tokens: 400, at: now)
        guard case .limited(let refusal) = limiter.acquire(for: alice, at: now) else {
            Issue.record("a call passed a spent token budget")
            return
        }
        #expect(refusal.limit == .budget(.tokens(1_000, per: .hour)))
        #expect(refusal.retryAfter == .seconds(3600))
    }

    @Test func whenBothLimitsRefuseTheLongerWaitIsReported() {
        let limiter = RateLimiter(
            perSession: .tokenBucket(capacity: 1, refillEvery: .seconds(10)), global: .calls(1, per: .hour))
        #expect(limiter.acquire(for: alice, at: now).isAllowed)
        guard case .limited(let refusal) = limiter.acquire(for: alice, at: now) else {
            Issue.record("a second call passed")
            return
        }
        #expect(refusal.limit == .budget(.calls(1, per: .hour)))
    }

    @Test func aRefusedCallChargesNoLimit() {
        let limiter = RateLimiter(
            perSession: .tokenBucket(capacity: 1, refillEvery: .seconds(10)), global: .calls(2, per: .hour))
        #expect(admitted(limiter, 3, for: alice) == 1)
        #expect(limiter.status(for: alice, at: now).budgets.first?.used == 1, "alice's refused calls did not count")
        #expect(admitted(limiter, 1, for: bob) == 1)
    }

    @Test func releasedAndRefilledBucketsAreForgotten() async {
        let limiter = RateLimiter(perSession: .tokenBucket(capacity: 2, refillEvery: .seconds(1)))
        for index in 0..<1_000 { _ = limiter.acquire(for: RateLimitKey("old \(index)"), at: now) }
        #expect(limiter.trackedKeyCount == 1_000, "buckets that are not full are kept")
        limiter.release(RateLimitKey("old 0"))
        #expect(limiter.trackedKeyCount == 999)
        await testClock.advance(by: .seconds(5))
        for index in 0..<100 { _ = limiter.acquire(for: RateLimitKey("new \(index)"), at: now) }
        #expect(
            limiter.trackedKeyCount <= 100,
            "the refilled buckets are swept as new keys arrive, \(limiter.trackedKeyCount) left")
    }

    @Test func waitsReadAsAPersonWouldSayThem() {
        let text = { (wait: Duration) in
            RateLimitRefusal(limit: .session(.requests(1, per: .minute)), retryAfter: wait).message
        }
        #expect(text(.milliseconds(200)).hasSuffix("Try again in 1 second."))
        #expect(text(.seconds(90)).hasSuffix("Try again in 1 minute 30 seconds."))
        #expect(text(.seconds(3 * 3600 + 4 * 60 + 1)).hasSuffix("Try again in 3 hours 5 minutes."))
        #expect(text(.seconds(2 * 3600 - 1)).hasSuffix("Try again in 2 hours."))
    }
}
