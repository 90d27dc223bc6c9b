import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct FragmentTests {
    static let app: AppBody = { st in
        st.session["full", default: 0] += 1
        st.text("full runs: \(st.session["full", default: 0])")
        try await st.fragment(key: "zoom") { st in
            st.session["partial", default: 0] += 1
            let zoom = st.slider("Zoom", in: 1...10)
            st.text("zoom \(zoom), fragment runs: \(st.session["partial", default: 0])")
        }
        st.text("footer")
    }

    @Test func aFragmentRerunRunsOnlyTheFragment() async throws {
        let at = AppTest(Self.app)
        try await at.run()
        let fragment = try #require(at.blocks(.vertical).first { $0.fragment != nil })
        #expect(fragment.fragment == "zoom")
        try at.slider("Zoom").set(4)
        try await at.run(fragment: "zoom")
        #expect(at.elements(.text).map(\.text) == ["full runs: 1", "zoom 4, fragment runs: 2", "footer"])
        guard case .runFinished(let finished) = at.messages.last else {
            Issue.record("no runFinished")
            return
        }
        // Only the fragment's text changed; nothing outside its block was touched.
        #expect(finished.ops.allSatisfy { $0.pathIsInside(fragment.path) })
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["full runs: 2", "zoom 4, fragment runs: 3", "footer"])
    }

    @Test func anUnknownFragmentRerunsTheWholeApp() async throws {
        let at = AppTest(Self.app)
        try await at.run()
        try await at.run(fragment: "no-such-fragment")
        #expect(at.elements(.text).first?.text == "full runs: 2")
    }

    @Test func rerunWithFragmentScopeRerunsOnlyTheFragment() async throws {
        let at = AppTest { st in
            st.session["full", default: 0] += 1
            try await st.fragment(key: "f") { st in
                st.session["inner", default: 0] += 1
                if st.session["inner", default: 0] == 2 { try st.rerun(scope: .fragment) }
                st.text("inner \(st.session["inner", default: 0])")
            }
        }
        try await at.run()
        try await at.run(fragment: "f")
        #expect(await at.sessionValue("full", as: Int.self) == 1)
        #expect(at.elements(.text).map(\.text) == ["inner 3"])
    }

    @Test func rerunWithFragmentScopeOutsideAFragmentIsAMisuse() async throws {
        let at = AppTest { st in try st.rerun(scope: .fragment) }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("outside a fragment") == true)
    }

    @Test func runEveryRerunsTheFragmentWhenItsIntervalHasPassed() async throws {
        let ticks = Mutexed(0)
        let at = AppTest { st in
            st.text("page")
            try await st.fragment(key: "clock", runEvery: .seconds(5)) { st in
                ticks.set(ticks.get() + 1)
                st.text("tick \(ticks.get())")
            }
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["page", "tick 1"])
        try await at.advanceTime(by: .seconds(4))
        #expect(ticks.get() == 1, "4 s of a 5 s interval: no rerun yet")
        try await at.advanceTime(by: .seconds(1))
        #expect(at.elements(.text).map(\.text) == ["page", "tick 2"])
        try await at.advanceTime(by: .seconds(5))
        #expect(at.elements(.text).map(\.text) == ["page", "tick 3"])
    }

    @Test func fragmentTimersStopWithTheBrowser() async throws {
        let clock = TestClock()
        let ticks = Mutexed(0)
        let environment = RuntimeEnvironment(
            host: AppHost { st in
                try await st.fragment(key: "clock", runEvery: .milliseconds(40)) { _ in ticks.set(ticks.get() + 1) }
            }, clock: RuntimeClock(clock))
        let session = Session(id: "s", environment: environment)
        await session.connect(InMemorySessionClient(), widgets: [:])
        await session.waitUntilIdle()
        #expect(clock.pendingCount == 1, "one timer for the fragment")
        await clock.advance(by: .milliseconds(40))
        await session.waitUntilIdle()
        #expect(ticks.get() == 2)
        await session.disconnect()
        #expect(clock.pendingCount == 0, "timers stop with the browser")
        await clock.advance(by: .seconds(10))
        await session.waitUntilIdle()
        #expect(ticks.get() == 2)
    }

    @Test func aDialogIsAFragmentInTheEventRoot() async throws {
        let at = AppTest { st in
            if st.button("Open") { st.session["open"] = true }
            if st.session["open", default: false] {
                try await st.dialog("Confirm") { st in
                    st.session["dialogRuns", default: 0] += 1
                    if st.button("Close") {
                        st.session["open"] = false
                        try st.rerun()
                    }
                    st.checkbox("Sure")
                }
            }
        }
        try await at.run()
        #expect(at.blocks(.dialog).isEmpty)
        try at.button("Open").click()
        try await at.run()
        let dialog = try #require(at.blocks(.dialog).first)
        #expect(dialog.path.root == RootContainer.event.rawValue)
        try at.checkbox("Sure").check()
        try await at.run(fragment: dialog.fragment)
        #expect(await at.sessionValue("dialogRuns", as: Int.self) == 2)
        try at.button("Close").click()
        try await at.run(fragment: dialog.fragment)
        #expect(at.blocks(.dialog).isEmpty)
    }

    @Test func aPushFillsAKeyedSlotWithoutAnInteraction() async throws {
        let handle = Mutexed<SessionPush?>(nil)
        let at = AppTest { st in
            st.text("header")
            st.empty(key: "news").text("waiting")
            handle.set(st.push)
        }
        try await at.run()
        let push = try #require(handle.get())
        #expect(await push.update(slot: "news") { st in st.text("fresh news") })
        try await at.waitUntilIdle()
        #expect(at.elements(.text).map(\.text) == ["header", "fresh news"])
        #expect(await push.update(slot: "missing") { st in st.text("x") })
        try await at.waitUntilIdle()
        #expect(at.elements(.text).map(\.text) == ["header", "fresh news"])
        #expect(await push.rerun())
        try await at.waitUntilIdle()
        #expect(at.elements(.text).map(\.text) == ["header", "waiting"])
    }
}

extension DeltaOp {
    func pathIsInside(_ container: ElementPath) -> Bool { path.indices.starts(with: container.indices) }
}

@Suite struct FragmentSessionTests {
    @Test func aFragmentMayMoveAKeyedWidgetOutsideIt() async throws {
        let at = AppTest { st in
            let level = st.slider("Level", in: 0...5, key: "level")
            st.text("level \(level)")
            try await st.fragment(key: "f") { st in
                if st.button("Max") {
                    st.session["level"] = 5
                    try st.rerun()
                }
            }
        }
        try await at.run()
        try at.button("Max").click()
        try await at.run(fragment: "f")
        #expect(at.exceptions.isEmpty, "\(at.exceptions)")
        #expect(at.elements(.text).map(\.text) == ["level 5"])
    }
}
