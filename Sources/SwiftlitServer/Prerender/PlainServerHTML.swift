/// Whether HTML from an element's payload may go into the page as it is.
///
/// The browser client never inserts server HTML as it is: `safe-html.js` parses it inert and
/// strips what could run script or leave the page, behind the CSP, because an app may pass raw HTML
/// (`unsafeAllowHTML`). The page request's HTML has no such step, so it takes only HTML made of what
/// SwiftlitMarkdown writes: the tags and attributes of Markdown, double-quoted values, links to
/// web, mail and in-page addresses. Anything else, including anything this scanner does not
/// understand, is refused and that element is left to the client (fail closed).
enum PlainServerHTML {
    static func isPlain(_ html: String) -> Bool {
        var scanner = Scanner(bytes: Array(html.utf8))
        return scanner.scan()
    }

    static let tags: Set<String> = [
        "a", "b", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "input", "kbd", "li", "mark", "ol", "p", "pre", "s", "section", "small", "span", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    ]
    /// No `id` (nor `name`): the drawing comes before the page's own `#st-event` and `#st-toasts`,
    /// and an element of the same id would take their place for the client (DOM clobbering).
    static let attributes: Set<String> = [
        "align", "alt", "checked", "class", "disabled", "height", "href", "src", "start", "title", "type", "width",
    ]
    /// Attributes whose value the browser follows as an address.
    static let urlAttributes: Set<String> = ["href", "src"]
    static let schemes: Set<String> = ["http", "https", "mailto"]

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func scan() -> Bool {
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    index += 1
                    guard tag() else { return false }
                } else {
                    index += 1
                }
            }
            return true
        }

        /// One tag after its `<`, up to and including its `>`.
        private mutating func tag() -> Bool {
            let closing = take(UInt8(ascii: "/"))
            guard let name = word(), PlainServerHTML.tags.contains(name) else { return false }
            if name == "input" && !closing { return input() }
            return attributes(allowed: closing ? [] : PlainServerHTML.attributes) != nil
        }

        /// A task list's checkbox is the one `input` Markdown writes.
        private mutating func input() -> Bool {
            guard let found = attributes(allowed: ["type", "checked", "disabled"]) else { return false }
            return found["type"] == "checkbox"
        }

        /// Attributes up to and including the tag's `>` (or `/>`); `nil` when one is not allowed.
        private mutating func attributes(allowed: Set<String>) -> [String: String]? {
            var found: [String: String] = [:]
            while true {
                skipSpaces()
                if take(UInt8(ascii: ">")) { return found }
                if take(UInt8(ascii: "/")) { return take(UInt8(ascii: ">")) ? found : nil }
                guard let name = word(),
                    allowed.contains(name) || name.hasPrefix("data-") || name.hasPrefix("aria-")
                else { return nil }
                var value = ""
                if take(UInt8(ascii: "=")) {
                    guard let quoted = quotedValue() else { return nil }
                    value = quoted
                }
                if PlainServerHTML.urlAttributes.contains(name) && !Self.isSafeAddress(value) { return nil }
                found[name] = value
            }
        }

        /// A `"…"` value; cmark writes every value so, with `"` as `&quot;`.
        private mutating func quotedValue() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] == UInt8(ascii: "<") { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            let value = String(decoding: bytes[start..<index], as: UTF8.self)
            index += 1
            return value
        }

        /// A name of lowercase ASCII letters, digits and `-`, starting with a letter.
        private mutating func word() -> String? {
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                let isLetter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                guard isLetter || (index > start && (isDigit || byte == UInt8(ascii: "-"))) else { break }
                index += 1
            }
            return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }

        private mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") {
                index += 1
            }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// A relative address, an in-page `#…`, or one of ``schemes``. An entity (`&#…;`) could
        /// spell a scheme the check does not see, so a value holding `&` before its first `/`, `?`
        /// or `#` is refused too.
        static func isSafeAddress(_ value: String) -> Bool {
            let head = value.prefix { !"/?#".contains($0) }
            guard head.contains(":") || head.contains("&") else { return true }
            guard !head.contains("&"), let colon = head.firstIndex(of: ":") else { return false }
            return PlainServerHTML.schemes.contains(String(head[..<colon]))
        }
    }
}
