import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

/// The page builder on its own: no session, no client, no clock. Every test checks what the
/// browser would show by applying the builder's operations to a tree of its own.
@Suite struct PageBuilderTests {
    static let main = Placement.root(.main)

    static func text(_ s: String) -> Element { .text(TextElement(text: s)) }
    static let container = Element.block(.vertical(VerticalBlock()))

    static func builder(core: SessionCore = SessionCore(), scope: RunScope = .app) -> PageBuilder {
        PageBuilder(run: 1, core: core, scope: scope, errorDetails: .full)
    }

    static func checkbox(_ label: String, key: String? = nil) -> WidgetSpec<Bool> {
        WidgetSpec(
            kind: .checkbox, label: label, key: key, defaultValue: false,
            decode: { if case .bool(let b) = $0 { b } else { nil } }, encode: { .bool($0) }, expected: "a boolean",
            onChange: nil)
    }

    static let options = WidgetOptions(help: nil, disabled: false, labelVisibility: .visible)

    @discardableResult
    static func draw(_ spec: WidgetSpec<Bool>, in placement: Placement = main, _ builder: inout PageBuilder) -> Bool {
        builder.widget(spec, options: options, in: placement) { .checkbox(BooleanElement(widget: $0, value: $1)) }
    }

    /// Unwraps what a drawing call returned (`#require` cannot wrap a mutating call).
    static func require<T>(_ value: T?, sourceLocation: SourceLocation = #_sourceLocation) throws -> T {
        try #require(value, sourceLocation: sourceLocation)
    }

    /// Applies `ops` to `browser` and checks it now shows the builder's page.
    static func send(_ ops: [DeltaOp], to browser: inout ElementTree, _ builder: PageBuilder) throws {
        for op in ops { try browser.apply(op) }
        #expect(browser == builder.draft.tree)
        #expect(builder.core.differ.mirror == browser)
    }

    static func children(_ builder: PageBuilder, _ path: ElementPath) -> [Element] {
        builder.draft.tree.node(at: path)?.children.map(\.element) ?? []
    }

    // MARK: Drawing

    @Test func appendsInOrderAndSendsOnlyWhatIsNew() throws {
        var builder = Self.builder()
        var browser = ElementTree()
        let a = builder.append(Self.text("a"), in: Self.main)
        #expect(a == ElementPath([0, 0]))
        let b = builder.append(Self.text("b"), in: Self.main)
        #expect(b == ElementPath([0, 1]))
        #expect(builder.draft.hasUnsentChanges)
        let first = builder.takeDelta()
        #expect(first.count == 2)
        try Self.send(first, to: &browser, builder)
        #expect(!builder.draft.hasUnsentChanges)
        builder.append(Self.text("c"), in: Self.main)
        let second = builder.takeDelta()
        #expect(second == [.set(path: ElementPath([0, 2]), node: Self.text("c"))])
        try Self.send(second, to: &browser, builder)
    }

    @Test func aSlotHoldsOneChildAndClears() throws {
        var builder = Self.builder()
        var browser = ElementTree()
        let slotPath = try Self.require(builder.append(.block(.slot), in: Self.main))
        let slot = Self.main.child(slotPath, isSlot: true)
        builder.append(Self.text("one"), in: slot)
        try Self.send(builder.takeDelta(), to: &browser, builder)
        let two = builder.append(Self.text("two"), in: slot)
        #expect(two == slotPath.appending(0))
        #expect(Self.children(builder, slotPath) == [Self.text("two")])
        try Self.send(builder.takeDelta(), to: &browser, builder)
        builder.clear(slotPath)
        #expect(Self.children(builder, slotPath).isEmpty)
        let cleared = builder.takeDelta()
        #expect(cleared == [.trim(path: slotPath, count: 0)])
        try Self.send(cleared, to: &browser, builder)
    }

    @Test func replacingABlockOfTheSameLayoutKeepsItsChildren() throws {
        var builder = Self.builder()
        var browser = ElementTree()
        let running = Element.block(.status(StatusBlock(label: "Working")))
        let path = try Self.require(builder.append(running, in: Self.main))
        builder.append(Self.text("step 1"), in: Self.main.child(path))
        try Self.send(builder.takeDelta(), to: &browser, builder)
        let done = Element.block(.status(StatusBlock(label: "Done", state: .complete)))
        builder.replace(at: path, with: done)
        #expect(builder.draft.tree.node(at: path)?.element == done)
        #expect(Self.children(builder, path) == [Self.text("step 1")])
        let ops = builder.takeDelta()
        #expect(ops == [.set(path: path, node: done)])
        try Self.send(ops, to: &browser, builder)
        builder.replace(at: path, with: Self.text("gone"))
        #expect(Self.children(builder, path).isEmpty)
        // A node of another kind is inserted while the run goes (the differ shifts rather than
        // resends); the run's final trims remove what is left over.
        try Self.send(builder.finish(.completed).ops, to: &browser, builder)
    }

    @Test func pageConfigCallsMergeIntoOneElement() {
        var builder = Self.builder()
        builder.setPageConfig(PageConfigElement(title: "A", icon: nil, layout: nil, initialSidebarState: nil))
        builder.setPageConfig(PageConfigElement(title: nil, icon: "📈", layout: .wide, initialSidebarState: nil))
        let merged = PageConfigElement(title: "A", icon: "📈", layout: .wide, initialSidebarState: nil)
        #expect(Self.children(builder, ElementPath([2])) == [.pageConfig(merged)])
    }

    @Test func drawingIntoARemovedContainerDoesNothingAndSaysSoOnce() throws {
        var builder = Self.builder()
        var browser = ElementTree()
        let slotPath = try Self.require(builder.append(.block(.slot), in: Self.main))
        let slot = Self.main.child(slotPath, isSlot: true)
        let inner = Self.main.child(try Self.require(builder.append(Self.container, in: slot)))
        builder.append(Self.text("inside"), in: inner)
        builder.append(Self.text("replaces the container"), in: slot)
        try Self.send(builder.takeDelta(), to: &browser, builder)
        let page = builder.draft.tree
        // The app goes on as if the container still showed: its draws get the paths they would have.
        let lost = builder.append(Self.text("lost"), in: inner)
        #expect(lost == inner.path.appending(0))
        let lostAgain = builder.append(Self.text("lost again"), in: inner)
        #expect(lostAgain == inner.path.appending(0))
        #expect(builder.draft.tree == page)
        #expect(!builder.draft.hasUnsentChanges)
        let notices = builder.takeNotices()
        #expect(notices.count == 1)
        guard case .drawnIntoRemovedContainer(let path) = notices.first else {
            Issue.record("expected a removed-container notice, got \(notices)")
            return
        }
        #expect(path == inner.path)
    }

    // MARK: Widgets, misuse and halting

    @Test func aWidgetTakesTheBrowsersValueAndIsRecorded() {
        var core = SessionCore()
        core.widgetValues[Self.checkbox("a").id] = .bool(true)
        var builder = Self.builder(core: core)
        let checked = Self.draw(Self.checkbox("a"), &builder)
        #expect(checked)
        #expect(builder.rendered.order == [Self.checkbox("a").id])
        #expect(builder.drawn == [Self.checkbox("a").id])
    }

    @Test func aMisuseIsShownWhereItHappenedAndHaltsTheRun() {
        var builder = Self.builder()
        Self.draw(Self.checkbox("a"), &builder)
        Self.draw(Self.checkbox("a"), &builder)
        #expect(builder.halted)
        #expect(builder.misuse != nil)
        let page = Self.children(builder, ElementPath([0]))
        #expect(page.count == 2)
        #expect(page.last?.kind == .exception)
        let after = builder.append(Self.text("after"), in: Self.main)
        #expect(after == nil)
        let drawnAfter = Self.draw(Self.checkbox("b"), &builder)
        #expect(!drawnAfter)
        #expect(Self.children(builder, ElementPath([0])).count == 2)
        let notices = builder.takeNotices()
        #expect(notices.count == 1)
        guard case .misuse = notices.first else {
            Issue.record("expected a misuse notice, got \(notices)")
            return
        }
    }

    @Test func aValueTheWidgetCannotShowIsReportedAndTheDefaultShown() {
        var core = SessionCore()
        core.widgetValues[Self.checkbox("a").id] = .string("yes")
        var builder = Self.builder(core: core)
        let shown = Self.draw(Self.checkbox("a"), &builder)
        #expect(!shown)
        guard case .invalidWidgetValue(let message) = builder.takeNotices().first else {
            Issue.record("expected an invalid-value notice")
            return
        }
        #expect(message.contains("a boolean"))
    }

    // MARK: Forms

    @Test func aSecondFormWithTheSameIdIsAMisuse() throws {
        var builder = Self.builder()
        let path = try Self.require(builder.append(.block(.form(FormBlock(id: "f"))), in: Self.main))
        let registered = builder.registerForm("f", at: path, clearOnSubmit: false, in: Self.main)
        #expect(registered)
        let registeredTwice = builder.registerForm("f", at: path, clearOnSubmit: false, in: Self.main)
        #expect(!registeredTwice)
        #expect(builder.halted)
    }

    @Test func aSubmittedFormWithClearOnSubmitSendsItsDefaults() throws {
        let submit = WidgetID(kind: .button, label: "Send", key: nil)
        var core = SessionCore()
        core.widgetValues[Self.checkbox("agree").id] = .bool(true)
        var builder = Self.builder(core: core)
        _ = builder.prepare(RerunRequest(triggers: [submit]))
        let path = try Self.require(builder.append(.block(.form(FormBlock(id: "f"))), in: Self.main))
        let registered = builder.registerForm("f", at: path, clearOnSubmit: true, in: Self.main)
        #expect(registered)
        var form = Self.main.child(path)
        form.form = "f"
        let submitted = Self.draw(Self.checkbox("agree"), in: form, &builder)
        #expect(submitted)
        let clicked = builder.button(
            label: "Send", key: nil, formSubmit: true, onClick: nil, options: Self.options, in: form
        ) { .button(ButtonElement(widget: $0, style: .secondary, formSubmit: true)) }
        #expect(clicked)
        let (status, ops) = builder.finish(.completed)
        #expect(status == .complete)
        var browser = ElementTree()
        for op in ops { try browser.apply(op) }
        guard case .checkbox(let shown) = browser.node(at: path.appending(0))?.element else {
            Issue.record("expected the checkbox in the form")
            return
        }
        #expect(!shown.value)
        #expect(builder.core.widgetValues[Self.checkbox("agree").id] == .bool(false))
    }

    // MARK: Fragments

    @Test func aFragmentRunStartsFromTheBrowsersPageWithItsBlockEmptied() throws {
        var full = Self.builder()
        var browser = ElementTree()
        full.append(Self.text("above"), in: Self.main)
        let block = try Self.require(full.append(.block(.vertical(VerticalBlock(fragment: "f"))), in: Self.main))
        let id = try Self.require(full.registerFragment(baseID: "f", placement: Self.main.child(block), body: { _ in }, runEvery: nil))
        #expect(id == "f")
        var inside = Self.main.child(block)
        inside.fragment = id
        Self.draw(Self.checkbox("zoom"), in: inside, &full)
        Self.draw(Self.checkbox("outside"), &full)
        let (_, ops) = full.finish(.completed)
        try Self.send(ops, to: &browser, full)

        let record = try #require(full.core.fragments["f"])
        var partial = Self.builder(core: full.core, scope: .fragments([record]))
        _ = partial.prepare(RerunRequest(scope: .parts([.fragment("f")])))
        #expect(Self.children(partial, block).isEmpty)
        #expect(Self.children(partial, ElementPath([0])).count == 3)
        #expect(!partial.rendered.contains(Self.checkbox("zoom").id))
        #expect(partial.rendered.contains(Self.checkbox("outside").id))
        partial.append(Self.text("redrawn"), in: record.placement)
        let (_, partialOps) = partial.finish(.completed)
        #expect(partialOps.allSatisfy { $0.path.indices.starts(with: block.indices) })
        try Self.send(partialOps, to: &browser, partial)
    }

    @Test func oneCallSiteDrawingSeveralFragmentsGetsUniqueIds() throws {
        var builder = Self.builder()
        let block = { (id: String) in BlockElement.vertical(VerticalBlock(fragment: id)) }
        let first = try Self.require(
            builder.drawFragment(baseID: "f", in: Self.main, body: { _ in }, runEvery: nil, block: block))
        let second = try Self.require(
            builder.drawFragment(baseID: "f", in: Self.main, body: { _ in }, runEvery: nil, block: block))
        #expect(first.fragment == "f")
        #expect(second.fragment == "f#2")
        #expect(builder.draft.tree.node(at: second.path)?.element == .block(block("f#2")))
        #expect(builder.fragments["f#2"]?.placement.fragment == "f#2")
    }

    // MARK: Ending

    @Test func anInterruptedRunSendsNothingAndAFailedOneShowsItsError() {
        var interrupted = Self.builder()
        interrupted.append(Self.text("a"), in: Self.main)
        let (status, ops) = interrupted.finish(.interrupted)
        #expect(status == .interrupted)
        #expect(ops.isEmpty)

        struct Boom: Error {}
        var failed = Self.builder()
        failed.append(Self.text("a"), in: Self.main)
        let (failedStatus, failedOps) = failed.finish(.failed(Boom()))
        #expect(failedStatus == .error)
        #expect(failedOps.count == 2)
        #expect(Self.children(failed, ElementPath([0])).last?.kind == .exception)
    }
}

extension WidgetSpec {
    /// The id of this widget drawn outside any page (the builder makes ids with `Placement.widgetID`).
    fileprivate var id: WidgetID { Placement.root(.main).widgetID(kind: kind, label: label, key: key) }
}
