import Foundation
import SwiftlitMarkdown
import SwiftlitProtocol

extension St {
    /// A title: the page's main heading, with an anchor link.
    /// - Parameters:
    ///   - text: Inline Markdown.
    ///   - anchor: The fragment id; by default made from the text.
    ///   - help: A tooltip.
    public func title(_ text: String, anchor: String? = nil, help: String? = nil) {
        heading(1, text, anchor: anchor, help: help)
    }

    /// A section header, with an anchor link.
    public func header(_ text: String, anchor: String? = nil, help: String? = nil) {
        heading(2, text, anchor: anchor, help: help)
    }

    /// A subsection header, with an anchor link.
    public func subheader(_ text: String, anchor: String? = nil, help: String? = nil) {
        heading(3, text, anchor: anchor, help: help)
    }

    private func heading(_ level: Int, _ text: String, anchor: String?, help: String?) {
        let html = Markdown.inlineHTML(from: text)
        let slug = anchor ?? Markdown.anchor(forInlineHTML: html)
        emit(.heading(HeadingElement(level: level, html: html, anchor: slug.isEmpty ? nil : slug, help: help)))
    }

    /// GitHub-flavoured Markdown: tables, strikethrough, task lists, autolinks and fenced code.
    ///
    /// ```swift
    /// st.markdown("Hello, **\(name)**! ~~old~~ new")
    /// ```
    /// - Parameters:
    ///   - text: The Markdown source.
    ///   - unsafeAllowHTML: Pass raw HTML through instead of showing it as text. Only for HTML you trust.
    ///   - help: A tooltip.
    public func markdown(_ text: String, unsafeAllowHTML: Bool = false, help: String? = nil) {
        emit(.markdown(MarkdownElement(html: Markdown.html(from: text, allowHTML: unsafeAllowHTML), help: help)))
    }

    /// Small, muted Markdown text for notes and footnotes.
    public func caption(_ text: String, unsafeAllowHTML: Bool = false, help: String? = nil) {
        emit(.caption(MarkdownElement(html: Markdown.html(from: text, allowHTML: unsafeAllowHTML), help: help)))
    }

    /// Plain, preformatted text: no Markdown.
    public func text(_ text: String, help: String? = nil) {
        emit(.text(TextElement(text: text, help: help)))
    }

    /// A code block with syntax highlighting and a copy button.
    /// - Parameters:
    ///   - code: The code.
    ///   - language: A language name such as `swift`, `python` or `json`; `nil` for none.
    ///   - lineNumbers: Whether to number the lines.
    public func code(_ code: String, language: String? = "swift", lineNumbers: Bool = false) {
        emit(.code(CodeElement(code: code, language: language, lineNumbers: lineNumbers ? true : nil)))
    }

    /// A horizontal rule.
    public func divider() { emit(.divider) }

    /// A collapsible, pretty-printed view of any `Encodable` value.
    ///
    /// ```swift
    /// st.json(["name": "Ada", "languages": ["Swift", "Python"]])
    /// ```
    public func json(_ value: some Encodable, expanded: Bool = true) {
        switch JSONValue.encoding(value) {
        case .success(let json): emit(.json(JSONElement(value: json, expanded: expanded)))
        case .failure(let error): emit(.exception(ExceptionElement(error, details: run.options.errorDetails, redacting: run.secrets)))
        }
    }
}

extension JSONValue {
    /// Any `Encodable` value as a JSON document.
    static func encoding(_ value: some Encodable) -> Result<JSONValue, any Error> {
        Result {
            let data = try MessageCoding.makeEncoder().encode(value)
            return try JSONDecoder().decode(JSONValue.self, from: data)
        }
    }
}
