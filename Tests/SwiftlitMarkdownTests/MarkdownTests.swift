import SwiftlitMarkdown
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
