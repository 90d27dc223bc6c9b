import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// `badge`, `latex`, `html` and rendered widget labels, as the page and the wire see them.
@Suite struct TextExtrasTests {
    @Test func badgeRendersItsLabelAndKeepsColourIconAndHelp() async throws {
        let at = AppTest { st in
            st.badge("**New** <b>", icon: ":material/star:", color: .violet, help: "Just added")
            st.badge("Plain")
        }
        try await at.run()
        let badges = at.badges.map(\.element)
        guard case .badge(let first) = badges.first, case .badge(let second) = badges.last, badges.count == 2 else {
            Issue.record("expected two badges, got \(badges)")
            return
        }
        #expect(first.html == "<strong>New</strong> &lt;b&gt;")
        #expect(first.color == .violet && first.icon == ":material/star:" && first.help == "Just added")
        #expect(second.color == .blue && second.icon == nil && second.help == nil)
        #expect(at.badges.map(\.text) == ["New <b>", "Plain"])
    }

    @Test func latexTravelsAsItsSource() async throws {
        let at = AppTest { st in st.latex(#"\frac{a}{b} < c"#, help: "A fraction") }
        try await at.run()
        guard case .latex(let formula) = at.latex.first?.element else {
            Issue.record("no formula")
            return
        }
        #expect(formula == LatexElement(tex: #"\frac{a}{b} < c"#, help: "A fraction"))
        let wire = String(decoding: try MessageCoding.makeEncoder().encode(at.messages[0]), as: UTF8.self)
        #expect(wire.contains(#""kind":"latex""#))
    }

    @Test func htmlIsInlineUnlessSandboxed() async throws {
        let at = AppTest { st in
            st.html("<p>inline</p>")
            st.html("<script>1</script>", sandboxed: true)
            st.html("<p>tall</p>", sandboxed: true, height: 400)
            st.html("<p>clamped</p>", sandboxed: true, height: -5)
            st.html("<p>ignored height</p>", height: 300)
        }
        try await at.run()
        let elements = at.htmlElements.compactMap { view -> HTMLElement? in
            if case .html(let element) = view.element { element } else { nil }
        }
        #expect(elements.map(\.frameHeight) == [nil, 150, 400, 1, nil])
        #expect(elements.first?.html == "<p>inline</p>")
    }

    @Test func plainLabelsSendNoRenderedForm() async throws {
        let at = AppTest { st in
            st.button("Save")
            _ = st.checkbox("**Bold** choice")
            _ = st.textInput(":material/search: Search")
            _ = st.slider("Launch :rocket:", in: 0...10)
        }
        try await at.run()
        let labels = at.allNodes().compactMap { $0.element.widget }.map { ($0.label, $0.labelHTML) }
        #expect(labels.map(\.0) == ["Save", "**Bold** choice", ":material/search: Search", "Launch :rocket:"])
        #expect(labels[0].1 == nil)
        #expect(labels[1].1 == "<strong>Bold</strong> choice")
        #expect(labels[2].1 == #"<span class="st-icon" aria-hidden="true" translate="no">search</span> Search"#)
        #expect(labels[3].1 == "Launch :rocket:")
        // A widget is still found by the label the app wrote.
        _ = try at.checkbox("**Bold** choice")
        let wire = String(decoding: try MessageCoding.makeEncoder().encode(at.messages[0]), as: UTF8.self)
        #expect(wire.components(separatedBy: "labelHTML").count == 4)
    }

    @Test func headingsAndMarkdownCarryDirectives() async throws {
        let at = AppTest { st in
            st.header(":blue[Blue] header")
            st.markdown("Use `:red[x]` for :red[red]")
        }
        try await at.run()
        guard case .heading(let heading) = at.headings.first?.element, case .markdown(let body) = at.markdown.first?.element
        else {
            Issue.record("missing elements")
            return
        }
        #expect(heading.html == #"<span class="st-color st-color--blue">Blue</span> header"#)
        // The anchor is made from the text a reader sees, as in Streamlit.
        #expect(heading.anchor == "blue-header")
        #expect(body.html == #"<p>Use <code>:red[x]</code> for <span class="st-color st-color--red">red</span></p>"# + "\n")
    }

    @Test func containerLabelsRenderTheirMarkdownOnlyWhenThereIsSome() async throws {
        let at = AppTest { st in
            _ = st.expander(":material/info: **More**")
            _ = st.expander("Plain")
            _ = st.popover("~~Old~~ menu")
            _ = st.tabs(["*One*", "Two & three"])
            _ = st.tabs(["A", "B"])
        }
        try await at.run()
        let blocks = at.allNodes().compactMap { node -> BlockElement? in
            if case .block(let block) = node.element { block } else { nil }
        }
        var expanders: [ExpanderBlock] = []
        var popovers: [PopoverBlock] = []
        var tabBars: [TabsBlock] = []
        for block in blocks {
            switch block {
            case .expander(let expander): expanders.append(expander)
            case .popover(let popover): popovers.append(popover)
            case .tabs(let tabs): tabBars.append(tabs)
            default: break
            }
        }
        #expect(expanders.map(\.labelHTML) == [#"<span class="st-icon" aria-hidden="true" translate="no">info</span> <strong>More</strong>"#, nil])
        #expect(popovers.map(\.labelHTML) == ["<del>Old</del> menu"])
        #expect(tabBars.map(\.labelsHTML) == [["<em>One</em>", "Two &amp; three"], nil])
    }
}
