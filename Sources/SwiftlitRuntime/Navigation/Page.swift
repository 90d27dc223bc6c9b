/// One page of a multipage app: what `st.navigation` lists, and what runs when the tab is on it.
///
/// ```swift
/// let home = Page("Home", icon: "🏠") { st in st.title("Welcome") }
/// let settings = Page("Settings", icon: "⚙️", path: "settings") { st in st.toggle("Dark mode") }
/// let page = st.navigation([home, settings])
/// try await page.run(st)
/// ```
public struct Page: Sendable {
    /// The page's name in the navigation, and the tab's title while it shows.
    public let title: String
    /// An emoji, or a Material Symbols name such as `":material/settings:"`.
    public let icon: String?
    /// The page's URL path segment below the app's root: `…/settings`. When not given, the title
    /// as a lowercase slug ("Sales report" → `sales-report`).
    public let path: String
    /// Whether the page shows at the app's root. Without one, the first page is the default.
    public let isDefault: Bool
    /// Hidden pages are not listed, but a link, `st.switchPage` or their URL still opens them.
    public let visibility: PageVisibility
    /// The path as the app gave it, checked when `st.navigation` lists the page.
    let givenPath: String?
    let body: AppBody

    /// - Parameters:
    ///   - title: The name in the navigation and the tab's title.
    ///   - icon: An emoji or `":material/name:"`.
    ///   - path: One URL path segment; default the title as a lowercase slug.
    ///   - isDefault: Serves this page at the app's root (it stays reachable at its own path).
    ///   - visibility: `.hidden` leaves the page out of the navigation.
    ///   - body: What the page draws, run by ``run(_:)``.
    public init(
        _ title: String, icon: String? = nil, path: String? = nil, isDefault: Bool = false,
        visibility: PageVisibility = .visible, _ body: @escaping AppBody
    ) {
        self.title = title
        self.icon = icon
        self.givenPath = path
        self.path = path.map(PagePath.trimmed) ?? PagePath.slug(title)
        self.isDefault = isDefault
        self.visibility = visibility
        self.body = body
    }

    /// Runs the page's body with `st`; what it draws goes where `st` draws. Widgets it draws
    /// belong to this page: another page's widget of the same kind and label is another widget.
    /// `st.session` is shared by all pages.
    ///
    /// ```swift
    /// try await st.navigation([home, settings]).run(st)
    /// ```
    public func run(_ st: St) async throws {
        try await body(st.onPage(path))
    }
}

/// Whether ``Page`` is listed in the navigation.
public enum PageVisibility: Sendable, Hashable {
    case visible
    /// Reachable by URL, `st.switchPage` and `st.pageLink`, but not listed.
    case hidden
}

/// Where `st.navigation` draws the list of pages.
public enum NavigationPosition: Sendable, Hashable {
    /// At the top of the sidebar (Streamlit's default).
    case sidebar
    /// As a bar above the page's content.
    case top
    /// Nowhere: the app draws its own links (`st.pageLink`) or switches pages from code.
    case hidden
}

extension St {
    /// A handle that draws where this one does, for the page at `path`.
    func onPage(_ path: String) -> St {
        var placement = placement
        placement.page = path
        return St(run: run, placement: placement)
    }
}
