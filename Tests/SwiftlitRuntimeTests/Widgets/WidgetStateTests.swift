import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct WidgetStateTests {
    @Test func widgetsReturnDefaultsThenTheBrowsersValues() async throws {
        let at = AppTest { st in
            let name = st.textInput("Name", value: "world")
            let n = st.slider("n", in: 0...10, value: 2)
            let on = st.checkbox("On")
            let size = st.numberInput("Size", in: 0.0...1.0, value: 0.5, step: 0.1)
            let pick = st.selectbox("Pick", options: ["a", "b", "c"], index: 1)
            let many = st.multiselect("Many", options: [1, 2, 3], default: [3])
            let range = st.slider("Range", in: 0...100, value: 10...20)
            st.write("\(name) \(n) \(on) \(size) \(pick ?? "-") \(many) \(range)")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "world 2 false 0.5 b [3] 10...20")
        try at.textInput("Name").input("Ada")
        try at.slider("n").set(7)
        try at.checkbox("On").check()
        try at.numberInput("Size").set(2.5)
        try at.selectbox("Pick").select("c")
        try at.multiselect("Many").select(["2", "1"])
        try at.slider("Range").setRaw(.list([.number(30), .number(5)]))
        try await at.run()
        #expect(at.markdown.last?.text == "Ada 7 true 1.0 c [2, 1] 5...30")
    }

    @Test func optionsOfAnyTypeUseTheirLabels() async throws {
        struct Color: Sendable { let name: String }
        let at = AppTest { st in
            let color = st.selectbox("Color", options: [Color(name: "red"), Color(name: "green")], format: { $0.name })
            st.write("picked \(color?.name ?? "none")")
        }
        try await at.run()
        guard case .selectbox(let element) = try at.selectbox("Color").element else {
            Issue.record("not a selectbox")
            return
        }
        #expect(element.options == ["red", "green"])
        try at.selectbox("Color").select("green")
        try await at.run()
        #expect(at.markdown.last?.text == "picked green")
    }

    @Test func buttonsAreTrueForOneRunOnly() async throws {
        let at = AppTest { st in
            if st.button("Go") { st.success("clicked") }
        }
        try await at.run()
        #expect(at.alerts.isEmpty)
        try at.button("Go").click()
        try await at.run()
        #expect(at.alerts.map(\.text) == ["clicked"])
        try await at.run()
        #expect(at.alerts.isEmpty)
    }

    @Test func duplicateIdentityIsAnErrorThatSuggestsAKey() async throws {
        let at = AppTest { st in
            st.slider("n", in: 0...10)
            st.slider("n", in: 0...10)
            st.write("not reached")
        }
        try await at.run()
        #expect(at.exceptions.count == 1)
        #expect(at.exceptions.first?.text.contains("key") == true)
        #expect(at.markdown.isEmpty)
        #expect(at.lastStatus == .error)
    }

    @Test func keyedWidgetsKeepTheirValueWhenTheLabelChanges() async throws {
        let at = AppTest { st in
            let flip = st.checkbox("Flip")
            let n = st.slider(flip ? "B" : "A", in: 0...10, key: "n")
            st.write("n=\(n)")
        }
        try await at.run()
        try at.widget(key: "n").set(6)
        try await at.run()
        try at.checkbox("Flip").check()
        try await at.run()
        #expect(at.markdown.last?.text == "n=6")
        #expect(try at.slider("B").id == "slider#n")
    }

    @Test func widgetsNotRenderedLoseTheirState() async throws {
        let at = AppTest { st in
            if st.checkbox("Show") { st.write("n=\(st.slider("n", in: 0...10, value: 1))") }
        }
        try await at.run()
        try at.checkbox("Show").check()
        try await at.run()
        try at.slider("n").set(9)
        try await at.run()
        #expect(at.markdown.last?.text == "n=9")
        try at.checkbox("Show").uncheck()
        try await at.run()
        #expect(at.markdown.isEmpty)
        try at.checkbox("Show").check()
        try await at.run()
        #expect(at.markdown.last?.text == "n=1")
    }

    @Test func invalidBrowserValuesAreReportedAndFallBackToTheDefault() async throws {
        let at = AppTest { st in
            st.write("n=\(st.slider("n", in: 0...10, value: 4))")
        }
        try await at.run()
        try at.slider("n").setRaw(.string("seven"))
        try await at.run()
        #expect(at.markdown.last?.text == "n=4")
        #expect(at.protocolErrors.map(\.code) == [.invalidWidgetValue])
        #expect(at.protocolErrors.first?.message.contains("slider:n") == true)
        #expect(try at.slider("n").value == .number(4))
        try at.slider("n").set(2.5)
        try await at.run()
        #expect(at.markdown.last?.text == "n=4")
    }

    @Test func outOfRangeValuesAreClamped() async throws {
        let at = AppTest { st in st.write("n=\(st.slider("n", in: 0...10))") }
        try await at.run()
        try at.slider("n").set(99)
        try await at.run()
        #expect(at.markdown.last?.text == "n=10")
    }

    @Test func textIsCutAtMaxChars() async throws {
        let at = AppTest { st in st.write("[\(st.textInput("Code", maxChars: 3))]") }
        try await at.run()
        try at.textInput("Code").input("abcdef")
        try await at.run()
        #expect(at.markdown.last?.text == "[abc]")
    }
}
