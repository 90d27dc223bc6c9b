import SwiftlitProtocol
import SwiftlitRuntime
import Testing

/// Two real tabs on one server: each has its own bucket, both draw from one budget.
@Suite struct RateLimitServerTests {
    /// What the `Ask` click's run showed: "answered", or the warning's text.
    static func outcome(of run: [ServerMessage]) -> String {
        let ops = run.flatMap { message -> [DeltaOp] in
            switch message {
            case .delta(let delta): delta.ops
            case .runFinished(let finished): finished.ops
            default: []
            }
        }
        for op in ops {
            switch op {
            case .set(_, .alert(let alert)), .insert(_, .alert(let alert)): return alert.html
            default: continue
            }
        }
        return renderedTexts(run).contains { $0.contains("answered in run") } ? "answered" : "nothing"
    }

    static func ask(_ conversation: inout Conversation) async throws -> String {
        try await conversation.send(#"{"type":"rerun","widgets":{},"trigger":"button:Ask"}"#)
        return outcome(of: try await conversation.receiveRun())
    }

    @Test func tabsHaveTheirOwnBucketsAndShareTheBudget() async throws {
        let limiter = RateLimiter(
            perSession: .tokenBucket(capacity: 2, refillEvery: .seconds(3600)), global: .calls(3, per: .day))
        try await withServer(app: { st in
            st.session["runs", default: 0] += 1
            // Each answer differs from the last, so that its run sends it.
            if st.button("Ask"), st.rateLimit(limiter) { st.write("answered in run \(st.session["runs", default: 0])") }
        }) { port in
            try await converse(port: port) { first in
                _ = try await first.open()
                var outcomes: [String] = []
                for _ in 0..<3 { outcomes.append(try await Self.ask(&first)) }
                #expect(outcomes.prefix(2) == ["answered", "answered"])
                #expect(outcomes[2].contains("faster than this app allows"), "the first tab's bucket is empty")
                try await converse(port: port) { second in
                    _ = try await second.open()
                    let firstAsk = try await Self.ask(&second)
                    #expect(firstAsk == "answered", "the second tab's bucket is full")
                    let secondAsk = try await Self.ask(&second)
                    #expect(
                        secondAsk.contains("used its budget for today"),
                        "the two tabs spent the three calls of the day between them, got \(secondAsk)")
                }
            }
            #expect(limiter.status(for: RateLimitKey("a third tab"), at: .zero).budgets.first?.remaining == 0)
        }
    }
}
