/// The colours of `badge` and of the Markdown colour directives, as in Streamlit.
public enum BadgeColor: String, Hashable, Sendable, Codable, CaseIterable, WireEnum {
    case red, orange, yellow, green, blue, violet, gray, primary
}

/// `badge`: a small coloured pill with an optional icon.
public struct BadgeElement: Hashable, Sendable, Codable {
    /// The label's inline Markdown, rendered to safe HTML.
    public var html: String
    public var color: BadgeColor
    /// An emoji, or a Material Symbols name written `:material/name:`.
    public var icon: String?
    /// A tooltip shown next to the badge.
    public var help: String?

    public init(html: String, color: BadgeColor, icon: String?, help: String?) {
        self.html = html
        self.color = color
        self.icon = icon
        self.help = help
    }
}

/// `latex`: a formula typeset by KaTeX in the browser.
public struct LatexElement: Hashable, Sendable, Codable {
    /// The formula's LaTeX source, without `$` delimiters.
    public var tex: String
    /// A tooltip shown next to the formula.
    public var help: String?

    public init(tex: String, help: String?) {
        self.tex = tex
        self.help = help
    }
}

/// `html`: the app's HTML, either inline (sanitised in the browser: scripts and event handlers
/// removed) or, when `frameHeight` is set, as a whole document with its scripts in a sandboxed
/// iframe that cannot reach the page.
public struct HTMLElement: Hashable, Sendable, Codable {
    /// The HTML source.
    public var html: String
    /// The height of the sandboxed iframe, in points; omitted for inline HTML.
    public var frameHeight: Int?

    public init(html: String, frameHeight: Int?) {
        self.html = html
        self.frameHeight = frameHeight
    }
}

extension HTMLElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["frameHeight": .range(1...100_000)]
}
