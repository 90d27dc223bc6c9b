import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GitHub-flavoured Markdown to HTML that is safe to insert into the page.
///
/// Tables, strikethrough, task lists, autolinks and fenced code are on, and so are Streamlit's
/// directives: `:red[coloured text]`, `:blue-background[…]`, `:green-badge[…]`, `:rainbow[…]` and
/// `:material/icon_name:` (see ``MarkdownDirectives``). Raw HTML is shown as
/// text unless the caller opts in, and `javascript:`, `vbscript:` and `data:` link targets are
/// always emptied.
///
/// ```swift
/// Markdown.html(from: "Hello, **world**")   // "<p>Hello, <strong>world</strong></p>\n"
/// ```
public enum Markdown {
    /// Renders a Markdown document.
    /// - Parameters:
    ///   - markdown: The source text.
    ///   - allowHTML: Pass raw HTML through instead of escaping it. Links are sanitised either way.
    /// - Returns: The HTML, ending with a newline; empty for empty input.
    public static func html(from markdown: String, allowHTML: Bool = false) -> String {
        MarkdownChunks.pieces(of: markdown).map { piece in
            switch piece {
            case .markdown(let text): render(text, allowHTML: allowHTML)
            case .text(let text): plainParagraph(text)
            }
        }.joined()
    }

    /// Renders one document with cmark-gfm (see ``MarkdownChunks`` for why long text is split first).
    private static func render(_ markdown: String, allowHTML: Bool) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_UNSAFE | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist", "tagfilter"] {
            if let extensionHandle = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionHandle)
            }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        sanitize(document, allowHTML: allowHTML)
        if MarkdownDirectives.mayApply(to: markdown) { MarkdownDirectives.apply(to: document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Renders one line of inline Markdown (for headings and labels), without the `<p>` wrapper.
    public static func inlineHTML(from markdown: String, allowHTML: Bool = false) -> String {
        var html = html(from: markdown, allowHTML: allowHTML)
        if html.hasSuffix("\n") { html.removeLast() }
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), !html.dropFirst(3).contains("<p>") {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }

    /// Walks the document: escapes raw HTML (unless allowed) by turning it into text, and empties
    /// dangerous link targets. cmark's own safe mode drops HTML silently and, with HTML allowed,
    /// lets `javascript:` through; neither is what a page author expects.
    private static func sanitize(_ document: OpaquePointer, allowHTML: Bool) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var rawHTML: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if let url = cmark_node_get_url(node), isDangerous(String(cString: url), image: type == CMARK_NODE_IMAGE) {
                    cmark_node_set_url(node, "")
                }
            } else if !allowHTML, type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK {
                rawHTML.append(node)
            }
        }
        // Replace after the walk: changing the tree while iterating it is not allowed.
        for node in rawHTML { escape(node) }
    }

    private static func escape(_ node: OpaquePointer) {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        cmark_node_set_literal(text, isBlock ? String(literal.trimmingSuffixNewlines) : literal)
        if isBlock {
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else {
                cmark_node_free(text)
                return
            }
            cmark_node_append_child(paragraph, text)
            cmark_node_replace(node, paragraph)
        } else {
            cmark_node_replace(node, text)
        }
        cmark_node_free(node)
    }

    /// `text` as one paragraph of plain text, escaped by cmark's own renderer without parsing it.
    static func plainParagraph(_ text: String) -> String {
        guard let document = cmark_node_new(CMARK_NODE_DOCUMENT) else { return "" }
        defer { cmark_node_free(document) }
        // Each node is handed to its parent at once, so freeing the document frees everything.
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { return "" }
        cmark_node_append_child(document, paragraph)
        guard let literal = cmark_node_new(CMARK_NODE_TEXT) else { return "" }
        cmark_node_append_child(paragraph, literal)
        cmark_node_set_literal(literal, text)
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, nil) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// Whether a link target could run script: `javascript:` and `vbscript:` anywhere, `data:`
    /// except for images. Browsers ignore case, whitespace and control characters in the scheme.
    static func isDangerous(_ url: String, image: Bool) -> Bool {
        let scheme = url.unicodeScalars.prefix(while: { $0 != ":" })
        guard scheme.count < url.unicodeScalars.count else { return false }
        let normalized = String(String.UnicodeScalarView(scheme.filter { $0.value > 0x20 })).lowercased()
        switch normalized {
        case "javascript", "vbscript": return true
        case "data": return !image
        default: return false
        }
    }
}

extension String {
    fileprivate var trimmingSuffixNewlines: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isNewline { end = index(before: end) }
        return self[startIndex..<end]
    }
}
