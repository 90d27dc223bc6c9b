import Swiftlit

/// Browser storage and context (`swiftlit-e2e-apps storage`), served by
/// Tests/E2E/test_browser_storage.py: shows what `st.context` reports, counts visits in
/// `localStorage` (each run reads the count, then writes it plus one), and remembers a name in a
/// cookie when asked.
let browserStorageApp: AppBody = { st in
    let context = st.context
    st.text("locale: \(context.locale ?? "-")")
    st.text("timeZone: \(context.timeZone ?? "-")")
    st.text("offset: \(context.timeZoneOffset.map(String.init) ?? "-")")
    st.text("theme: \(context.theme?.rawValue ?? "-")")
    st.text("agent: \(context.headers["user-agent"] ?? "-")")
    st.text("accept-language: \(context.headers["Accept-Language"] ?? "-")")
    st.text("ip: \(context.ipAddress ?? "-")")
    st.text("url: \(context.url ?? "-")")
    st.text("embedded: \(context.isEmbedded)")
    let visits = Int(st.localStorage["e2e-visits"] ?? "0") ?? 0
    st.text("visits before: \(visits)")
    st.localStorage["e2e-visits"] = String(visits + 1)
    let name = st.textInput("Name")
    if st.button("Remember") {
        st.cookies.set("e2e-name", name, maxAge: .days(1))
    }
    st.text("cookie: \(st.cookies["e2e-name"] ?? "-")")
    st.text("header cookie: \(context.cookies["e2e-name"] ?? "-")")
}
