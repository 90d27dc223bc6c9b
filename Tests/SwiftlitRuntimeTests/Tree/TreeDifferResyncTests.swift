import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

/// After a broken invariant the differ cannot trust its mirror: `resync(to:)` must bring a
/// browser's tree, whatever it holds, to the built page.
@Suite struct TreeDifferResyncTests {
    static let leaves: [Element] = [
        .text(TextElement(text: "a")), .text(TextElement(text: "b")),
        .checkbox(BooleanElement(widget: WidgetInfo(id: "checkbox:x", label: "x", help: nil, disabled: false, labelVisibility: .visible), value: true)),
    ]
    static let blocks: [Element] = [
        .block(.vertical(VerticalBlock())), .block(.vertical(VerticalBlock(border: true))), .block(.slot),
        .block(.status(StatusBlock(label: "s"))),
    ]

    /// A random page: up to four levels of blocks and leaves in every root.
    static func randomTree(_ generator: inout SeededGenerator) throws -> ElementTree {
        var tree = ElementTree()
        func fill(_ path: ElementPath, depth: Int) throws {
            for index in 0..<Int.random(in: 0...4, using: &generator) {
                let isBlock = depth < 4 && Bool.random(using: &generator)
                let element = (isBlock ? blocks : leaves).randomElement(using: &generator) ?? leaves[0]
                try tree.set(element, at: path.appending(index))
                if isBlock { try fill(path.appending(index), depth: depth + 1) }
            }
        }
        for root in RootContainer.allCases { try fill(ElementPath([root.rawValue]), depth: 0) }
        return tree
    }

    @Test func resyncBringsAnyBrowserTreeToTheBuiltPage() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let built = try Self.randomTree(&generator)
            var browser = try Self.randomTree(&generator)
            var fresh = ElementTree()
            var differ = TreeDiffer()
            let ops = differ.resync(to: built)
            for op in ops {
                try browser.apply(op)
                try fresh.apply(op)
            }
            #expect(browser == built)
            #expect(fresh == built)
            #expect(differ.mirror == built)
        }
    }

    @Test func aChangeWhoseContainerTheMirrorLacksThrows() throws {
        var built = ElementTree()
        try built.set(Self.blocks[0], at: ElementPath([0, 0]))
        try built.set(Self.leaves[0], at: ElementPath([0, 0, 0]))
        var differ = TreeDiffer()
        #expect(throws: TreeError.self) { try differ.changes(at: [.node(ElementPath([0, 0, 0]))], in: built) }
    }
}
