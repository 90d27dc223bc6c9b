import SwiftlitProtocol
import SwiftlitRuntime

/// The page request's run as HTML for the page's main area: text elements as the browser
/// client's renderers build them (`renderers/text.js`: same tags, classes and test ids), every
/// other element as an empty placeholder of the same place. The client replaces all of it with the
/// first run it receives over its socket, so this HTML only has to look right, not to be hydrated.
///
/// `PrerenderHTMLTests` checks the escaping and the refusals; the Chromium test
/// `test_prerender.py` checks that each text element reads and looks as the client draws it.
enum PrerenderHTML {
    /// The elements of the main area, or `nil` when the page shows nothing there worth drawing
    /// early (no text element at all).
    static func mainArea(of page: BrowserPage) -> String? {
        let elements = page.tree.roots[RootContainer.main.rawValue].children.map(\.element)
        var html = ""
        var drewText = false
        for element in elements {
            if let text = textElement(element) {
                html += text
                drewText = true
            } else {
                html += #"<div class="st-element st-prerender-placeholder" aria-hidden="true"></div>"#
            }
        }
        return drewText ? html : nil
    }

    /// A text element as the client draws it; `nil` for other kinds, and for HTML that
    /// ``PlainServerHTML`` does not pass.
    static func textElement(_ element: Element) -> String? {
        switch element {
        case .heading(let heading):
            guard (1...3).contains(heading.level), PlainServerHTML.isPlain(heading.html) else { return nil }
            let tag = "h\(heading.level)"
            var title = "<\(tag)\(heading.anchor.map { " id=\"\(escaped($0))\"" } ?? "")>"
            title += #"<span class="st-heading__text">\#(heading.html)</span>"#
            if let anchor = heading.anchor {
                title += ##"<a class="st-heading__anchor" data-testid="st-heading-anchor" aria-label="Link to this section" href="#\##(escaped(anchor))">#</a>"##
            }
            title += "</\(tag)>"
            return #"<div class="st-element st-heading" data-kind="heading" data-testid="st-heading">\#(title)</div>"#
        case .markdown(let markdown):
            return markdownLike(markdown, family: "st-markdown", kind: "markdown")
        case .caption(let caption):
            return markdownLike(caption, family: "st-caption", kind: "caption")
        case .text(let text):
            return #"<div class="st-element st-text" data-kind="text" data-testid="st-text"><pre class="st-text__body">\#(escaped(text.text))</pre></div>"#
        case .divider:
            return #"<hr class="st-element st-divider" data-kind="divider" data-testid="st-divider">"#
        default:
            return nil
        }
    }

    private static func markdownLike(_ markdown: MarkdownElement, family: String, kind: String) -> String? {
        guard PlainServerHTML.isPlain(markdown.html) else { return nil }
        return #"<div class="st-element \#(family)" data-kind="\#(kind)" data-testid="\#(family)"><div class="st-markdown__body">\#(markdown.html)</div></div>"#
    }

    /// `text` as HTML text or a double-quoted attribute value.
    static func escaped(_ text: String) -> String {
        var html = ""
        html.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            default: html.unicodeScalars.append(character)
            }
        }
        return html
    }
}
