import Foundation
@testable import SwiftlitMarkdown
import Testing

@Suite struct MarkdownTests {
    @Test func rendersGitHubFlavouredMarkdown() {
        let html = Markdown.html(
            from: """
                | a | b |
                | --- | :-: |
                | 1 | 2 |

                ~~gone~~ and https://swift.org

                - [x] done
                - [ ] open

                ```swift
                let x = 1
                ```
                """)
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains(#"<a href="https://swift.org">https://swift.org</a>"#))
        #expect(html.contains(#"<input type="checkbox" checked="" disabled="" />"#))
        #expect(html.contains(#"<pre lang="swift"><code>let x = 1"#))
    }

    @Test func escapesRawHTMLByDefault() {
        let html = Markdown.html(from: "Hi <b>there</b>\n\n<script>alert(1)</script>")
        #expect(html.contains("&lt;b&gt;there&lt;/b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
    }

    @Test func passesRawHTMLWhenAllowed() {
        let html = Markdown.html(from: "Hi <b>there</b>", allowHTML: true)
        #expect(html.contains("<b>there</b>"))
    }

    @Test(arguments: [false, true]) func neutralisesScriptLinks(allowHTML: Bool) {
        let html = Markdown.html(
            from: "[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](vbscript:x) [d](data:text/html,x) [e](https://ok.example)",
            allowHTML: allowHTML)
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("data:text/html"))
        #expect(html.contains(#"href="https://ok.example""#))
    }

    @Test func inlineDropsTheParagraph() {
        #expect(Markdown.inlineHTML(from: "Hello **you**") == "Hello <strong>you</strong>")
    }

    @Test func anchorsAreSlugs() {
        #expect(Markdown.anchor(for: "Hello, World 👋") == "hello-world")
        #expect(Markdown.anchor(for: "Été 2024!") == "été-2024")
        #expect(Markdown.anchor(for: "👋") == "")
    }
}

/// Long Markdown is parsed in pieces, so its cost grows linearly: cmark-gfm is quadratic on some
/// inputs.
@Suite struct LongMarkdownTests {
    /// cmark-gfm's cost is bounded by the size of what it parses at once, so no piece it parses
    /// may exceed the limit, whatever the input (unsplit, these took 14–89 s to render).
    @Test func quadraticInputsAreParsedInBoundedPieces() {
        for hostile in [
            String(repeating: "![[]()", count: 174_762),
            "|" + String(repeating: "a|", count: 65_000) + "\n|" + String(repeating: "-|", count: 65_000),
            String(repeating: String(repeating: "![[]()", count: 2_500) + "\n\n", count: 60),
            String(repeating: "[a]: /u\n", count: 3_000) + String(repeating: "x ", count: 20_000),
        ] {
            let pieces = MarkdownChunks.pieces(of: hostile)
            for case .markdown(let text) in pieces {
                #expect(text.utf8.count <= MarkdownChunks.chunkLimit + MarkdownChunks.definitionsLimit + 4)
            }
            #expect(!Markdown.html(from: hostile).isEmpty)
        }
    }

    @Test func longDocumentsKeepTheirMeaning() {
        let paragraphs = (0..<400).map { "Paragraph \($0) with a [reference link][home] and **bold**." }
        let document = paragraphs.joined(separator: "\n\n") + "\n\n```swift\nlet a = 1\n\nlet b = 2\n```\n\n[home]: https://swift.org\n"
        let html = Markdown.html(from: document)
        #expect(html.components(separatedBy: #"<a href="https://swift.org">reference link</a>"#).count == 401)
        #expect(html.components(separatedBy: "<strong>bold</strong>").count == 401)
        #expect(html.contains("let a = 1\n\nlet b = 2"))
        #expect(!html.contains("[home]"))
    }

    @Test func anOversizedBlockIsShownAsEscapedText() {
        let block = String(repeating: "<b>x</b> ", count: 3_000)
        let html = Markdown.html(from: block + "\n\nafter **this**")
        #expect(html.hasPrefix("<p>&lt;b&gt;x&lt;/b&gt;"))
        #expect(html.contains("<strong>this</strong>"))
        #expect(!html.contains("<b>"))
    }
}
