import SwiftlitRuntime

/// Pages and URLs: the query string of the page's address, read and written, and a page link
/// that carries one. The demo is one page; a multipage app is shown as code.
func pagesSection(_ st: St) throws {
    st.header("Pages and URLs")
    let stop = st.queryParams["stop"]
    st.write(stop.map { "The address says you are at stop **\($0)** of the tour." } ?? "The address has no query string yet.")
    if st.button("Write ?stop=pages to the address") {
        st.queryParams["stop"] = "pages"
        try st.rerun()
    }
    if st.button("Clear the query string") {
        st.queryParams.clear()
        try st.rerun()
    }
    st.pageLink("./?stop=link", label: "A link with a query: no reload, back undoes it", icon: "🔗")
    st.caption("Back and forward restore the address's query, and the page reruns with it.")
    st.code(
        """
        let home = Page("Home", icon: "🏠") { st in st.title("Welcome") }
        let settings = Page("Settings", icon: "⚙️") { st in
            if st.button("Done") { try st.switchPage(home) }
        }
        try await st.navigation([home, settings]).run(st)   // …/settings opens Settings
        """)
}
