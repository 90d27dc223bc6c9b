public import SwiftlitProtocol
import SwiftlitMarkdown

extension St {
    /// A small coloured pill, for a status or a tag.
    ///
    /// ```swift
    /// st.badge("New", icon: ":material/star:", color: .violet)
    /// st.badge("Passing", color: .green, help: "All 42 tests pass")
    /// ```
    /// - Parameters:
    ///   - text: The label: inline Markdown (bold, italics, strikethrough, code, links, emoji
    ///     shortcodes and `:material/name:` icons).
    ///   - icon: An emoji such as `"🚀"`, or a Material Symbols icon written `":material/name:"`.
    ///   - color: One of Streamlit's badge colours; blue by default.
    ///   - help: A tooltip.
    public func badge(_ text: String, icon: String? = nil, color: BadgeColor = .blue, help: String? = nil) {
        emit(.badge(BadgeElement(html: Markdown.inlineHTML(from: text), color: color, icon: icon, help: help)))
    }

    /// A mathematical formula, typeset with KaTeX in the browser.
    ///
    /// ```swift
    /// st.latex(#"a + ar + ar^2 + \cdots + ar^{n-1} = \sum_{k=0}^{n-1} ar^k = a \frac{1-r^{n}}{1-r}"#)
    /// ```
    /// A formula KaTeX cannot parse shows KaTeX's error message in place of the formula; the page
    /// goes on. KaTeX runs without `\href`, `\url` or `\htmlClass` (its `trust` option is off).
    /// - Parameters:
    ///   - tex: LaTeX, without `$` delimiters (a raw string literal saves doubling backslashes).
    ///   - help: A tooltip.
    public func latex(_ tex: String, help: String? = nil) {
        emit(.latex(LatexElement(tex: tex, help: help)))
    }

    /// The app's own HTML.
    ///
    /// Inline (the default), the HTML becomes part of the page after the browser removes what could
    /// run code: `<script>`, event handler attributes, `javascript:` links. Styles stay. With
    /// `sandboxed: true` the HTML is a whole document shown in an iframe of its own, and its
    /// scripts run there: the frame is sandboxed without same-origin access, so its code cannot
    /// read or change the page, its cookies or its storage, and cannot open the app's session.
    ///
    /// ```swift
    /// st.html("<p style='color: teal'>Hello <b>HTML</b></p>")
    /// st.html(
    ///     "<button onclick='this.textContent = Date()'>What time is it?</button>",
    ///     sandboxed: true, height: 60)
    /// ```
    /// - Parameters:
    ///   - html: The HTML source.
    ///   - sandboxed: Show the HTML, scripts and all, in a sandboxed iframe.
    ///   - height: The iframe's height in points (sandboxed only; 150 by default, as in
    ///     Streamlit's `components.html`).
    public func html(_ html: String, sandboxed: Bool = false, height: Int? = nil) {
        let frameHeight = sandboxed ? min(max(height ?? 150, 1), 100_000) : nil
        emit(.html(HTMLElement(html: html, frameHeight: frameHeight)))
    }
}
