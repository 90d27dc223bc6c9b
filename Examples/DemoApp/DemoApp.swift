public import SwiftlitRuntime

/// The demo: the hello app from the README, then a tour of every element and widget.
///
/// The demo executable serves it; the benchmark and the end-to-end tests run it too.
public let demoApp: AppBody = { st in
    st.title("Hello 👋")
    let name = st.textInput("Your name", value: "world")
    let n = st.slider("Repeat", in: 1...10, value: 3)
    for _ in 0..<n { st.markdown("Hello, **\(name)**!") }
    if st.button("Clear", onClick: { state in state["count"] = 0 }) { st.info("Cleared") }
    st.session["count", default: 0] += 1
    st.write("This page ran \(st.session["count", default: 0]) times")

    st.divider()
    st.header("Widgets")
    let shout = st.checkbox("Shout", help: "Upper-case the greeting")
    let compact = st.toggle("Compact view")
    let size = st.radio("Size", options: ["Small", "Medium", "Large"], index: 1, horizontal: true)
    let flavour = st.selectbox("Flavour", options: Flavour.allCases, format: { $0.label })
    let toppings = st.multiselect(
        "Toppings", options: ["cheese", "olives", "basil", "chili"], default: ["cheese"], maxSelections: 3)
    let copies = st.numberInput("Copies", in: 1...20, value: 2)
    let price = st.numberInput("Price", in: 0.0...100.0, value: 9.5, step: 0.5)
    let years = st.slider("Years", in: 1990...2030, value: 2000...2020)
    let notes = st.textArea("Notes", placeholder: "Anything else?")
    let greeting = "Order for \(name): \(copies) × \(size ?? "?") \(flavour?.label ?? "?") with \(toppings.joined(separator: ", "))"
    st.write(shout ? greeting.uppercased() : greeting)
    st.caption("Price \(price), years \(years.lowerBound)–\(years.upperBound)\(compact ? ", compact" : "")")
    if !notes.isEmpty { st.text(notes) }

    st.divider()
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
    st.json(Order(name: name, copies: copies, toppings: toppings))
    st.success("Saved")
    st.warning("Careful")
    st.error("Something went wrong (on purpose)")
}

/// The demo's pizza flavours, to show a selectbox over a custom type.
enum Flavour: String, CaseIterable, Sendable {
    case margherita, marinara, funghi

    var label: String { rawValue.capitalized }
}

/// What the demo shows as JSON.
struct Order: Encodable {
    let name: String
    let copies: Int
    let toppings: [String]
}
