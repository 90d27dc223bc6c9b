import Foundation
import SwiftlitProtocol

/// What a session knows of its browser: the last connection's facts, its cookies and the app's
/// `localStorage` entries, with the session's own writes applied. Runs read it synchronously;
/// each write is checked here, applied, and returned for the browser.
///
/// A (re)connect replaces it whole: the browser's own view is the truth, and it may have changed
/// while the tab was away (another tab, the user, an expiry).
struct BrowserState: Sendable {
    /// Cookies the app may hold: RFC 6265 asks browsers to keep at least 50 per domain, so more
    /// risks the browser evicting some, the app's or others'.
    static let maxCookies = 50
    /// Bytes of a cookie's `name=value` and attributes: browsers drop a longer one silently.
    static let maxCookieBytes = 4_096

    /// The connection's facts, boxed: they change only at a (re)connect, and a session should
    /// carry one pointer for them between runs, not a hundred-odd bytes of strings inline.
    private let facts: ConnectionFacts
    var connection: ConnectionInfo { facts.info }
    private(set) var cookies: [String: String]
    private(set) var localStorage: [String: String]
    /// Bytes of every `localStorage` key and value, against ``ProtocolLimits/maxLocalStorageBytes``.
    private var localStorageBytes: Int

    init(connection: ConnectionInfo = ConnectionInfo()) {
        // A session not yet connected (or run without a browser, as in benchmarks) shares one empty box.
        self.init(facts: connection == ConnectionInfo() ? .none : ConnectionFacts(connection))
    }

    init(facts: ConnectionFacts) {
        self.facts = facts
        let connection = facts.info
        // A request normally has one Cookie header; HTTP/2 may split it in several.
        cookies = CookieText.parseHeader(connection.headers.values(for: "Cookie").joined(separator: "; "))
        localStorage = connection.localStorage
        localStorageBytes = connection.localStorage.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
    }

    /// `st.context` for a tab at `location` (its page and query string).
    func context(at location: PageLocation?) -> BrowserContext {
        BrowserContext(connection: connection, cookies: cookies, location: location)
    }

    /// The path cookies get when the app names none: the app's root, as the browser reported it.
    var defaultCookiePath: String {
        guard let root = connection.browser.rootURL, let path = URL(string: root)?.path, !path.isEmpty else {
            return "/"
        }
        return path.hasSuffix("/") ? path : path + "/"
    }

    // MARK: Cookies

    /// Sets a cookie, or explains why it cannot be set.
    mutating func setCookie(
        _ name: String, _ value: String, maxAge: CookieMaxAge?, path: String?, sameSite: CookieSameSite,
        secure: Bool?
    ) throws(SwiftlitError) -> CookieWrite {
        try checkCookie(name, path: path)
        if sameSite == .none, secure == false { throw .cookieSameSiteNoneNotSecure(name) }
        let write = CookieWrite(
            name: name, value: CookieText.encode(value), maxAge: maxAge?.seconds, path: path, sameSite: sameSite,
            secure: secure)
        let length = CookieText.serialized(write, defaultPath: defaultCookiePath).utf8.count
        guard length <= Self.maxCookieBytes else { throw .cookieTooLong(name, bytes: length, limit: Self.maxCookieBytes) }
        guard cookies[name] != nil || cookies.count < Self.maxCookies else {
            throw .tooManyCookies(name, limit: Self.maxCookies)
        }
        cookies[name] = value
        return write
    }

    /// Deletes a cookie (one set for `path`, the app's root by default).
    mutating func removeCookie(_ name: String, path: String?) throws(SwiftlitError) -> CookieWrite {
        try checkCookie(name, path: path)
        cookies[name] = nil
        return CookieWrite(name: name, value: nil, maxAge: 0, path: path)
    }

    private func checkCookie(_ name: String, path: String?) throws(SwiftlitError) {
        guard CookieText.isValidName(name) else { throw .invalidCookieName(name) }
        if let path, !CookieText.isValidPath(path) || path.utf8.count > 1_024 { throw .invalidCookiePath(path, cookie: name) }
    }

    // MARK: localStorage

    /// Sets (or, with `nil`, removes) an entry, or explains why it cannot be set.
    mutating func setLocalStorage(_ value: String?, forKey key: String) throws(SwiftlitError) -> LocalStorageWrite {
        let keyBytes = key.utf8.count
        guard keyBytes <= ProtocolLimits.maxLocalStorageKeyLength else {
            throw .localStorageKeyTooLong(key, bytes: keyBytes, limit: ProtocolLimits.maxLocalStorageKeyLength)
        }
        let previous = localStorage[key].map { keyBytes + $0.utf8.count } ?? 0
        if let value {
            let bytes = localStorageBytes - previous + keyBytes + value.utf8.count
            guard bytes <= ProtocolLimits.maxLocalStorageBytes else {
                throw .localStorageFull(key, bytes: bytes, limit: ProtocolLimits.maxLocalStorageBytes)
            }
            guard localStorage[key] != nil || localStorage.count < ProtocolLimits.maxLocalStorageEntries else {
                throw .tooManyLocalStorageEntries(key, limit: ProtocolLimits.maxLocalStorageEntries)
            }
            localStorageBytes = bytes
        } else {
            localStorageBytes -= previous
        }
        localStorage[key] = value
        return LocalStorageWrite(key: key, value: value)
    }

    /// Removes every entry of the app's, in key order.
    mutating func clearLocalStorage() -> [LocalStorageWrite] {
        defer {
            localStorage = [:]
            localStorageBytes = 0
        }
        return localStorage.keys.sorted().map { LocalStorageWrite(key: $0, value: nil) }
    }
}

/// How long a cookie lives: `maxAge:` of ``BrowserCookies/set(_:_:maxAge:path:sameSite:secure:)``.
///
/// ```swift
/// st.cookies.set("visits", "3", maxAge: .days(365))
/// ```
public struct CookieMaxAge: Hashable, Sendable {
    /// Whole seconds, never negative.
    public let seconds: Int

    public static func seconds(_ count: Int) -> CookieMaxAge { CookieMaxAge(seconds: max(0, count)) }
    public static func minutes(_ count: Int) -> CookieMaxAge { .seconds(count, times: 60) }
    public static func hours(_ count: Int) -> CookieMaxAge { .seconds(count, times: 3_600) }
    /// Browsers cap a cookie's life (Chromium at 400 days): a longer one ends then.
    public static func days(_ count: Int) -> CookieMaxAge { .seconds(count, times: 86_400) }

    /// A `Duration`, rounded down to whole seconds.
    public init(_ duration: Duration) { seconds = max(0, Int(duration.components.seconds)) }

    private init(seconds: Int) { self.seconds = seconds }

    private static func seconds(_ count: Int, times unit: Int) -> CookieMaxAge {
        let (product, overflow) = count.multipliedReportingOverflow(by: unit)
        return .seconds(overflow ? (count < 0 ? 0 : Int.max) : product)
    }
}

/// An immutable box around a ``ConnectionInfo``: what a session keeps, and what a waiting
/// ``RerunRequest`` carries, is one pointer rather than the facts' strings inline.
final class ConnectionFacts: Sendable, Equatable {
    static let none = ConnectionFacts(ConnectionInfo())

    let info: ConnectionInfo

    init(_ info: ConnectionInfo) { self.info = info }

    static func == (lhs: ConnectionFacts, rhs: ConnectionFacts) -> Bool { lhs.info == rhs.info }
}
