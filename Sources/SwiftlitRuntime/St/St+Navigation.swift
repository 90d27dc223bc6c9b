import SwiftlitProtocol

extension St {
    /// Declares the app's pages and returns the one the tab is on, for the app to run; draws the
    /// list of pages (at the top of the sidebar by default).
    ///
    /// ```swift
    /// let home = Page("Home", icon: "🏠") { st in st.title("Welcome") }
    /// let settings = Page("Settings", icon: "⚙️") { st in st.toggle("Dark mode") }
    /// try await st.navigation([home, settings]).run(st)
    /// ```
    /// Each run declares the pages anew, so they may differ between runs (e.g. after a login).
    /// The tab's address names the page: `…/settings`; the default page (the first, unless one
    /// is `isDefault`) is served at the app's root. At a path no page has, the returned page is
    /// a built-in one saying "Page not found". The page's title and icon become the tab's,
    /// unless `st.setPageConfig` sets them.
    /// - Parameters:
    ///   - pages: The pages, in the order they are listed.
    ///   - position: `.sidebar` (default), `.top` (a bar above the page) or `.hidden`.
    public func navigation(_ pages: [Page], position: NavigationPosition = .sidebar) -> Page {
        run.withBuilder { $0.navigate([(nil, pages)], position: position, in: placement) }
    }

    /// Declares the app's pages in titled sections, listed in the order given.
    ///
    /// ```swift
    /// let page = st.navigation(sections: ["Account": [profile, billing], "Reports": [sales]])
    /// try await page.run(st)
    /// ```
    public func navigation(sections: KeyValuePairs<String, [Page]>, position: NavigationPosition = .sidebar) -> Page {
        let sections = sections.map { (title: Optional($0.key), pages: $0.value) }
        return run.withBuilder { $0.navigate(sections, position: position, in: placement) }
    }

    /// Ends this run and reruns the app on `page`, as if the user had followed a link to it: the
    /// address bar moves (back returns here). The page must be one `st.navigation` listed in
    /// this run.
    ///
    /// ```swift
    /// if st.button("Log in") { st.session["user"] = name; try st.switchPage(dashboard) }
    /// ```
    /// - Parameter queryParams: The query string of the new page (the current one is not kept,
    ///   as when following a link).
    public func switchPage(_ page: Page, queryParams: KeyValuePairs<String, String> = [:]) throws -> Never {
        try switchPage(page.path, queryParams: queryParams)
    }

    /// Ends this run and reruns the app on the page at `path` (`"settings"`, `"/settings"`;
    /// `""` is the default page).
    ///
    /// ```swift
    /// try st.switchPage("settings", queryParams: ["tab": "privacy"])
    /// ```
    public func switchPage(_ path: String, queryParams: KeyValuePairs<String, String> = [:]) throws -> Never {
        let query = QueryString(queryParams.map { QueryString.Item(name: $0.key, value: $0.value) })
        guard run.withBuilder({ $0.switchPage(to: path, query: query, in: placement) }) else { throw RunControl.stop }
        throw RunControl.rerun(.app)
    }

    /// A link to a page of this app: its title and icon unless given, opened in the same tab
    /// without reloading it (a middle click or "open in new tab" opens it in a new tab).
    ///
    /// ```swift
    /// st.pageLink(settings)
    /// st.pageLink(reports, label: "This year's sales", queryParams: ["year": "2026"])
    /// ```
    public func pageLink(
        _ page: Page, label: String? = nil, icon: String? = nil, queryParams: KeyValuePairs<String, String> = [:],
        help: String? = nil, disabled: Bool = false, width: ElementWidth = .content
    ) {
        let isDefault = run.withBuilder { $0.declaredPages?.defaultPage.path == page.path }
        let href = "./" + (isDefault ? "" : PagePath.encoded(page.path))
        pageLink(
            href, label: label ?? page.title, icon: icon ?? page.icon, queryParams: queryParams, help: help,
            disabled: disabled, width: width)
    }

    /// The query string of the tab's address, to read and write. See ``QueryParams``.
    public var queryParams: QueryParams { QueryParams(st: self) }
}
