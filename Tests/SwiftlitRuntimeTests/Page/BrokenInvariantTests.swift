import SwiftlitProtocol
@testable import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// A broken tree invariant is logged and answered by resending the whole page, so the browser
/// and the server's mirror agree again instead of drifting apart.
@Suite struct BrokenInvariantTests {
    typealias Fixture = PageBuilderTests

    /// Draws a container holding one text, and sends it.
    static func pageWithABox(_ browser: inout ElementTree) throws -> (PageBuilder, Placement) {
        var builder = Fixture.builder()
        builder.append(Fixture.text("title"), in: Fixture.main)
        let box = Fixture.main.child(try Fixture.require(builder.append(Fixture.container, in: Fixture.main)))
        builder.append(Fixture.text("a"), in: box)
        try Fixture.send(builder.takeDelta(), to: &browser, builder)
        return (builder, box)
    }

    static func brokenInvariants(in notices: [RunNotice]) -> [TreeError] {
        notices.compactMap { if case .brokenInvariant(let error) = $0 { error } else { nil } }
    }

    @Test func aMirrorThatLostTheContainerOfAChangeResendsThePage() throws {
        var browser = ElementTree()
        var (builder, box) = try Self.pageWithABox(&browser)
        // The mirror forgets the page while the run goes on: the next change's container is not in it.
        builder.core.differ.reset()
        builder.append(Fixture.text("b"), in: box)
        let ops = builder.takeDelta()
        #expect(Self.brokenInvariants(in: builder.takeNotices()) == [.noSuchNode(box.path)])
        // Whatever the browser held, and from an empty one, the operations give the built page.
        try Fixture.send(ops, to: &browser, builder)
        var fresh = ElementTree()
        for op in ops { try fresh.apply(op) }
        #expect(fresh == builder.draft.tree)
        // The mirror agrees with the browser again: the next change costs one operation.
        builder.append(Fixture.text("c"), in: box)
        let next = builder.takeDelta()
        #expect(next == [.set(path: box.path.appending(2), node: Fixture.text("c"))])
        try Fixture.send(next, to: &browser, builder)
        #expect(builder.takeNotices().isEmpty)
    }

    @Test func aBrokenInvariantInTheBuiltTreeResendsThePageAtTheNextSend() throws {
        var browser = ElementTree()
        var (builder, box) = try Self.pageWithABox(&browser)
        builder.draft.noteBrokenInvariant(.gap(box.path.appending(5), childCount: 1))
        #expect(builder.draft.hasUnsentChanges)
        let ops = builder.takeDelta()
        #expect(ops.contains(.set(path: ElementPath([0, 0]), node: Fixture.text("title"))))
        #expect(Self.brokenInvariants(in: builder.takeNotices()) == [.gap(box.path.appending(5), childCount: 1)])
        var fresh = ElementTree()
        for op in ops { try fresh.apply(op) }
        #expect(fresh == builder.draft.tree)
        try Fixture.send(ops, to: &browser, builder)
        #expect(!builder.draft.hasUnsentChanges)
    }

    @Test func theRunsLastMessageResendsThePageAfterABrokenInvariant() throws {
        var browser = ElementTree()
        var (builder, box) = try Self.pageWithABox(&browser)
        builder.append(Fixture.text("b"), in: box)
        builder.draft.noteBrokenInvariant(.notAContainer(ElementPath([0, 0])))
        let (status, ops) = builder.finish(.completed)
        #expect(status == .complete)
        var fresh = ElementTree()
        for op in ops { try fresh.apply(op) }
        #expect(fresh == builder.draft.tree)
        try Fixture.send(ops, to: &browser, builder)
    }

    /// Through a session: the error is logged with the session's log name, and the messages the
    /// browser received, applied to an empty tree, show the page a run without the fault shows.
    @Test func aSessionLogsTheBrokenInvariantAndTheBrowserGetsThePage() async throws {
        let (logger, lines) = CapturingLogHandler.logger()
        let forget = Mutexed(false)
        let app: AppBody = { st in
            st.title("Page")
            try await st.fragment(key: "f") { st in
                // The fault: the fragment run's mirror loses the page, fragment block included.
                if forget.get() { st.run.withBuilder { $0.core.differ.reset() } }
                st.session["n", default: 0] += 1
                st.text("fragment run \(st.session["n", default: 0])")
            }
            st.text("footer")
        }
        let faulty = AppTest(options: RuntimeOptions(logger: logger), app)
        try await faulty.run()
        forget.set(true)
        let sentBefore = faulty.messages.count
        try await faulty.run(fragment: "f")
        forget.set(false)

        let errors = lines.messages(at: .error)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("session \(SecretID.logName("apptest"))") == true)
        #expect(errors.first?.contains("broke an invariant") == true)

        let reference = AppTest(app)
        try await reference.run()
        try await reference.run(fragment: "f")
        var browser = ElementTree()
        for op in operations(in: faulty.messages) { try browser.apply(op) }
        var expected = ElementTree()
        for op in operations(in: reference.messages) { try expected.apply(op) }
        #expect(browser == expected)
        var fresh = ElementTree()
        // The fragment run's messages alone rebuild the page: it was resent whole.
        for op in operations(in: Array(faulty.messages[sentBefore...])) { try fresh.apply(op) }
        #expect(fresh == expected)

        // The mirror agrees with the browser again: the next fragment run sends only its text.
        try await faulty.run(fragment: "f")
        guard case .runFinished(let finished) = faulty.messages.last else {
            Issue.record("expected runFinished")
            return
        }
        #expect(finished.ops.count == 1)
        #expect(lines.messages(at: .error).count == 1)
    }
}
