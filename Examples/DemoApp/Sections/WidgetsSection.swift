import SwiftlitRuntime

/// Every input widget, and what they add up to.
func widgetsSection(_ st: St, name: String) {
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

}

/// The demo's pizza flavours, to show a selectbox over a custom type.
enum Flavour: String, CaseIterable, Sendable {
    case margherita, marinara, funghi

    var label: String { rawValue.capitalized }
}

