import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// The cache across sessions: one server, many tabs.
@Suite struct CacheSharingTests {
    @Test func sessionsShareTheCache() async throws {
        let computed = Mutexed(0)
        let first = AppTest { st in
            let value = try await st.cacheData {
                computed.modify { $0 += 1 }
                return "shared"
            }
            st.text(value)
        }
        let second = AppTest(anotherTabOf: first)
        try await first.run()
        try await second.run()
        #expect(computed.get() == 1)
        #expect(second.elements(.text).map(\.text) == ["shared"])
    }

    @Test func concurrentSessionsAskingForOneColdKeyRunTheComputationOnce() async throws {
        let sessions = 100
        let arrived = Mutexed(0)
        let computed = Mutexed(0)
        let app: AppBody = { st in
            arrived.modify { $0 += 1 }
            let rows = try await st.cacheData(2_000) { count in
                computed.modify { $0 += 1 }
                // Hold the computation until every session has asked, so all of them find it running.
                for _ in 0..<2_000 where arrived.get() < sessions { try await Task.sleep(for: .milliseconds(1)) }
                try await Task.sleep(for: .milliseconds(20))
                return Array(0..<count)
            }
            st.text("\(rows.count)")
        }
        let environment = RuntimeEnvironment(host: AppHost(app))
        let clients = (0..<sessions).map { _ in InMemorySessionClient() }
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<sessions {
                group.addTask {
                    let session = Session(id: "tab-\(index)", environment: environment)
                    await session.connect(clients[index], widgets: [:])
                    await session.waitUntilIdle()
                }
            }
        }
        #expect(arrived.get() == sessions)
        #expect(computed.get() == 1)
        let answered = clients.filter { client in
            client.drain().contains { message in
                guard case .runFinished(let finished) = message else { return false }
                return finished.ops.contains { op in
                    switch op {
                    case .set(_, .text(let text)), .insert(_, .text(let text)): text.text == "2000"
                    default: false
                    }
                }
            }
        }
        #expect(answered.count == sessions)
    }

    @Test func aStoppedRunStopsWaitingAndTheLastOneToLeaveCancelsTheComputation() async throws {
        let key = Mutexed(1)
        let started = Mutexed(0)
        let cancelled = Mutexed(false)
        let app: AppBody = { st in
            let value = try await st.cacheData(key.get(), showSpinner: false) { n in
                started.modify { $0 += 1 }
                if n == 1 {
                    do { try await Task.sleep(for: .seconds(30)) } catch {
                        cancelled.set(true)
                        throw error
                    }
                }
                return n
            }
            st.text("\(value)")
        }
        let session = Session(id: "tab", environment: RuntimeEnvironment(host: AppHost(app)))
        let client = InMemorySessionClient()
        // The first run waits on a 30 s computation; a new rerun interrupts it.
        await session.connect(client, widgets: [:])
        for _ in 0..<1_000 where started.get() == 0 { try await Task.sleep(for: .milliseconds(2)) }
        key.set(2)
        await session.requestRerun()
        await session.waitUntilIdle()
        let texts = client.drain().flatMap { message -> [String] in
            guard case .runFinished(let finished) = message else { return [] }
            return finished.ops.compactMap { if case .set(_, .text(let text)) = $0 { text.text } else { nil } }
        }
        #expect(texts == ["2"])
        for _ in 0..<1_000 where !cancelled.get() { try await Task.sleep(for: .milliseconds(2)) }
        #expect(cancelled.get())
    }
}
