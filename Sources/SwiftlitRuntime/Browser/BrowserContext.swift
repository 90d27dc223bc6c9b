public import Foundation
public import SwiftlitProtocol

/// `st.context`: read-only facts of the request that opened the tab's connection and of the
/// browser, as the last (re)connect reported them.
///
/// ```swift
/// let context = st.context
/// st.write("Your language: \(context.locale ?? "unknown"), your time zone: \(context.timeZone ?? "unknown")")
/// if context.theme == .dark { st.caption("Dark mode") }
/// let agent = context.headers["User-Agent"]
/// ```
///
/// Every value is the browser's claim (or a proxy's): show it, adapt to it, log it, but never
/// decide access with it. Anyone can send any header, cookie or locale.
public struct BrowserContext: Hashable, Sendable {
    /// The headers of the WebSocket upgrade request (case-insensitive lookup, repeats kept).
    public let headers: RequestHeaders
    /// The cookies the browser sent with the connection, decoded, by name, with this session's own
    /// writes (``St/cookies``) applied since.
    public let cookies: [String: String]
    /// The browser's preferred language as a BCP 47 tag (`navigator.language`), e.g. `"en-US"`.
    public let locale: String?
    /// The browser's IANA time zone, e.g. `"Europe/Berlin"`.
    public let timeZone: String?
    /// Minutes to add to the browser's local time to get UTC, as JavaScript's
    /// `getTimezoneOffset()` gives it (`-60` in Berlin in winter).
    public let timeZoneOffset: Int?
    /// Whether the page shows light or dark.
    public let theme: ColorScheme?
    /// The app's address as the browser sees it: the app's root (behind a proxy, the public
    /// address), the page and the query string.
    public let url: String?
    /// The address the connection came from. Behind a reverse proxy this is the proxy's address;
    /// the browser's is then in a header the proxy sets (`X-Forwarded-For`), which only a proxy
    /// you run can vouch for.
    public let ipAddress: String?
    /// Whether the page is shown inside another page's frame.
    public let isEmbedded: Bool

    /// The browser's time zone as a `TimeZone`, when it names one Foundation knows.
    public var foundationTimeZone: TimeZone? { timeZone.flatMap(TimeZone.init(identifier:)) }

    /// The browser's locale as a `Locale`, when it reported one.
    public var foundationLocale: Locale? { locale.map(Locale.init(identifier:)) }

    /// The facts of `connection`, with the session's `cookies`, for a tab at `location`.
    init(connection: ConnectionInfo, cookies: [String: String], location: PageLocation?) {
        headers = connection.headers
        self.cookies = cookies
        locale = connection.browser.locale
        timeZone = connection.browser.timeZone
        timeZoneOffset = connection.browser.timeZoneOffset
        theme = connection.browser.theme
        url = Self.appURL(root: connection.browser.rootURL, location: location)
        ipAddress = connection.remoteAddress
        isEmbedded = connection.browser.isEmbedded ?? false
    }

    /// The tab's address: the app's root, then the page (percent-encoded again), then `?query`.
    /// The one place the address is composed, so the tab's live location can be put in.
    static func appURL(root: String?, location: PageLocation?) -> String? {
        guard var url = root else { return nil }
        guard let location else { return url }
        if !location.page.isEmpty {
            if !url.hasSuffix("/") { url += "/" }
            url += location.page.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.page
        }
        if !location.query.isEmpty { url += "?" + location.query }
        return url
    }
}
