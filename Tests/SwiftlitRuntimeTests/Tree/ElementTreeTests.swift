import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct ElementTreeTests {
    let a = Element.text(TextElement(text: "a"))
    let b = Element.text(TextElement(text: "b"))
    let block = Element.block(.plain)

    @Test func setAppendsReplacesAndRejectsGaps() throws {
        var tree = ElementTree()
        try tree.set(a, at: ElementPath([0, 0]))
        try tree.set(b, at: ElementPath([0, 1]))
        try tree.set(b, at: ElementPath([0, 0]))
        #expect(tree.node(at: ElementPath([0, 0]))?.element == b)
        #expect(throws: TreeError.gap(ElementPath([0, 5]), childCount: 2)) { try tree.set(a, at: ElementPath([0, 5])) }
        #expect(throws: TreeError.self) { try tree.set(a, at: ElementPath([0])) }
        #expect(throws: TreeError.self) { try tree.set(a, at: ElementPath([7, 0])) }
    }

    @Test func containersKeepChildrenOnlyWhenReplacedByContainers() throws {
        var tree = ElementTree()
        try tree.set(block, at: ElementPath([0, 0]))
        try tree.set(a, at: ElementPath([0, 0, 0]))
        try tree.set(block, at: ElementPath([0, 0]))
        #expect(tree.childCount(at: ElementPath([0, 0])) == 1)
        try tree.set(a, at: ElementPath([0, 0]))
        try tree.set(block, at: ElementPath([0, 0]))
        #expect(tree.childCount(at: ElementPath([0, 0])) == 0)
        #expect(throws: TreeError.notAContainer(ElementPath([0, 1]))) {
            try tree.set(a, at: ElementPath([0, 1]))
            try tree.set(a, at: ElementPath([0, 1, 0]))
        }
    }

    @Test func insertRemoveAndTrim() throws {
        var tree = ElementTree()
        for (index, element) in [a, b, a, b].enumerated() { try tree.set(element, at: ElementPath([0, index])) }
        try tree.insert(block, at: ElementPath([0, 1]))
        #expect(tree.node(at: ElementPath([0, 1]))?.element == block)
        #expect(tree.childCount(at: ElementPath([0])) == 5)
        try tree.remove(2, at: ElementPath([0, 1]))
        #expect(tree.node(at: ElementPath([0, 1]))?.element == a)
        try tree.trim(ElementPath([0]), to: 1)
        #expect(tree.childCount(at: ElementPath([0])) == 1)
        #expect(throws: TreeError.self) { try tree.remove(3, at: ElementPath([0, 0])) }
    }
}
