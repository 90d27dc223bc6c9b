extension Page {
    /// What a tab at a path no page has shows: says which path was asked for and links to the
    /// app's default page.
    static func notFound(path: String, home: Page?) -> Page {
        Page("Page not found", icon: "🔍", path: path, visibility: .hidden) { st in
            st.setPageConfig(title: "Page not found")
            st.title("Page not found")
            // Plain text: the path is whatever the address held.
            st.text("There is no page at /\(path) in this app.")
            if let home {
                st.pageLink(home, label: "Go to \(home.title)")
            } else {
                st.pageLink("./", label: "Go to the app's start page", icon: "🏠")
            }
        }
    }
}
