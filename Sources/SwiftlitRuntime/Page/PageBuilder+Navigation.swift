import SwiftlitProtocol

/// The pages one run's `st.navigation` declared, and the one the tab is on.
///
/// A class: every session keeps its last record, and an app without pages (most) should pay one
/// pointer for it, not three pages inline.
final class NavigationRecord: Sendable {
    let pages: [Page]
    let defaultPage: Page
    let current: Page

    init(pages: [Page], defaultPage: Page, current: Page) {
        self.pages = pages
        self.defaultPage = defaultPage
        self.current = current
    }

    /// The page at `path` (`""` is the default page).
    func page(at path: String) -> Page? {
        path.isEmpty ? defaultPage : pages.first { $0.path == path }
    }
}

extension PageBuilder {
    /// Takes in where the browser says the tab is.
    mutating func arrive(at location: PageLocation) {
        core.location = location
        core.shownLocation = location
        core.switchedPage = false
        locationFromBrowser = true
    }

    /// Declares the run's pages and returns the one the tab is on (the not-found page when its
    /// path names none); draws the list unless `position` is `.hidden`.
    mutating func navigate(
        _ sections: [(title: String?, pages: [Page])], position: NavigationPosition, in placement: Placement
    ) -> Page {
        let pages = sections.flatMap(\.pages)
        let fallback = pages.first ?? Page.notFound(path: core.location.page, home: nil)
        guard !halted else { return fallback }
        if let problem = navigationProblem(pages) {
            reportMisuse(.navigation("st.navigation", problem), in: placement)
            return fallback
        }
        let defaults = pages.filter(\.isDefault)
        let defaultPage = defaults.first ?? pages[0]
        let requested = core.location.page
        let current: Page
        if requested.isEmpty {
            current = defaultPage
        } else {
            current = pages.first(where: { $0.path == requested }) ?? Page.notFound(path: requested, home: defaultPage)
        }
        navigation = NavigationRecord(pages: pages, defaultPage: defaultPage, current: current)
        core.navigation = navigation
        if let bar = NavigationBarPosition(position) {
            let listed = sections.compactMap { section -> NavigationSection? in
                let links = section.pages.filter { $0.visibility == .visible }.map { page in
                    NavigationPageLink(
                        title: page.title, icon: page.icon, path: page.path == defaultPage.path ? "" : page.path,
                        current: page.path == current.path)
                }
                return links.isEmpty ? nil : NavigationSection(title: section.title, pages: links)
            }
            let root: RootContainer = bar == .sidebar ? .sidebar : .main
            place(.navigation(NavigationElement(position: bar, sections: listed)), in: placement.root(root))
        }
        // A tab's icon is drawn from text: a Material Symbols name would show as its letters.
        setPageConfigDefaults(title: current.title, icon: current.icon.flatMap { $0.hasPrefix(":material/") ? nil : $0 })
        return current
    }

    /// What is wrong with a list of pages, in words that say what to change.
    private func navigationProblem(_ pages: [Page]) -> String? {
        if navigation != nil { return "it was called twice in one run; declare the pages once per run" }
        if pages.isEmpty { return "it was given no pages; pass at least one Page" }
        for page in pages {
            if let problem = PagePath.problem(with: page) { return "the page '\(page.title)' cannot be listed: \(problem)" }
        }
        var seen: [String: Page] = [:]
        for page in pages {
            if let first = seen[page.path] {
                return "the pages '\(first.title)' and '\(page.title)' both have the path '\(page.path)'; "
                    + "give one of them another, e.g. Page(\"\(page.title)\", path: \"\(page.path)-2\") { … }"
            }
            seen[page.path] = page
        }
        let defaults = pages.filter(\.isDefault)
        if defaults.count > 1 {
            return "the pages \(defaults.map { "'\($0.title)'" }.joined(separator: " and ")) are all isDefault; "
                + "only one page can be served at the app's root"
        }
        return nil
    }

    /// Moves the tab to `page` with `query`: the next run shows it, and the address bar adds a
    /// history entry. `false` (a misuse reported) when the page is not one of the run's pages.
    mutating func switchPage(to path: String, query: QueryString, in placement: Placement) -> Bool {
        guard !halted else { return false }
        guard let navigation = declaredPages else {
            reportMisuse(
                .navigation("st.switchPage", "the app declared no pages in this run; call st.navigation([…]) before switching"),
                in: placement)
            return false
        }
        guard let page = navigation.page(at: PagePath.trimmed(path)) else {
            let known = navigation.pages.map { "'\($0.path)'" }.joined(separator: ", ")
            reportMisuse(
                .navigation("st.switchPage", "there is no page at '\(path)'; the app's pages are \(known)"), in: placement)
            return false
        }
        let encoded = query.encoded
        guard encoded.utf8.count <= ProtocolLimits.maxQueryLength else {
            reportMisuse(.navigation("st.switchPage", Self.queryTooLong(encoded)), in: placement)
            return false
        }
        core.location = PageLocation(page: page.path == navigation.defaultPage.path ? "" : page.path, query: encoded)
        core.switchedPage = true
        halt()
        return true
    }

    /// The app's pages: those this run declared, or in a fragment run (which does not run the
    /// app's body) those of the last whole-app run.
    var declaredPages: NavigationRecord? {
        if let navigation { return navigation }
        if case .fragments = scope { return core.navigation }
        return nil
    }

    /// The query string as the run sees it.
    var query: QueryString { QueryString(parsing: core.location.query) }

    /// Changes the query string; the address bar follows when the run ends.
    mutating func editQuery(_ edit: (inout QueryString) -> Void, in placement: Placement) {
        guard !halted else { return }
        var query = self.query
        edit(&query)
        let encoded = query.encoded
        guard encoded.utf8.count <= ProtocolLimits.maxQueryLength else {
            reportMisuse(.navigation("st.queryParams", Self.queryTooLong(encoded)), in: placement)
            return
        }
        core.location.query = encoded
    }

    private static func queryTooLong(_ encoded: String) -> String {
        "the query string would be \(encoded.utf8.count) bytes, more than the \(ProtocolLimits.maxQueryLength) a page's address may carry; keep large values in st.session instead"
    }

    /// The location message a finished run sends: `nil` when the address bar already shows where
    /// the tab is. A page switch adds a history entry; so does a query written by the app, as in
    /// Streamlit, unless the run answers the browser moving (a link, back or forward), which
    /// already made that entry.
    mutating func takeLocationChange() -> LocationChange? {
        defer { core.switchedPage = false }
        guard core.location != core.shownLocation else { return nil }
        let history: HistoryEntry = core.switchedPage || !locationFromBrowser ? .push : .replace
        core.shownLocation = core.location
        return LocationChange(page: core.location.page, query: core.location.query, history: history)
    }

    /// After a whole-app run that declared no pages, at a path other than the root: empties what
    /// it drew and returns the not-found page to draw instead.
    mutating func startNotFoundPageUnlessNavigated() -> Page? {
        guard navigation == nil, !halted, !core.location.page.isEmpty else { return nil }
        for root in [RootContainer.main, .sidebar] { _ = draft.clear(ElementPath([root.rawValue])) }
        rendered = WidgetRegistry()
        drawn = []
        fragments = [:]
        slots = [:]
        forms = [:]
        return Page.notFound(path: core.location.page, home: nil)
    }

    /// The tab's title and icon for the page, unless the app set its own with `st.setPageConfig`.
    mutating func setPageConfigDefaults(title: String, icon: String?) {
        guard !halted else { return }
        if let path = pageConfigPath, case .pageConfig(let old) = draft.tree.node(at: path)?.element {
            var merged = old
            merged.title = old.title ?? title
            merged.icon = old.icon ?? icon
            _ = draft.replace(at: path, with: .pageConfig(merged))
        } else {
            pageConfigPath = place(
                .pageConfig(PageConfigElement(title: title, icon: icon, layout: nil, initialSidebarState: nil)),
                in: .root(.event))
        }
    }
}

extension NavigationBarPosition {
    init?(_ position: NavigationPosition) {
        switch position {
        case .sidebar: self = .sidebar
        case .top: self = .top
        case .hidden: return nil
        }
    }
}

extension SwiftlitError {
    static func navigation(_ function: String, _ problem: String) -> SwiftlitError {
        SwiftlitError(.badArgument, "\(function): \(problem).")
    }
}
