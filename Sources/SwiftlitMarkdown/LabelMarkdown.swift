extension Markdown {
    /// A label's inline Markdown as HTML, or `nil` when the label shows as its own text (most
    /// labels), so that the wire carries the rendered form only when there is something to render.
    ///
    /// Labels take Streamlit's inline subset: bold, italics, strikethrough, code, links, colour
    /// directives and `:material/name:` icons. A label that parses as a block (a list item, a
    /// heading, a quote) shows as plain text. A label with an emoji shortcode candidate such as
    /// `:rocket:` also gets HTML: the browser turns shortcodes into emoji in rendered HTML only.
    ///
    /// ```swift
    /// Markdown.labelHTML(from: "Name")          // nil
    /// Markdown.labelHTML(from: "**Bold** name") // "<strong>Bold</strong> name"
    /// ```
    public static func labelHTML(from label: String) -> String? {
        guard label.utf8.contains(where: isLabelMarkupByte) else { return nil }
        let rendered = inlineHTML(from: label)
        let text = escapedText(label)
        if blockTags.contains(where: { rendered.contains($0) }) {
            return hasShortcodeCandidate(label) ? text : nil
        }
        return rendered == text && !hasShortcodeCandidate(label) ? nil : rendered
    }

    /// Whether `byte` is one of the characters without which a label renders as its own text. A
    /// byte test, not a `Set<Character>`: every widget of every run asks it of its label.
    private static func isLabelMarkupByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "["),
            UInt8(ascii: ":"), UInt8(ascii: "\\"), UInt8(ascii: "&"):
            true
        default: false
        }
    }

    private static let blockTags = ["<p>", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<ul", "<ol", "<blockquote", "<pre", "<table", "<hr"]

    /// `text` escaped for HTML the way cmark escapes text: `&`, `<`, `>` and `"`.
    ///
    /// ```swift
    /// Markdown.escapedText("a < b")   // "a &lt; b"
    /// ```
    public static func escapedText(_ text: String) -> String {
        var html = plainParagraph(text)
        if html.hasSuffix("</p>\n") { html.removeLast(5) }
        if html.hasPrefix("<p>") { html.removeFirst(3) }
        return html
    }

    /// Whether `text` holds something shaped like an emoji shortcode, `:name:`.
    static func hasShortcodeCandidate(_ text: String) -> Bool {
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            if character == ":" {
                if let open = start, text.index(after: open) < index { return true }
                start = index
            } else if !(character.isASCII && (character.isLetter || character.isNumber || "_+-".contains(character))) {
                start = nil
            }
        }
        return false
    }
}
