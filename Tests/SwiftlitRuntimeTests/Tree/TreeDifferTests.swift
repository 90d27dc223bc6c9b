import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

/// Applying the differ's operations to the browser's tree must always yield the tree the run
/// built, whatever the two runs contain.
@Suite struct TreeDifferTests {
    static func text(_ s: String) -> Element { .text(TextElement(text: s)) }
    static func box(_ n: Int) -> Element {
        .checkbox(BooleanElement(widget: WidgetInfo(id: WidgetID(rawValue: "checkbox:\(n)"), label: "\(n)", help: nil, disabled: false, labelVisibility: .visible), value: n % 2 == 0))
    }

    static func build(_ elements: [Element]) -> (ElementTree, [ElementPath]) {
        var tree = ElementTree()
        var paths: [ElementPath] = []
        for (index, element) in elements.enumerated() {
            let path = ElementPath([0, index])
            try? tree.set(element, at: path)
            paths.append(path)
        }
        return (tree, paths)
    }

    /// Runs one "run" through the differ and a simulated browser; returns the ops sent.
    static func rerun(_ elements: [Element], differ: inout TreeDiffer, browser: inout ElementTree) throws -> [DeltaOp] {
        let (built, paths) = build(elements)
        var ops = try differ.changes(at: paths.map(PendingChange.node), in: built)
        ops += try differ.trims(toMatch: built)
        for op in ops { try browser.apply(op) }
        #expect(browser == built)
        #expect(differ.mirror == browser)
        return ops
    }

    @Test func unchangedElementsCostNothing() throws {
        var differ = TreeDiffer()
        var browser = ElementTree()
        let page = [Self.text("title"), Self.box(1), Self.text("body")]
        #expect(try Self.rerun(page, differ: &differ, browser: &browser).count == 3)
        #expect(try Self.rerun(page, differ: &differ, browser: &browser).isEmpty)
    }

    @Test func insertionsAndRemovalsShiftInsteadOfResending() throws {
        var differ = TreeDiffer()
        var browser = ElementTree()
        let head = [Self.text("title"), Self.box(1)]
        let tail = [Self.box(2), Self.text("footer"), Self.box(3)]
        _ = try Self.rerun(head + [Self.text("line")] + tail, differ: &differ, browser: &browser)
        let grown = try Self.rerun(head + Array(repeating: Self.text("line"), count: 4) + tail, differ: &differ, browser: &browser)
        #expect(grown.count == 3)
        #expect(grown.allSatisfy { if case .insert = $0 { true } else { false } })
        let shrunk = try Self.rerun(head + tail, differ: &differ, browser: &browser)
        #expect(shrunk == [.remove(path: ElementPath([0, 2]), count: 4)])
    }

    @Test func browserValuesAreNotSentBack() throws {
        var differ = TreeDiffer()
        var browser = ElementTree()
        _ = try Self.rerun([Self.box(1)], differ: &differ, browser: &browser)
        differ.recordClientValues(["checkbox:1": .bool(true)])
        try browser.set(Self.box(1).showing(.bool(true)) ?? Self.box(1), at: ElementPath([0, 0]))
        let checked = Element.checkbox(BooleanElement(widget: WidgetInfo(id: "checkbox:1", label: "1", help: nil, disabled: false, labelVisibility: .visible), value: true))
        #expect(try Self.rerun([checked], differ: &differ, browser: &browser).isEmpty)
    }

    @Test func randomRunsAlwaysConverge() throws {
        var generator = SeededGenerator(seed: 42)
        let alphabet = (0..<4).map { Self.text("t\($0)") } + (0..<4).map(Self.box)
        var differ = TreeDiffer()
        var browser = ElementTree()
        for _ in 0..<300 {
            let count = Int.random(in: 0...12, using: &generator)
            var page: [Element] = []
            var usedBoxes = Set<Element>()
            for _ in 0..<count {
                let element = alphabet.randomElement(using: &generator) ?? Self.text("x")
                if element.widget != nil, !usedBoxes.insert(element).inserted { continue }
                page.append(element)
            }
            _ = try Self.rerun(page, differ: &differ, browser: &browser)
        }
    }
}

/// A small deterministic generator (SplitMix64) so the random test is repeatable.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
