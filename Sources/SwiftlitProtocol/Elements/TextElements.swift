/// `title`, `header` and `subheader`: a heading with an anchor link.
public struct HeadingElement: Hashable, Sendable, Codable {
    /// 1 for a title, 2 for a header, 3 for a subheader.
    public var level: Int
    /// The heading's inline Markdown, rendered to safe HTML.
    public var html: String
    /// The fragment id the heading's link points at; `nil` for no anchor.
    public var anchor: String?
    /// A tooltip shown next to the heading.
    public var help: String?

    public init(level: Int, html: String, anchor: String?, help: String?) {
        self.level = level
        self.html = html
        self.anchor = anchor
        self.help = help
    }
}

extension HeadingElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["level": .oneOf([1, 2, 3])]
}

/// `markdown` and `caption`: GitHub-flavoured Markdown rendered to HTML on the server.
public struct MarkdownElement: Hashable, Sendable, Codable {
    /// The rendered, sanitised HTML.
    public var html: String
    /// A tooltip shown next to the block.
    public var help: String?

    public init(html: String, help: String? = nil) {
        self.html = html
        self.help = help
    }
}

/// `text`: preformatted plain text.
public struct TextElement: Hashable, Sendable, Codable {
    public var text: String
    public var help: String?

    public init(text: String, help: String? = nil) {
        self.text = text
        self.help = help
    }
}

/// `code`: a code block, highlighted in the browser.
public struct CodeElement: Hashable, Sendable, Codable {
    public var code: String
    /// A Prism language name such as `swift` or `python`; `nil` for plain text.
    public var language: String?
    /// Whether to number the lines.
    public var lineNumbers: Bool?

    public init(code: String, language: String?, lineNumbers: Bool?) {
        self.code = code
        self.language = language
        self.lineNumbers = lineNumbers
    }
}

/// `json`: a collapsible JSON viewer.
public struct JSONElement: Hashable, Sendable, Codable {
    public var value: JSONValue
    /// Whether the viewer starts expanded.
    public var expanded: Bool

    public init(value: JSONValue, expanded: Bool) {
        self.value = value
        self.expanded = expanded
    }
}

/// The colour and icon family of an alert.
public enum AlertVariant: String, Hashable, Sendable, Codable, WireEnum {
    case success, info, warning, error
}

/// `success`, `info`, `warning` and `error`: a coloured callout.
public struct AlertElement: Hashable, Sendable, Codable {
    public var variant: AlertVariant
    /// The body's Markdown, rendered to safe HTML.
    public var html: String
    /// An emoji shown before the body.
    public var icon: String?

    public init(variant: AlertVariant, html: String, icon: String?) {
        self.variant = variant
        self.html = html
        self.icon = icon
    }
}

/// `exception`: an error thrown by the app, or a misuse Swiftlit caught.
public struct ExceptionElement: Hashable, Sendable, Codable {
    /// The error's type name, such as `DecodingError`; `nil` when details are hidden.
    public var type: String?
    /// What went wrong.
    public var message: String
    /// Longer detail (the error's debug description); `nil` when details are hidden.
    public var details: String?

    public init(type: String?, message: String, details: String?) {
        self.type = type
        self.message = message
        self.details = details
    }
}
