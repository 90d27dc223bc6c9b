import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// `st.rateLimit` in an app, with AppTest's clock standing in for time.
@Suite struct RateLimitAppTests {
    /// A chat that answers at most five messages a minute per session and eight a day in all.
    static func chat(_ limiter: RateLimiter) -> AppBody {
        { st in
            if let prompt = st.chatInput("Say something") {
                st.chatMessage("user").write(prompt)
                if st.rateLimit(limiter) {
                    st.chatMessage("assistant").write("echo: \(prompt)")
                }
            }
            let status = st.rateLimitStatus(limiter)
            st.caption("\(status.sessionRemaining ?? 0) left, \(status.budgets.first?.remaining ?? 0) today")
        }
    }

    static func limiter() -> RateLimiter {
        RateLimiter(perSession: .requests(5, per: .minute), global: .calls(8, per: .day))
    }

    func send(_ text: String, in at: AppTest) async throws {
        try at.chatInput("Say something").submit(text)
        try await at.run()
    }

    @Test func theSixthMessageInAMinuteIsRefusedWithAWarningUntilATokenComesBack() async throws {
        let at = AppTest(Self.chat(Self.limiter()))
        try await at.run()
        #expect(at.elements(.caption).map(\.text) == ["5 left, 8 today"])
        for index in 1...5 {
            try await send("message \(index)", in: at)
            #expect(at.alerts.isEmpty, "message \(index) is answered")
            #expect(at.markdown.map(\.text).contains("echo: message \(index)"))
        }
        try await send("message 6", in: at)
        #expect(
            at.alerts.map(\.text) == ["You are sending messages faster than this app allows. Try again in 12 seconds."])
        #expect(!at.markdown.map(\.text).contains("echo: message 6"))
        #expect(at.elements(.caption).map(\.text) == ["0 left, 3 today"], "the refused message was not charged")

        try await at.advanceTime(by: .seconds(12))
        try await send("message 7", in: at)
        #expect(at.alerts.isEmpty)
        #expect(at.markdown.map(\.text).contains("echo: message 7"))
    }

    @Test func tabsHaveTheirOwnBucketsButShareTheBudget() async throws {
        let first = AppTest(Self.chat(Self.limiter()))
        let second = AppTest(anotherTabOf: first)
        try await first.run()
        try await second.run()
        for index in 1...5 { try await send("first \(index)", in: first) }
        try await send("first 6", in: first)
        #expect(first.alerts.count == 1)
        for index in 1...3 {
            try await send("second \(index)", in: second)
            #expect(second.alerts.isEmpty, "the second tab's bucket is full: message \(index) is answered")
        }
        try await send("second 4", in: second)
        #expect(second.alerts.map(\.text) == ["This app has used its budget for today. Try again in 24 hours."])
    }

    @Test func aNegativeCostIsShownAsAMisuse() async throws {
        let limiter = Self.limiter()
        let at = AppTest { st in _ = st.rateLimit(limiter, cost: -1) }
        try await at.run()
        #expect(at.elements(.exception).first?.text.contains("st.rateLimit: cost is -1") == true)
    }

    @Test func recordedTokensStopTheNextCallOnceTheBudgetIsSpent() async throws {
        let limiter = RateLimiter(global: .tokens(100, per: .hour))
        let at = AppTest { st in
            if st.button("Ask"), st.rateLimit(limiter) {
                st.recordUsage(limiter, tokens: 60)
                st.write("answered")
            }
        }
        try await at.run()
        for expected in [true, true, false] {
            try at.button("Ask").click()
            try await at.run()
            #expect(at.markdown.map(\.text).contains("answered") == expected)
        }
        #expect(at.alerts.first?.text == "This app has used its budget for this hour. Try again in 1 hour.")
    }

    @Test func aSessionThatEndsReleasesItsBucket() async throws {
        let limiter = Self.limiter()
        do {
            let at = AppTest(Self.chat(limiter))
            try await at.run()
            try await send("hello", in: at)
            #expect(limiter.trackedKeyCount == 1)
        }
        // The AppTest and its session are gone; the run's task lets go of its copy a few
        // scheduler turns later (a bounded wait, not a timed one).
        var turns = 0
        while limiter.trackedKeyCount != 0, turns < 10_000 {
            turns += 1
            await Task.yield()
        }
        #expect(limiter.trackedKeyCount == 0)
    }
}
