public import SwiftlitRuntime

/// The demo: the hello app from the README, then a tour of every element and widget.
///
/// The demo executable serves it; the benchmark and the end-to-end tests run it too.
public let demoApp: AppBody = { st in
    st.setPageConfig(title: "Swiftlit demo", icon: "👋", initialSidebarState: .auto)
    st.title("Hello 👋")
    let name = st.textInput("Your name", value: "world")
    let n = st.slider("Repeat", in: 1...10, value: 3)
    for _ in 0..<n { st.markdown("Hello, **\(name)**!") }
    if st.button("Clear", onClick: { state in state["count"] = 0 }) { st.info("Cleared") }
    st.session["count", default: 0] += 1
    st.write("This page ran \(st.session["count", default: 0]) times")

    st.divider()
    widgetsSection(st, name: name)
    st.divider()
    moreWidgetsSection(st)
    st.divider()
    layoutSection(st)
    st.divider()
    try await flowSection(st)
    st.divider()
    try await statusSection(st)
    st.divider()
    dataSection(st)
    st.divider()
    uploadsSection(st)
    st.divider()
    try chatSection(st)
    st.divider()
    chartsSection(st)
    st.divider()
    try await cachingSection(st)
    st.divider()
    textSection(st, name: name)
    st.divider()
    try await mediaSection(st)
    st.divider()
    try pagesSection(st)
    browserSection(st)
}
