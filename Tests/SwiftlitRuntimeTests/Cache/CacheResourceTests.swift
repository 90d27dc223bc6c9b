import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct CacheResourceTests {
    /// A shared instance with state of its own, as a pool or a model is.
    private final class Pool: Sendable {
        let id: Int
        let open = Mutexed(true)
        init(id: Int) { self.id = id }
    }

    @Test func everySessionGetsTheSameInstance() async throws {
        let made = Mutexed(0)
        let seen = Mutexed<[ObjectIdentifier]>([])
        let first = AppTest { st in
            let pool = try await st.cacheResource(name: "pool") { () -> Pool in
                made.modify { $0 += 1 }
                return Pool(id: made.get())
            }
            seen.modify { $0 += [ObjectIdentifier(pool)] }
        }
        let second = AppTest(anotherTabOf: first)
        try await first.run()
        try await second.run()
        try await first.run()
        #expect(made.get() == 1)
        #expect(Set(seen.get()).count == 1 && seen.get().count == 3)
    }

    @Test func anInstanceThatFailsValidationIsEvictedCleanedUpAndMadeAgain() async throws {
        let made = Mutexed(0)
        let closed = Mutexed<[Int]>([])
        let current = Mutexed<Pool?>(nil)
        let at = AppTest { st in
            let pool = try await st.cacheResource(
                validate: { pool in pool.open.get() },
                onEvict: { pool in closed.modify { $0 += [pool.id] } }
            ) { () -> Pool in
                made.modify { $0 += 1 }
                return Pool(id: made.get())
            }
            current.set(pool)
            st.text("pool \(pool.id)")
        }
        try await at.run()
        try await at.run()
        #expect(made.get() == 1)
        current.get()?.open.set(false)
        try await at.run()
        #expect(made.get() == 2)
        #expect(at.elements(.text).map(\.text) == ["pool 2"])
        for _ in 0..<500 where closed.get().isEmpty { try await Task.sleep(for: .milliseconds(2)) }
        #expect(closed.get() == [1])
    }

    @Test func expiryLeastRecentUseAndClearingAllCleanUp() async throws {
        let closed = Mutexed<[String]>([])
        let at = AppTest { st in
            let name = st.textInput("name", value: "a")
            _ = try await st.cacheResource(
                name, ttl: .seconds(10), maxEntries: 2, onEvict: { name in closed.modify { $0 += [name] } }
            ) { name in name }
            if st.button("Clear") { st.cacheResource.clear() }
        }
        try await at.run()                      // a
        try at.textInput("name").input("b")
        try await at.run()                      // a b
        try at.textInput("name").input("c")
        try await at.run()                      // b c: a was the least recently used
        try await at.advanceTime(by: .seconds(10))
        try await at.run()                      // c expired: made again
        try at.button("Clear").click()
        try await at.run()                      // b and the new c go
        for _ in 0..<500 where closed.get().count < 4 { try await Task.sleep(for: .milliseconds(2)) }
        #expect(closed.get().sorted() == ["a", "b", "c", "c"])
    }
}
