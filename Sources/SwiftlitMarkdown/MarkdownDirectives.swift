import CCmarkGFM

/// Streamlit's Markdown extensions, applied to cmark's tree after parsing: coloured text
/// (`:red[…]`), coloured backgrounds (`:blue-background[…]`), badges (`:green-badge[…]`) and
/// Material Symbols icons (`:material/home:`).
///
/// Working on the tree, not the source, is what keeps code spans and code blocks untouched (their
/// text is a literal, never a text node) and lets the bracketed part hold any inline Markdown: the
/// opener and its `]` (found among the same parent's text, so the span is balanced) become raw HTML
/// nodes around the nodes between them. That markup comes only from the fixed tables below (a class
/// per colour, never a style built from the app's text), and it is added after raw HTML from the
/// app was escaped; the text inside stays text nodes, escaped by cmark's renderer, so
/// `:red[<script>]` shows `<script>` in red.
enum MarkdownDirectives {
    /// The colours of Streamlit's text, background and badge directives (`grey` is `gray`).
    static let colors: Set<String> = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"]

    /// The opening HTML of a directive's span, or `nil` when `name` is no directive.
    static func openingTag(for name: String) -> String? {
        if name == "rainbow" { return #"<span class="st-color st-color--rainbow">"# }
        let parts = name.split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = parts.first, colors.contains(first) else { return nil }
        let color = first == "grey" ? "gray" : first
        switch parts.count == 2 ? parts[1] : nil {
        case nil: return #"<span class="st-color st-color--\#(color)">"#
        case "background": return #"<span class="st-bg st-bg--\#(color)">"#
        case "badge": return #"<span class="st-badge st-badge--\#(color)">"#
        default: return nil
        }
    }

    /// The HTML of a Material Symbols icon: the font draws the name, a ligature, as its glyph.
    /// Hidden from assistive technology, like Streamlit's decorative icons.
    static func iconHTML(_ name: String) -> String {
        iconHTMLPrefix + name + "</span>"
    }

    /// How every icon's HTML starts.
    static let iconHTMLPrefix = #"<span class="st-icon" aria-hidden="true" translate="no">"#

    /// Whether `name` is a Material Symbols name: lower-case letters, digits and `_`.
    static func isIconName<S: StringProtocol>(_ name: S) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Applies the directives in every inline container of `document`.
    static func apply(to document: OpaquePointer) {
        process(document)
    }

    /// Whether `source` may hold a directive: a `:name[` or a `:material/`. Most Markdown has
    /// neither, and then the tree pass (which reads every text node) is skipped. A quick scan of
    /// the bytes; a `true` may be wrong (the tree pass then finds nothing), a `false` never is.
    static func mayApply(to source: String) -> Bool {
        var afterColon = false
        var nameLength = 0
        // The name's first eight bytes, packed: enough to tell `material` apart, without an array.
        var name: UInt64 = 0
        for byte in source.utf8 {
            if byte == UInt8(ascii: ":") {
                afterColon = true
                nameLength = 0
                name = 0
                continue
            }
            guard afterColon else { continue }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"):
                nameLength += 1
                if nameLength <= 8 { name = name << 8 | UInt64(byte) }
            case UInt8(ascii: "["):
                if nameLength > 0 { return true }
                afterColon = false
            case UInt8(ascii: "/"):
                if nameLength == 8, name == materialName { return true }
                afterColon = false
            default:
                afterColon = false
            }
        }
        return false
    }

    /// `material`, packed as ``mayApply(to:)`` packs a name.
    private static let materialName = "material".utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }

    /// One thing found in a text node.
    private enum Match {
        /// `:name[` at `range`, opening a span.
        case opener(Range<String.Index>, tag: String)
        /// `:material/name:` at `range`.
        case icon(Range<String.Index>, name: String)
    }

    private static func process(_ container: OpaquePointer) {
        mergeAdjacentText(in: container)
        var current = cmark_node_first_child(container)
        while let node = current {
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT else {
                if cmark_node_first_child(node) != nil { process(node) }
                current = cmark_node_next(node)
                continue
            }
            let text = literal(of: node)
            guard let match = firstMatch(in: text) else {
                current = cmark_node_next(node)
                continue
            }
            switch match {
            case .icon(let range, let name):
                setLiteral(node, String(text[..<range.lowerBound]))
                guard let icon = insertHTML(iconHTML(name), after: node) else { return }
                current = insertText(String(text[range.upperBound...]), after: icon)
            case .opener(let range, let tag):
                setLiteral(node, String(text[..<range.lowerBound]))
                guard let rest = insertText(String(text[range.upperBound...]), after: node) else { return }
                // The tags are raw HTML nodes around the content, which stays where it is (every
                // container that holds inlines holds them, table cells included): the scan goes on
                // into the content, where directives nest.
                if let closer = findCloser(from: rest), insertHTML(tag, after: node) != nil {
                    close(closer)
                } else {
                    // No closing bracket: the opener stays text, and the scan goes on after it.
                    setLiteral(node, String(text[..<range.upperBound]))
                }
                current = rest
            }
        }
    }

    /// The first directive opener or icon in `text`.
    private static func firstMatch(in text: String) -> Match? {
        var searchStart = text.startIndex
        while let colon = text[searchStart...].firstIndex(of: ":") {
            let afterColon = text.index(after: colon)
            let name = text[afterColon...].prefix { $0.isASCII && ($0.isLetter || $0 == "-") }
            let nameEnd = name.endIndex
            if nameEnd < text.endIndex {
                if text[nameEnd] == "[", let tag = openingTag(for: String(name)) {
                    return .opener(colon..<text.index(after: nameEnd), tag: tag)
                }
                if name == "material", text[nameEnd] == "/" {
                    let iconStart = text.index(after: nameEnd)
                    if let iconEnd = text[iconStart...].firstIndex(of: ":"), isIconName(text[iconStart..<iconEnd]) {
                        return .icon(colon..<text.index(after: iconEnd), name: String(text[iconStart..<iconEnd]))
                    }
                }
            }
            searchStart = afterColon
        }
        return nil
    }

    /// The text node holding the `]` that closes a directive whose content starts at `start`, and
    /// that bracket's index; brackets in between nest. Only text at this level counts: a bracket in
    /// a code span or a link's text is not the closer.
    private static func findCloser(from start: OpaquePointer) -> (node: OpaquePointer, index: String.Index)? {
        var depth = 0
        var current: OpaquePointer? = start
        while let node = current {
            if cmark_node_get_type(node) == CMARK_NODE_TEXT {
                let text = literal(of: node)
                var index = text.startIndex
                while index < text.endIndex {
                    switch text[index] {
                    case "[": depth += 1
                    case "]":
                        if depth == 0 { return (node, index) }
                        depth -= 1
                    default: break
                    }
                    index = text.index(after: index)
                }
            }
            current = cmark_node_next(node)
        }
        return nil
    }

    /// Replaces the closing bracket with a `</span>` node.
    private static func close(_ closer: (node: OpaquePointer, index: String.Index)) {
        let closerText = literal(of: closer.node)
        setLiteral(closer.node, String(closerText[..<closer.index]))
        guard let end = insertHTML("</span>", after: closer.node) else { return }
        insertText(String(closerText[closerText.index(after: closer.index)...]), after: end)
    }

    /// Joins runs of text nodes (cmark splits text at brackets and escapes), so that a directive's
    /// name and its bracket are found together.
    private static func mergeAdjacentText(in container: OpaquePointer) {
        var current = cmark_node_first_child(container)
        while let node = current {
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT else {
                current = cmark_node_next(node)
                continue
            }
            var text = literal(of: node)
            var next = cmark_node_next(node)
            var merged = false
            while let sibling = next, cmark_node_get_type(sibling) == CMARK_NODE_TEXT {
                text += literal(of: sibling)
                next = cmark_node_next(sibling)
                cmark_node_free(sibling)  // unlinks it too
                merged = true
            }
            if merged { setLiteral(node, text) }
            current = next
        }
    }

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func setLiteral(_ node: OpaquePointer, _ text: String) {
        cmark_node_set_literal(node, text)
    }

    /// A new text node after `node`; `nil` only if cmark could not allocate one.
    @discardableResult
    private static func insertText(_ text: String, after node: OpaquePointer) -> OpaquePointer? {
        guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        cmark_node_set_literal(textNode, text)
        cmark_node_insert_after(node, textNode)
        return textNode
    }

    /// A raw HTML node holding `html` (from this file's fixed tables only) after `node`.
    @discardableResult
    private static func insertHTML(_ html: String, after node: OpaquePointer) -> OpaquePointer? {
        guard let htmlNode = cmark_node_new(CMARK_NODE_HTML_INLINE) else { return nil }
        cmark_node_set_literal(htmlNode, html)
        guard cmark_node_insert_after(node, htmlNode) != 0 else {
            cmark_node_free(htmlNode)
            return nil
        }
        return htmlNode
    }
}
