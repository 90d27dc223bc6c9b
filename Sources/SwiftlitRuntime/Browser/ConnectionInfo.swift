public import SwiftlitProtocol

/// What one connection of a tab tells of its browser: the upgrade request's headers and remote
/// address, and what the page reported in `hello`. The server builds it for every (re)connect;
/// ``Session/connect(_:widgets:greeting:connection:)`` hands it to the next run, where
/// `st.context`, `st.cookies` and `st.localStorage` read it.
///
/// Every field is a claim of the browser (or of a proxy in front of the server): an app may show
/// it or adapt to it, never trust it for access.
public struct ConnectionInfo: Hashable, Sendable {
    /// The headers of the WebSocket upgrade request.
    public var headers: RequestHeaders
    /// The address the connection came from: the browser's, or the last proxy's.
    public var remoteAddress: String?
    /// What the page reported of itself: locale, time zone, theme, address, framing.
    public var browser: BrowserInfo
    /// The app's `localStorage` entries, by key.
    public var localStorage: [String: String]

    public init(
        headers: RequestHeaders = [:], remoteAddress: String? = nil, browser: BrowserInfo = BrowserInfo(),
        localStorage: [String: String] = [:]
    ) {
        self.headers = headers
        self.remoteAddress = remoteAddress
        self.browser = browser
        self.localStorage = localStorage
    }
}
