import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct WidgetWidthTests {
    private static func info(_ view: ElementView) -> WidgetInfo? {
        switch view.element {
        case .button(let button): button.widget
        case .textInput(let input): input.widget
        case .checkbox(let box): box.widget
        case .slider(let slider): slider.widget
        default: nil
        }
    }

    @Test func aDefaultWidthCostsNothingOnTheWireAndOthersTravel() async throws {
        let at = AppTest { st in
            st.button("Default")
            st.button("Wide", width: .stretch)
            st.button("Fixed", width: .points(180))
            _ = st.textInput("Name")
            _ = st.textInput("Short", width: .content)
            _ = st.checkbox("Agree", width: .stretch)
            _ = st.slider("Level", in: 0...10, width: .points(0))
        }
        try await at.run()
        let kinds: [Element.Kind] = [.button, .textInput, .checkbox, .slider]
        let widths = kinds.flatMap { at.elements($0) }.compactMap(Self.info).map { ($0.label, $0.widthMode, $0.width) }
        #expect(widths.map(\.0) == ["Default", "Wide", "Fixed", "Name", "Short", "Agree", "Level"])
        #expect(widths.map(\.1) == [nil, .stretch, nil, nil, .content, .stretch, nil])
        #expect(widths.map(\.2) == [nil, nil, 180, nil, nil, nil, 1])
        let encoded = String(decoding: try MessageCoding.makeEncoder().encode(at.messages[0]), as: UTF8.self)
        #expect(encoded.contains(#""widthMode":"stretch""#))
    }
}
