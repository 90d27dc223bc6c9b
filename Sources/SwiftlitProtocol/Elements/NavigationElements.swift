/// `navigation`: the list of the app's pages (`st.navigation`), in sections, with the page the
/// tab is on marked.
public struct NavigationElement: Hashable, Sendable, Codable {
    /// Where the list is drawn.
    public var position: NavigationBarPosition
    public var sections: [NavigationSection]

    public init(position: NavigationBarPosition, sections: [NavigationSection]) {
        self.position = position
        self.sections = sections
    }
}

/// Where a `navigation` element is drawn.
public enum NavigationBarPosition: String, Hashable, Sendable, Codable, CaseIterable, WireEnum {
    /// At the top of the sidebar.
    case sidebar
    /// As a bar above the page's content.
    case top
}

/// A group of pages under a heading; the heading is absent for pages listed without sections.
public struct NavigationSection: Hashable, Sendable, Codable {
    public var title: String?
    public var pages: [NavigationPageLink]

    public init(title: String?, pages: [NavigationPageLink]) {
        self.title = title
        self.pages = pages
    }
}

/// One page in a `navigation` element.
public struct NavigationPageLink: Hashable, Sendable, Codable {
    public var title: String
    /// An emoji, or a Material Symbols name written `:material/name:`.
    public var icon: String?
    /// The page's path below the app's root, not percent-encoded; `""` for the default page.
    public var path: String
    /// `true` for the page the tab is on.
    public var current: Bool?

    public init(title: String, icon: String?, path: String, current: Bool) {
        self.title = title
        self.icon = icon
        self.path = path
        self.current = current ? true : nil
    }
}
