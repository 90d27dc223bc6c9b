import SwiftlitRuntime

/// What the browser tells of itself (`st.context`), and browser storage written from the app: a
/// visit counter in `localStorage` and a name remembered in a cookie.
func browserSection(_ st: St) {
    st.header("Browser: context and storage")
    let context = st.context
    st.markdown(
        """
        - Language: **\(context.locale ?? "unknown")**
        - Time zone: **\(context.timeZone ?? "unknown")** (\(context.timeZoneOffset.map { "UTC offset \(-$0) min" } ?? "offset unknown"))
        - Theme: **\(context.theme?.rawValue ?? "unknown")**
        """)
    st.caption(
        "Reached at \(context.url ?? "an unknown address") from \(context.ipAddress ?? "an unknown address"); "
            + "the browser says it is \(context.headers["User-Agent"] ?? "unnamed"). These are the browser's claims: "
            + "shown, never trusted for access.")

    // One visit per session: reruns and reloads of the tab do not count again, a new tab does.
    if !st.session.contains("browserVisitCounted") {
        st.session["browserVisitCounted"] = true
        let visits = Int(st.localStorage["visits"] ?? "0") ?? 0
        st.localStorage["visits"] = String(visits + 1)
    }
    st.write("Visits from this browser (kept in localStorage): \(st.localStorage["visits"] ?? "1")")

    let name = st.textInput("Name to remember", placeholder: "Ada")
    if st.button("Remember the name") { st.cookies.set("demo-name", name, maxAge: .days(30)) }
    if st.button("Forget the name") { st.cookies.remove("demo-name") }
    if let now = st.cookies["demo-name"] {
        st.success("A cookie remembers you as \(now) for 30 days.")
    } else {
        st.caption("No cookie remembers a name yet.")
    }
}
