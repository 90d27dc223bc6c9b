extension SwiftlitError {
    static func invalidCookieName(_ name: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "'\(ClientText.forLog(name, limit: 80))' cannot name a cookie: a name is one or more visible ASCII "
                + "characters without spaces or any of ()<>@,;:\\\"/[]?={}. Use letters, digits, '-' or '_', e.g. "
                + "\"visit-count\".")
    }

    static func invalidCookiePath(_ path: String, cookie: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "The path '\(ClientText.forLog(path, limit: 80))' of cookie '\(cookie)' is not a cookie path: it must "
                + "start with '/', hold visible ASCII without ';', and be at most 1,024 bytes. Leave path: out "
                + "for the app's root.")
    }

    static func cookieSameSiteNoneNotSecure(_ name: String) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "Cookie '\(name)' asks for sameSite: .none without secure: browsers refuse such a cookie. Pass "
                + "secure: true (and serve the app over HTTPS), or use sameSite: .lax.")
    }

    static func cookieTooLong(_ name: String, bytes: Int, limit: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "Cookie '\(name)' would take \(bytes) bytes with its attributes; browsers drop cookies over \(limit) "
                + "bytes. Keep large values in st.localStorage, or on the server keyed by a short cookie.")
    }

    static func tooManyCookies(_ name: String, limit: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "Cookie '\(name)' would be cookie number \(limit + 1) of this site; browsers may evict cookies beyond "
                + "\(limit). Remove cookies the app no longer needs (st.cookies.remove), or keep the values in "
                + "one cookie or in st.localStorage.")
    }

    static func localStorageKeyTooLong(_ key: String, bytes: Int, limit: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "The localStorage key '\(ClientText.forLog(key, limit: 80))…' is \(bytes) bytes; keys may be at most "
                + "\(limit) bytes. Use a shorter key.")
    }

    static func localStorageFull(_ key: String, bytes: Int, limit: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "Writing localStorage['\(ClientText.forLog(key, limit: 80))'] would make the app's entries \(bytes) "
                + "bytes; at most \(limit) are allowed. Remove entries the app no longer needs, or keep large "
                + "data on the server.")
    }

    static func tooManyLocalStorageEntries(_ key: String, limit: Int) -> SwiftlitError {
        SwiftlitError(
            .badArgument,
            "Writing localStorage['\(ClientText.forLog(key, limit: 80))'] would make more than \(limit) entries. "
                + "Remove entries the app no longer needs, or group values in one entry with "
                + "st.localStorage.set(_:forKey:).")
    }
}
