import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct ClockAndStoreTests {
    @Test func scheduledActionsRunInDeadlineOrderWhenTheClockReachesThem() async {
        let clock = TestClock()
        let runtime = RuntimeClock(clock)
        let log = Mutexed<[String]>([])
        runtime.schedule(after: .seconds(2)) { log.set(log.get() + ["two"]) }
        runtime.schedule(after: .seconds(1)) { log.set(log.get() + ["one"]) }
        let cancelled = runtime.schedule(after: .seconds(1)) { log.set(log.get() + ["cancelled"]) }
        cancelled.cancel()
        await clock.advance(by: .milliseconds(999))
        #expect(log.get() == [])
        await clock.advance(by: .seconds(5))
        #expect(log.get() == ["one", "two"])
        #expect(runtime.now == .milliseconds(5999))
        #expect(clock.pendingCount == 0)
    }

    @Test func aSleepingTaskWakesWhenTheClockPassesItsDeadline() async throws {
        let clock = TestClock()
        let woke = Mutexed(false)
        let sleeper = Task {
            try await clock.sleep(for: .seconds(10))
            woke.set(true)
        }
        while clock.pendingCount == 0 { await Task.yield() }
        await clock.advance(by: .seconds(10))
        try await sleeper.value
        #expect(woke.get())

        let cancelled = Task { try await clock.sleep(for: .seconds(10)) }
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
    }

    @Test func cacheEntriesExpireByTheEnvironmentsClock() async {
        let clock = TestClock()
        let cache = InMemoryCacheStore(clock: RuntimeClock(clock))
        let short = CacheStoreKey(group: "g", key: "short")
        let forever = CacheStoreKey(group: "g", key: "forever")
        await cache.setValue(Data("a".utf8), for: short, lifetime: .seconds(60))
        await cache.setValue(Data("b".utf8), for: forever, lifetime: nil)
        await clock.advance(by: .seconds(59))
        #expect(await cache.value(for: short) == Data("a".utf8))
        await clock.advance(by: .seconds(1))
        #expect(await cache.value(for: short) == nil)
        #expect(await cache.value(for: forever) == Data("b".utf8))
        await cache.removeAll()
        #expect(await cache.count == 0)
    }

    @Test func theEnvironmentDefaultsToRealTimeAndMemory() {
        let environment = RuntimeEnvironment(host: AppHost { _ in })
        #expect(environment.sessionStorage == nil)
        #expect(environment.cacheStore is InMemoryCacheStore)
        #expect(environment.mediaFiles.count == 0)
        #expect(environment.options.maxSessions == RuntimeOptions.Defaults.maxSessions)
    }
}
