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
    st.subheader("Colours, icons and badges")
    st.markdown(
        """
        :red[red], :orange[orange], :green[green], :blue[blue], :violet[violet], :gray[gray] and :rainbow[rainbow] text;
        :blue-background[a blue background], :violet-badge[a badge] and **:orange[nested *Markdown*]**.
        Icons :material/rocket_launch: :material/favorite: and emoji :tada: :+1: (not in `code :tada:`).
        """)
    st.badge("New", icon: ":material/star:", color: .violet)
    st.badge("Passing", icon: "✅", color: .green, help: "Every test passes")
    st.subheader("Formulas")
    st.latex(#"\int_0^1 x^2 \, dx = \frac{1}{3} \qquad e^{i\pi} + 1 = 0"#, help: "Typeset by KaTeX")
    st.subheader("HTML")
    st.html("<p style='color: teal'>Inline <b>HTML</b>: styles stay, scripts are removed.</p>")
    st.html(
        "<button onclick=\"this.textContent = new Date().toLocaleTimeString()\">What time is it?</button>"
            + " <small>(a script in a sandboxed frame)</small>",
        sandboxed: true, height: 48)
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
