import Swiftlit

/// Every kind of element the server draws with the page (`swiftlit-e2e-apps prerender`), and a
/// slider whose square the page shows, for Tests/E2E/test_prerender.py.
let prerenderApp: AppBody = { st in
    st.title("Squares")
    st.header("Results", anchor: "results")
    let n = st.slider("n", in: 0...100, value: 10)
    st.write("n squared is \(n * n)")
    st.markdown("Some **bold**, `code`, ~~struck~~ and [a section](#results).\n\n- one\n- two")
    st.caption("A caption")
    st.divider()
    st.text("fixed <b>width</b> & \"quoted\"")
}
