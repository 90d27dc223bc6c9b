public import SwiftlitProtocol

extension St {
    /// A button that opens `url` in a new tab. It holds no value and does not rerun the app.
    ///
    /// ```swift
    /// st.linkButton("Read the docs", url: "https://swift.org/documentation/")
    /// st.linkButton("Write to us", url: "mailto:team@example.com", style: .primary, width: .stretch)
    /// ```
    /// Only `http:`, `https:` and `mailto:` addresses are allowed; anything else (such as a
    /// `javascript:` address) is reported on the page instead of drawn.
    /// - Parameters:
    ///   - label: The text on the button, also its accessible name.
    ///   - url: An absolute `http(s)` or `mailto` address.
    ///   - help: A tooltip.
    ///   - style: `.primary` for the main action.
    ///   - disabled: Shows the button greyed out and not followable.
    ///   - width: `.content` (default) fits the label, `.stretch` fills the container, `.points(n)`.
    public func linkButton(
        _ label: String, url: String, help: String? = nil, style: ButtonStyle = .secondary, disabled: Bool = false,
        width: ElementWidth = .content
    ) {
        guard let href = LinkAddress.external(url, allowingMail: true) else {
            reportMisuse(
                .badWidgetArgument(
                    "st.linkButton", "'\(url.prefix(80))' is not an http, https or mailto address. Pass e.g. \"https://example.com\"."))
            return
        }
        emit(.linkButton(LinkButtonElement(link: linkInfo(label, href, help, disabled, width), style: style)))
    }

    /// A link to a page of this app or to another site. Pages of the app open in the same tab,
    /// without a reload, other sites in a new one.
    ///
    /// ```swift
    /// st.pageLink("/settings", label: "Settings", icon: "⚙️")
    /// st.pageLink("reports", label: "Sales in 2026", queryParams: ["year": "2026"])
    /// st.pageLink("https://swift.org", label: "Swift", icon: "🌐")
    /// ```
    /// - Parameters:
    ///   - page: A path of the app (`/settings`, `reports?year=2026`; a path from `/` starts at the
    ///     app's root, also when it is served under `server.baseUrlPath`) or an `http(s)` address.
    ///   - label: The link's text; default `page` itself.
    ///   - icon: An emoji or short text shown before the label.
    ///   - queryParams: Added to the address's query string, percent-encoded.
    ///   - help: A tooltip.
    ///   - disabled: Shows the link greyed out and not followable.
    ///   - width: `.content` (default) fits the label, `.stretch` fills the container, `.points(n)`.
    public func pageLink(
        _ page: String, label: String? = nil, icon: String? = nil, queryParams: KeyValuePairs<String, String> = [:],
        help: String? = nil, disabled: Bool = false, width: ElementWidth = .content
    ) {
        let query = QueryString(queryParams.map { QueryString.Item(name: $0.key, value: $0.value) }).encoded
        let address = query.isEmpty ? page : page + (page.contains("?") ? "&" : "?") + query
        let external = LinkAddress.external(address, allowingMail: false)
        guard let href = external ?? LinkAddress.appPath(address) else {
            reportMisuse(
                .badWidgetArgument(
                    "st.pageLink", "'\(page.prefix(80))' is neither a path of the app (\"/settings\") nor an http or https address."))
            return
        }
        let info = linkInfo(label ?? page, href, help, disabled, width)
        emit(.pageLink(PageLinkElement(link: info, icon: icon, external: external != nil)))
    }

    private func linkInfo(_ label: String, _ href: String, _ help: String?, _ disabled: Bool, _ width: ElementWidth) -> LinkInfo {
        let wire = width.unless(.content)?.widgetWire
        return LinkInfo(label: label, href: href, help: help, disabled: disabled, widthMode: wire?.mode, width: wire?.points)
    }
}

/// The addresses links may point to. Browsers ignore tabs, newlines and leading spaces inside a
/// scheme ("java\tscript:"), so the scheme is read the way a browser reads it.
enum LinkAddress {
    /// `text` when it is an absolute `http:`/`https:` (or `mailto:`) address; `nil` otherwise.
    static func external(_ text: String, allowingMail: Bool) -> String? {
        guard let scheme = scheme(of: text) else { return nil }
        let allowed = allowingMail ? ["http", "https", "mailto"] : ["http", "https"]
        guard allowed.contains(scheme), !text.unicodeScalars.contains(where: isControl) else { return nil }
        if scheme == "mailto" { return text }
        // After the scheme, an authority: `https://host…`.
        let rest = text.drop { $0 != ":" }.dropFirst()
        return rest.hasPrefix("//") && rest.count > 2 ? text : nil
    }

    /// `text` when it is a path of this app: no scheme, and not `//host` (another site).
    static func appPath(_ text: String) -> String? {
        guard !text.isEmpty, scheme(of: text) == nil, !text.unicodeScalars.contains(where: isControl) else { return nil }
        let start = text.prefix(2)
        guard start != "//", start != "/\\", start != "\\\\", start != "\\/" else { return nil }
        return text
    }

    /// The lower-cased scheme, read as a browser reads it (ignoring ASCII tabs, newlines and
    /// leading spaces or control characters); `nil` when the address has none.
    static func scheme(of text: String) -> String? {
        let cleaned = String(
            String.UnicodeScalarView(
                text.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let candidate = cleaned[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || scalar.value == 0x7F }
}
