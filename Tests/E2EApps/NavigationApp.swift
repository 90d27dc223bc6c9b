import Swiftlit

/// Pages and URLs end to end (Tests/E2E/test_navigation.py): three listed pages in two sections
/// and a hidden one, a query parameter the app writes, `st.switchPage`, page links.
let navigationApp: AppBody = { st in
    let home = Page("Home", icon: "🏠") { st in
        st.title("Home page")
        st.pageLink("reports", label: "Reports for 2024 (link)", queryParams: ["year": "2024"])
        if st.button("Go to settings") { try st.switchPage("settings", queryParams: ["tab": "privacy"]) }
        st.text("Home name: " + st.textInput("Name"))
    }
    let reports = Page("Reports", icon: ":material/bar_chart:") { st in
        st.title("Reports page")
        // The query is the page's state: back and forward restore it.
        let year = Int(st.queryParams["year"] ?? "") ?? 2026
        st.text("Showing \(year)")
        if st.button("Next year") {
            st.queryParams["year"] = String(year + 1)
            try st.rerun()
        }
    }
    let settings = Page("Settings", icon: "⚙️") { st in
        st.title("Settings page")
        st.text("Tab: \(st.queryParams["tab"] ?? "none")")
        st.text("Settings name: " + st.textInput("Name"))
    }
    let secret = Page("Secret", path: "secret", visibility: .hidden) { st in st.title("Secret page") }
    let page = st.navigation(sections: ["Main": [home, reports], "Account": [settings, secret]])
    try await page.run(st)
}
