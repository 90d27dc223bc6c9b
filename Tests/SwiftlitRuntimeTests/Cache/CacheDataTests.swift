import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct CacheDataTests {
    private struct Record: Codable, Hashable, Sendable {
        var id: Int
        var name: String
    }

    private static func records(_ count: Int) -> [Record] { (0..<count).map { Record(id: $0, name: "row \($0)") } }

    @Test func computesOnceThenServesEveryRerunFromTheCache() async throws {
        let computed = Mutexed(0)
        let at = AppTest { st in
            let rows = try await st.cacheData(2_000) { count in
                computed.modify { $0 += 1 }
                return Self.records(count)
            }
            st.text("\(rows.count) rows, last \(rows.last?.name ?? "")")
        }
        for _ in 0..<3 { try await at.run() }
        #expect(computed.get() == 1)
        #expect(at.elements(.text).map(\.text) == ["2000 rows, last row 1999"])
    }

    @Test func eachArgumentValueHasItsOwnEntry() async throws {
        let computed = Mutexed<[Int]>([])
        let at = AppTest { st in
            let n = st.slider("n", in: 1...10, value: 2)
            let square = try await st.cacheData(n) { n in
                computed.modify { $0 += [n] }
                return n * n
            }
            st.text("\(square)")
        }
        try await at.run()
        try at.slider("n").set(3)
        try await at.run()
        try at.slider("n").set(2)
        try await at.run()
        #expect(computed.get() == [2, 3])
        #expect(at.elements(.text).map(\.text) == ["4"])
    }

    @Test func twoCallSitesNeverShareAnEntryEvenWithTheSameNameAndArguments() async throws {
        let at = AppTest { st in
            let first = try await st.cacheData(1, name: "shared") { _ in "first" }
            let second = try await st.cacheData(1, name: "shared") { _ in "second" }
            st.text("\(first) \(second)")
        }
        try await at.run()
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["first second"])
    }

    @Test func aValueExpiresAfterItsTTLByTheInjectedClock() async throws {
        let computed = Mutexed(0)
        let at = AppTest { st in
            let value = try await st.cacheData(ttl: .seconds(60)) {
                computed.modify { $0 += 1 }
                return computed.get()
            }
            st.text("value \(value)")
        }
        try await at.run()
        try await at.advanceTime(by: .seconds(59))
        try await at.run()
        #expect(computed.get() == 1)
        try await at.advanceTime(by: .seconds(1))
        try await at.run()
        #expect(computed.get() == 2)
        #expect(at.elements(.text).map(\.text) == ["value 2"])
    }

    @Test func maxEntriesEvictsTheLeastRecentlyUsedOfTheCallSite() async throws {
        let computed = Mutexed<[Int]>([])
        let at = AppTest { st in
            let n = st.numberInput("n", value: 1)
            _ = try await st.cacheData(n, maxEntries: 2) { n in
                computed.modify { $0 += [n] }
                return n
            }
        }
        try await at.run()
        for n in [2, 1, 3, 1, 2] {
            try at.numberInput("n").set(Double(n))
            try await at.run()
        }
        // 3 evicts 2 (1 was used after it); 2 comes back computed again.
        #expect(computed.get() == [1, 2, 3, 2])
    }

    @Test func theServerWideLimitEvictsAcrossCallSites() async throws {
        let computed = Mutexed<[String]>([])
        let at = AppTest(options: RuntimeOptions(cacheMaxEntries: 2)) { st in
            let round = st.numberInput("round", value: 0)
            for site in ["a", "b", "c"] where round >= 0 {
                _ = try await st.cacheData(site) { site in
                    computed.modify { $0 += [site] }
                    return site
                }
            }
        }
        try await at.run()
        try await at.run()
        // With room for two, each of the three evicts the oldest: all three recompute every run.
        #expect(computed.get() == ["a", "b", "c", "a", "b", "c"])
    }

    @Test func errorsAreNotCached() async throws {
        struct Flaky: Error {}
        let attempts = Mutexed(0)
        let at = AppTest { st in
            let value = try await st.cacheData {
                attempts.modify { $0 += 1 }
                if attempts.get() == 1 { throw Flaky() }
                return "ok"
            }
            st.text(value)
        }
        try await at.run()
        #expect(at.elements(.exception).count == 1)
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["ok"])
        #expect(attempts.get() == 2)
    }

    @Test func clearForgetsAllOrOneNamedFunction() async throws {
        let computed = Mutexed<[String]>([])
        let at = AppTest { st in
            _ = try await st.cacheData(name: "prices") { computed.modify { $0 += ["prices"] } }
            _ = try await st.cacheData(name: "users") { computed.modify { $0 += ["users"] } }
            if st.button("Clear prices") { try await st.cacheData.clear(named: "prices") }
            if st.button("Clear all") { try await st.cacheData.clear() }
        }
        try await at.run()
        try at.button("Clear prices").click()
        try await at.run()
        try await at.run()
        try at.button("Clear all").click()
        try await at.run()
        try await at.run()
        #expect(computed.get() == ["prices", "users", "prices", "prices", "users"])
    }

    @Test func aClassIsRefusedWithAPointerToCacheResource() async throws {
        final class Model: Sendable {}
        let at = AppTest { st in _ = try await st.cacheData { Model() } }
        try await at.run()
        let message = try #require(at.elements(.exception).first?.text)
        #expect(message.contains("st.cacheResource"))
    }

    @Test func theSpinnerShowsOnlyWhileComputing() async throws {
        let at = AppTest { st in
            let value = try await st.cacheData(7, name: "slowSquare") { n in
                try await Task.sleep(for: .milliseconds(50))
                return n * n
            }
            let quiet = try await st.cacheData(showSpinner: false) { 1 }
            let custom = try await st.cacheData(showSpinner: "Fetching…") {
                try await Task.sleep(for: .milliseconds(50))
                return 2
            }
            st.text("\(value + quiet + custom)")
        }
        try await at.run()
        #expect(Self.spinnerTexts(at.messages) == ["Running slowSquare…", "Fetching…"])
        #expect(at.elements(.spinner).isEmpty)
        let before = at.messages.count
        try await at.run()
        #expect(Self.spinnerTexts(Array(at.messages[before...])).isEmpty)
        #expect(at.elements(.text).map(\.text) == ["52"])
    }

    private static func spinnerTexts(_ messages: [ServerMessage]) -> [String] {
        messages.flatMap { message -> [String] in
            let ops: [DeltaOp] =
                switch message {
                case .delta(let delta): delta.ops
                case .runFinished(let finished): finished.ops
                default: []
                }
            return ops.compactMap { if case .set(_, .spinner(let spinner)) = $0 { spinner.text } else { nil } }
        }
    }
}
