import Testing

@testable import SwiftlitMarkdown

@Suite struct MarkdownStreamTests {
    /// Replies whose blocks end for good at their blank lines: streamed, they render as a whole.
    static let replies = [
        "# Title\n\nA **bold** start.\n\nSecond paragraph with `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nThe end.",
        "Intro:\n\n```swift\nlet x = 1\n\nlet y = 2\n```\n\nAfter the code.",
        "Steps:\n\n1. one\n\n2. two\n\n3. three\n\nDone.",
        "- a\n- b\n\n  continued in b\n\nNext 😀 paragraph\n\n> quoted\n\ntail",
    ]

    @Test(arguments: replies) func aReplyStreamedInAnyPiecesRendersAsTheWholeText(_ reply: String) {
        for size in [1, 3, 7, 64] {
            var stream = MarkdownStream()
            var rest = Substring(reply)
            while !rest.isEmpty {
                stream.append(String(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            #expect(stream.text == reply)
            #expect(stream.html == Markdown.html(from: reply), "in pieces of \(size)")
        }
    }

    @Test func finishedBlocksAreCutOffAndListsAndFencesAreNot() {
        #expect(MarkdownStream.lastCut(in: "one\n\ntwo\n\nthree").map { "one\n\ntwo\n\nthree"[$0...] } == "three")
        #expect(MarkdownStream.lastCut(in: "```\na\n\nb") == nil, "inside fenced code")
        #expect(MarkdownStream.lastCut(in: "- a\n\n- b") == nil, "the list may go on")
        #expect(MarkdownStream.lastCut(in: "1. a\n\n2. b") == nil)
        #expect(MarkdownStream.lastCut(in: "- a\n\n  more of a") == nil, "an indented line continues the item")
        #expect(MarkdownStream.lastCut(in: "text\n\n1") == nil, "\"1\" may become a list item")
        #expect(MarkdownStream.lastCut(in: "text\n\n") == nil)
    }
}
