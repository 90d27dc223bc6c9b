@testable import SwiftlitMarkdown
import Testing

/// Streamlit's `:color[…]`, `:color-background[…]`, `:color-badge[…]` and `:material/name:`.
@Suite struct MarkdownDirectiveTests {
    @Test func colorsText() {
        #expect(Markdown.inlineHTML(from: "a :red[warm] b") == #"a <span class="st-color st-color--red">warm</span> b"#)
        #expect(Markdown.inlineHTML(from: ":grey[x]") == #"<span class="st-color st-color--gray">x</span>"#)
        #expect(Markdown.inlineHTML(from: ":rainbow[x]") == #"<span class="st-color st-color--rainbow">x</span>"#)
        #expect(Markdown.inlineHTML(from: ":primary[x]") == #"<span class="st-color st-color--primary">x</span>"#)
    }

    @Test func colorsBackgroundsAndBadges() {
        #expect(Markdown.inlineHTML(from: ":blue-background[sky]") == #"<span class="st-bg st-bg--blue">sky</span>"#)
        #expect(Markdown.inlineHTML(from: ":green-badge[ok]") == #"<span class="st-badge st-badge--green">ok</span>"#)
    }

    @Test func unknownNamesStayText() {
        #expect(Markdown.inlineHTML(from: ":pink[x] :red-border[y] :rainbow-badge[z]") == ":pink[x] :red-border[y] :rainbow-badge[z]")
        #expect(Markdown.inlineHTML(from: ":red[never closed") == ":red[never closed")
    }

    @Test func holdsInlineMarkdownAndNests() {
        #expect(
            Markdown.inlineHTML(from: ":red[**bold** and *it* :blue[inner]] after")
                == #"<span class="st-color st-color--red"><strong>bold</strong> and <em>it</em> <span class="st-color st-color--blue">inner</span></span> after"#
        )
        #expect(
            Markdown.inlineHTML(from: "**:violet[in bold]**")
                == #"<strong><span class="st-color st-color--violet">in bold</span></strong>"#)
        // Brackets inside nest instead of closing the directive.
        #expect(Markdown.inlineHTML(from: ":red[a [b] c]") == #"<span class="st-color st-color--red">a [b] c</span>"#)
        #expect(
            Markdown.inlineHTML(from: ":red[[link](https://swift.org)]")
                == #"<span class="st-color st-color--red"><a href="https://swift.org">link</a></span>"#)
    }

    @Test func leavesCodeUntouched() {
        #expect(Markdown.inlineHTML(from: "`:red[x]` and `:material/home:`") == "<code>:red[x]</code> and <code>:material/home:</code>")
        let block = Markdown.html(from: "```\n:red[x] :material/home:\n```")
        #expect(block == "<pre><code>:red[x] :material/home:\n</code></pre>\n")
        // A closing bracket inside a code span does not close the directive.
        #expect(Markdown.inlineHTML(from: ":red[`]` x]") == #"<span class="st-color st-color--red"><code>]</code> x</span>"#)
    }

    @Test func escapesTheContent() {
        let html = Markdown.inlineHTML(from: ":red[<script>alert(1)</script>] :blue-badge[<img src=x onerror=alert(1)>]")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The class comes from the fixed table: a name cannot inject attributes.
        #expect(Markdown.inlineHTML(from: #":red" onclick="x[a]"#) == #":red&quot; onclick=&quot;x[a]"#)
    }

    @Test func rendersMaterialIcons() {
        #expect(
            Markdown.inlineHTML(from: "Go :material/rocket_launch: now")
                == #"Go <span class="st-icon" aria-hidden="true" translate="no">rocket_launch</span> now"#)
        // Not icon names: upper case, punctuation, empty.
        #expect(Markdown.inlineHTML(from: ":material/Home: :material/a-b: :material/:") == ":material/Home: :material/a-b: :material/:")
        #expect(
            Markdown.inlineHTML(from: ":green-badge[:material/check: done]")
                == #"<span class="st-badge st-badge--green"><span class="st-icon" aria-hidden="true" translate="no">check</span> done</span>"#
        )
    }

    @Test func headingAnchorsComeFromTheVisibleText() {
        let anchor = { (markdown: String) in Markdown.anchor(forInlineHTML: Markdown.inlineHTML(from: markdown)) }
        #expect(anchor(":blue[Sales] **2024**") == "sales-2024")
        #expect(anchor("[Docs](https://swift.org) :material/home: now") == "docs-now")
        #expect(anchor("Q&A <b>") == "q-a-b")
        #expect(anchor("Hello, World 👋") == "hello-world")
    }

    @Test func theQuickScanNeverMissesADirective() {
        for source in [":red[x]", "a :blue-background[x]", ":material/home:", "x:Red[y]", "::green-badge[z]"] {
            #expect(MarkdownDirectives.mayApply(to: source), "\(source)")
        }
        for source in ["plain", "10:30", "https://swift.org", "a: [b]", ":material home:", ":[x]", ""] {
            #expect(!MarkdownDirectives.mayApply(to: source), "\(source)")
        }
    }

    @Test func worksInBlocksAndTables() {
        let html = Markdown.html(from: "# :red[Title]\n\n| a |\n| - |\n| :blue[cell] |\n\n- :orange[item]")
        #expect(html.contains(#"<h1><span class="st-color st-color--red">Title</span></h1>"#))
        #expect(html.contains(#"<td><span class="st-color st-color--blue">cell</span></td>"#))
        #expect(html.contains(#"<li><span class="st-color st-color--orange">item</span></li>"#))
    }
}

/// Widget labels: HTML only when the label has something to render.
@Suite struct LabelMarkdownTests {
    @Test func plainLabelsHaveNoHTML() {
        for label in ["Name", "Age (years)", "A < B", "Rate: 5%", "10:30", "snake_case_name", "Price * 2"] {
            #expect(Markdown.labelHTML(from: label) == nil, "\(label)")
        }
    }

    @Test func inlineMarkdownRenders() {
        #expect(Markdown.labelHTML(from: "**Bold** name") == "<strong>Bold</strong> name")
        #expect(Markdown.labelHTML(from: "Use `code`") == "Use <code>code</code>")
        #expect(Markdown.labelHTML(from: ":red[Danger]") == #"<span class="st-color st-color--red">Danger</span>"#)
        #expect(
            Markdown.labelHTML(from: ":material/home: Home")
                == #"<span class="st-icon" aria-hidden="true" translate="no">home</span> Home"#)
    }

    @Test func shortcodesAskForHTML() {
        #expect(Markdown.labelHTML(from: "Launch :rocket:") == "Launch :rocket:")
        #expect(Markdown.labelHTML(from: "a <b> :tada:") == "a &lt;b&gt; :tada:")
    }

    @Test func blocksStayText() {
        #expect(Markdown.labelHTML(from: "1. First") == nil)
        #expect(Markdown.labelHTML(from: "# Title") == nil)
        #expect(Markdown.labelHTML(from: "- :smile: item") == "- :smile: item")
    }

    @Test func rawHTMLIsEscaped() {
        let html = Markdown.labelHTML(from: "**<img src=x onerror=alert(1)>**")
        #expect(html == "<strong>&lt;img src=x onerror=alert(1)&gt;</strong>")
    }
}
