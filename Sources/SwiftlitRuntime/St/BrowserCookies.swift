public import SwiftlitProtocol

/// `st.cookies`: the browser's cookies, read and written from the app.
///
/// ```swift
/// if let name = st.cookies["name"] { st.write("Welcome back, \(name)!") }
/// let typed = st.textInput("Your name")
/// if st.button("Remember me") { st.cookies.set("name", typed, maxAge: .days(30)) }
/// if st.button("Forget me") { st.cookies.remove("name") }
/// ```
///
/// Reads see the cookies the browser sent when the tab (re)connected, with this session's writes
/// applied at once: a read after a write in the same run sees the new value. Writes reach the
/// browser as they are made (not at the end of the run), in order, and a write stays made even
/// when the run is then stopped by a newer interaction.
///
/// Written cookies get safe defaults: `SameSite=Lax`, `Secure` on an `https:` page, and the app's
/// root as their path. Values are percent-encoded where a cookie cannot carry a character, and
/// decoded on read. Page script writes them (`document.cookie`), so they cannot be `HttpOnly`:
/// keep secrets such as session tokens out of them, or set those from a server route instead.
///
/// A cookie (name, value and attributes) may take at most 4,096 bytes, and the app at most 50; a
/// write beyond is refused with an error on the page that says what to do. Cookies are the
/// browser's claims: anyone can send any cookie, so never trust one for access unless the app
/// signed it.
public struct BrowserCookies: Sendable {
    let st: St

    /// The cookie `name`, decoded; `nil` when the browser has none.
    public subscript(name: String) -> String? { all[name] }

    /// Every cookie, decoded, by name.
    public var all: [String: String] { st.run.withBuilder { $0.core.browser.cookies } }

    /// The names of every cookie, sorted.
    public var names: [String] { all.keys.sorted() }

    /// Whether the browser has the cookie `name`.
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// Sets the cookie `name` to `value`.
    ///
    /// ```swift
    /// st.cookies.set("visits", "3", maxAge: .days(365))
    /// ```
    /// - Parameters:
    ///   - maxAge: How long the browser keeps it; `nil` ends it with the browser session.
    ///   - path: The path it is sent for; the app's root when `nil`.
    ///   - sameSite: When it goes with requests from other sites; `.lax` by default. `.none`
    ///     needs `secure`.
    ///   - secure: HTTPS only; `nil` decides by the page (secure on an `https:` page).
    public func set(
        _ name: String, _ value: String, maxAge: CookieMaxAge? = nil, path: String? = nil,
        sameSite: CookieSameSite = .lax, secure: Bool? = nil
    ) {
        write { browser throws(SwiftlitError) in
            let write = try browser.setCookie(
                name, value, maxAge: maxAge, path: path, sameSite: sameSite, secure: secure)
            return StorageUpdate(cookies: [write])
        }
    }

    /// Deletes the cookie `name`, set for `path` (the app's root by default).
    ///
    /// ```swift
    /// st.cookies.remove("visits")
    /// ```
    public func remove(_ name: String, path: String? = nil) {
        write { browser throws(SwiftlitError) in
            let write = try browser.removeCookie(name, path: path)
            return StorageUpdate(cookies: [write])
        }
    }

    /// Sets the cookie `name` to `value` as JSON.
    ///
    /// ```swift
    /// struct Preferences: Codable { var compact: Bool }
    /// try st.cookies.set("prefs", json: Preferences(compact: true), maxAge: .days(365))
    /// ```
    /// - Throws: The encoder's error when `value` cannot be encoded.
    public func set(
        _ name: String, json value: some Encodable, maxAge: CookieMaxAge? = nil, path: String? = nil,
        sameSite: CookieSameSite = .lax, secure: Bool? = nil
    ) throws {
        set(name, try StorageJSON.encode(value), maxAge: maxAge, path: path, sameSite: sameSite, secure: secure)
    }

    /// The cookie `name` decoded from JSON; `nil` when the browser has none.
    ///
    /// ```swift
    /// let prefs = try st.cookies.value("prefs", as: Preferences.self)
    /// ```
    /// - Throws: The decoder's error when the cookie holds something else (anyone can send any cookie).
    public func value<Value: Decodable>(_ name: String, as type: Value.Type = Value.self) throws -> Value? {
        try self[name].map { try StorageJSON.decode(type, from: $0) }
    }

    private func write(_ change: (inout BrowserState) throws(SwiftlitError) -> StorageUpdate) {
        st.run.withBuilder { $0.writeStorage(in: st.placement, change) }
    }
}
