import SwiftlitProtocol

/// `st.localStorage`: the app's entries in the browser's `localStorage`, read and written from
/// the app. They outlive the tab and are shared by every tab of the app in that browser.
///
/// ```swift
/// let visits = Int(st.localStorage["visits"] ?? "0") ?? 0
/// st.localStorage["visits"] = String(visits + 1)
/// st.write("Visit number \(visits + 1) from this browser")
/// ```
///
/// The browser keeps the app's entries under a prefix of their own (`swiftlit:<app root>:`), so
/// the app sees and clears only its own, never another app's on the same site. The browser sends
/// them when the tab (re)connects and the session keeps a copy, so reads need no round trip and a
/// read after a write sees it; another tab's writes show after the next reload or reconnect.
///
/// Writes reach the browser as they are made, in order, and stay made even when the run is then
/// stopped by a newer interaction. The app may keep at most 1,000 entries, keys of at most 256
/// bytes and 512 KiB in all; a write beyond is refused with an error on the page. Entries are
/// the browser's claims: a user can edit them, so never trust one for access.
public struct BrowserLocalStorage: Sendable {
    let st: St

    /// The entry `key`; `nil` when there is none. Assigning `nil` removes it.
    public subscript(key: String) -> String? {
        get { all[key] }
        nonmutating set {
            write { browser throws(SwiftlitError) in
                let write = try browser.setLocalStorage(newValue, forKey: key)
                return StorageUpdate(localStorage: [write])
            }
        }
    }

    /// Every entry of the app's, by key.
    public var all: [String: String] { st.run.withBuilder { $0.core.browser.localStorage } }

    /// The keys of every entry, sorted.
    public var keys: [String] { all.keys.sorted() }

    /// Removes the entry `key`.
    ///
    /// ```swift
    /// st.localStorage.remove("draft")
    /// ```
    public func remove(_ key: String) { self[key] = nil }

    /// Removes every entry of the app's (those the session knows: the ones the browser sent at
    /// connect, and the app's writes since).
    ///
    /// ```swift
    /// if st.button("Forget everything") { st.localStorage.clear() }
    /// ```
    public func clear() {
        write { browser in StorageUpdate(localStorage: browser.clearLocalStorage()) }
    }

    /// Stores `value` as JSON under `key`.
    ///
    /// ```swift
    /// struct Draft: Codable { var title: String; var body: String }
    /// try st.localStorage.set(Draft(title: "Hi", body: ""), forKey: "draft")
    /// ```
    /// - Throws: The encoder's error when `value` cannot be encoded.
    public func set(_ value: some Encodable, forKey key: String) throws {
        self[key] = try StorageJSON.encode(value)
    }

    /// The entry `key` decoded from JSON; `nil` when there is none.
    ///
    /// ```swift
    /// let draft = try st.localStorage.value(forKey: "draft", as: Draft.self)
    /// ```
    /// - Throws: The decoder's error when the entry holds something else (a user can edit it).
    public func value<Value: Decodable>(forKey key: String, as type: Value.Type = Value.self) throws -> Value? {
        try self[key].map { try StorageJSON.decode(type, from: $0) }
    }

    private func write(_ change: (inout BrowserState) throws(SwiftlitError) -> StorageUpdate) {
        st.run.withBuilder { $0.writeStorage(in: st.placement, change) }
    }
}
