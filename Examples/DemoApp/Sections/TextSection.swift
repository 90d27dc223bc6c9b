import SwiftlitRuntime

/// Markdown, code, JSON and callouts.
func textSection(_ st: St, name: String) {
    st.header("Text and data")
    st.subheader("Markdown")
    st.markdown(
        """
        | feature | works |
        | --- | --- |
        | ~~strike~~ | yes |
        | autolinks | https://swift.org |

        - [x] task lists
        - [ ] raw HTML is shown as text: <b>not bold</b>
        """)
    st.subheader("Code")
    st.code("let n = st.slider(\"n\", in: 0...100, value: 10)\nst.write(\"n squared is \\(n * n)\")", language: "swift")
    st.subheader("JSON")
    st.json(Order(name: name, copies: 2, toppings: ["cheese"]))
    st.success("Saved")
    st.warning("Careful")
    st.error("Something went wrong (on purpose)")
}

/// What the demo shows as JSON.
struct Order: Encodable {
    let name: String
    let copies: Int
    let toppings: [String]
}
