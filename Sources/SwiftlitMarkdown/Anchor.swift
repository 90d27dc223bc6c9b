extension Markdown {
    /// The fragment id for a heading: lower-cased letters and digits, words joined by `-`.
    ///
    /// ```swift
    /// Markdown.anchor(for: "Hello, World 👋")   // "hello-world"
    /// ```
    public static func anchor(for text: String) -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}

extension Markdown {
    /// The fragment id for a heading whose inline Markdown rendered to `html`: made from the text a
    /// reader sees, as Streamlit makes it, so `:blue[Sales] **2024**` gives `sales-2024`, not
    /// `blue-sales-2024`, and a link gives its text, not its URL. Icons are left out.
    ///
    /// ```swift
    /// Markdown.anchor(forInlineHTML: Markdown.inlineHTML(from: "[Docs](https://x.example) :red[now]"))   // "docs-now"
    /// ```
    public static func anchor(forInlineHTML html: String) -> String {
        // Most headings are plain words: their HTML is their text.
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return anchor(for: html)
        }
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                let rest = html[index...]
                if rest.hasPrefix(MarkdownDirectives.iconHTMLPrefix), let close = rest.firstRange(of: "</span>") {
                    index = close.upperBound
                } else {
                    index = rest.firstIndex(of: ">").map(html.index(after:)) ?? html.endIndex
                }
                text.append(" ")
            } else if character == "&" {
                // cmark escapes only punctuation (& < > "), which separates words like any other.
                index = html[index...].firstIndex(of: ";").map(html.index(after:)) ?? html.endIndex
                text.append(" ")
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        return anchor(for: text)
    }
}
