import Swiftlit

/// A slider, a text input and an `st.session` counter (`swiftlit-e2e-apps refresh`), for
/// Tests/E2E/test_refresh.py: a reload keeps all three, a new tab or an expired session starts
/// over. Each writes what the app received as a `text` line ("level=5").
let refreshApp: AppBody = { st in
    let level = st.slider("Level", in: 0...10, value: 2)
    let name = st.textInput("Name", value: "world")
    if st.button("Count") { st.session["count", default: 0] += 1 }
    st.text("level=\(level)")
    st.text("name=\(name)")
    st.text("count=\(st.session["count", default: 0])")
}
