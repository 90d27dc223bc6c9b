import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// Notices from the tools around the app reach the tabs open now and the tabs that open while
/// the notice stands.
@Suite struct DeveloperNoticeTests {
    static func notices(_ client: InMemorySessionClient) -> [DeveloperNotice.Kind] {
        client.drain().compactMap { if case .notice(let notice) = $0 { notice.kind } else { nil } }
    }

    @Test func aRestartIsToldToTabsThatReconnectSoonAfter() async throws {
        let clock = TestClock()
        let registry = SessionRegistry(
            environment: RuntimeEnvironment(host: AppHost { st in st.text("hi") }, clock: RuntimeClock(clock)))
        await registry.announce(DeveloperNotice(kind: .restarted, message: "The app crashed with signal 4"))
        let soon = InMemorySessionClient()
        _ = try #require(await registry.open(resuming: nil, client: soon, widgets: [:]))
        #expect(Self.notices(soon) == [.restarted])
        await clock.advance(by: .seconds(30))
        let later = InMemorySessionClient()
        _ = try #require(await registry.open(resuming: nil, client: later, widgets: [:]))
        #expect(Self.notices(later) == [])
    }

    @Test func aCompileErrorStandsUntilItIsFixed() async throws {
        let registry = SessionRegistry(environment: RuntimeEnvironment(host: AppHost { st in st.text("hi") }))
        let open = InMemorySessionClient()
        let session = try #require(await registry.open(resuming: nil, client: open, widgets: [:])).session
        await session.waitUntilIdle()
        _ = open.drain()
        let error = DeveloperNotice(
            kind: .compileError, message: "app.swift does not compile",
            diagnostics: [Diagnostic(file: "app.swift", line: 3, column: 5, severity: .error, message: "cannot find 'x'")])
        await registry.announce(error)
        #expect(Self.notices(open) == [.compileError])
        let opened = InMemorySessionClient()
        _ = try #require(await registry.open(resuming: nil, client: opened, widgets: [:]))
        #expect(Self.notices(opened) == [.compileError])
        await registry.announce(DeveloperNotice(kind: .compileFixed, message: "app.swift compiles again"))
        #expect(Self.notices(open) == [.compileFixed])
        let afterFix = InMemorySessionClient()
        _ = try #require(await registry.open(resuming: nil, client: afterFix, widgets: [:]))
        #expect(Self.notices(afterFix) == [])
    }
}
