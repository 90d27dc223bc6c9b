/// What an app wrote to the browser's storage during a run: sent at once, applied in order.
/// Payload of ``ServerMessage/storage(_:)``.
public struct StorageUpdate: Hashable, Sendable, Codable {
    /// Writes to the app's part of `localStorage`, in the order the app made them.
    public var localStorage: [LocalStorageWrite]
    /// Cookies to set or delete, in order.
    public var cookies: [CookieWrite]

    public init(localStorage: [LocalStorageWrite] = [], cookies: [CookieWrite] = []) {
        self.localStorage = localStorage
        self.cookies = cookies
    }
}

/// One `localStorage` entry set, or removed when `value` is `nil`. The browser keeps the app's
/// entries under a prefix of its own, so they cannot touch another app's on the same origin.
public struct LocalStorageWrite: Hashable, Sendable, Codable {
    public var key: String
    public var value: String?

    public init(key: String, value: String?) {
        self.key = key
        self.value = value
    }
}

/// One cookie set, or deleted when `value` is `nil`. Name and value are already valid cookie
/// text (the server checked and encoded them).
public struct CookieWrite: Hashable, Sendable, Codable {
    public var name: String
    public var value: String?
    /// Seconds the cookie lives; `nil` for a cookie that ends with the browser session.
    public var maxAge: Int?
    /// The path the cookie is sent for; the app's root when `nil`.
    public var path: String?
    public var sameSite: CookieSameSite?
    /// Sent over HTTPS only; the browser's page decides when `nil` (secure on an `https:` page).
    public var secure: Bool?

    public init(
        name: String, value: String?, maxAge: Int? = nil, path: String? = nil, sameSite: CookieSameSite? = nil,
        secure: Bool? = nil
    ) {
        self.name = name
        self.value = value
        self.maxAge = maxAge
        self.path = path
        self.sameSite = sameSite
        self.secure = secure
    }
}

extension CookieWrite: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["maxAge": .nonNegative]
}

/// A cookie's `SameSite` attribute.
public enum CookieSameSite: String, Hashable, Sendable, Codable, WireEnum { case lax, strict, none }

/// Where the app moved the tab: payload of ``ServerMessage/location(_:)``. The browser shows it in
/// the address bar without a reload.
public struct LocationChange: Hashable, Sendable, Codable {
    /// The page's path below the app's root (`""` for the default page).
    public var page: String
    /// The query string without its `?`.
    public var query: String
    /// Whether the move adds an entry to the tab's history (`push`: back returns to where it
    /// was) or replaces the current one.
    public var history: HistoryEntry

    public init(page: String, query: String, history: HistoryEntry) {
        self.page = page
        self.query = query
        self.history = history
    }
}

/// How a move of the address bar enters the tab's history.
public enum HistoryEntry: String, Hashable, Sendable, Codable, WireEnum { case push, replace }
