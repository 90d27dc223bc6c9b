extension St {
    /// Read-only facts of the request that opened this tab's connection and of the browser:
    /// headers, cookies, locale, time zone, theme, address, remote address. See ``BrowserContext``.
    ///
    /// ```swift
    /// st.write("Hello from \(st.context.timeZone ?? "somewhere")")
    /// if st.context.theme == .dark { st.caption("Dark mode") }
    /// ```
    ///
    /// A reconnect (a reload, a lost connection) brings fresh values. They are the browser's claims:
    /// never trust them for access.
    public var context: BrowserContext {
        run.withBuilder { builder in
            // The tab's address as the app has it now: a write to st.queryParams shows at once.
            builder.core.browser.context(at: builder.core.location)
        }
    }

    /// The browser's cookies, readable and writable from the app. See ``BrowserCookies``.
    ///
    /// ```swift
    /// let visits = Int(st.cookies["visits"] ?? "0") ?? 0
    /// st.cookies.set("visits", String(visits + 1), maxAge: .days(365))
    /// ```
    public var cookies: BrowserCookies { BrowserCookies(st: self) }

    /// The app's part of the browser's `localStorage`, readable and writable from the app. See
    /// ``BrowserLocalStorage``.
    ///
    /// ```swift
    /// let visits = Int(st.localStorage["visits"] ?? "0") ?? 0
    /// st.localStorage["visits"] = String(visits + 1)
    /// ```
    public var localStorage: BrowserLocalStorage { BrowserLocalStorage(st: self) }
}
