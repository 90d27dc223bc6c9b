import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct SessionStateTests {
    @Test func stateSurvivesReruns() async throws {
        let at = AppTest { st in
            st.session["count", default: 0] += 1
            st.write("ran \(st.session["count", default: 0])")
        }
        try await at.run()
        try await at.run()
        try await at.run()
        #expect(at.markdown.last?.text == "ran 3")
        #expect(await at.sessionValue("count", as: Int.self) == 3)
    }

    @Test func callbacksRunBeforeTheBodyAndSeeNewValues() async throws {
        let at = AppTest { st in
            st.textInput("Name", key: "name", onChange: { state in
                let name: String = state["name"] ?? "?"
                state["log", default: [String]()].append("changed to \(name)")
            })
            st.button("Reset", onClick: { state in state["count"] = 0 })
            st.session["count", default: 0] += 1
            st.write("count \(st.session["count", default: 0]); log \(st.session["log", default: [String]()])")
        }
        try await at.run()
        try await at.run()
        try at.textInput("Name").input("Ada")
        try await at.run()
        #expect(at.markdown.last?.text == "count 3; log [\"changed to Ada\"]")
        try at.button("Reset").click()
        try await at.run()
        #expect(at.markdown.last?.text.hasPrefix("count 1;") == true)
    }

    @Test func keyedWidgetValuesAppearInSessionState() async throws {
        let at = AppTest { st in
            st.slider("Level", in: 0...5, value: 2, key: "level")
            let level: Int = st.session["level"] ?? -1
            st.write("level \(level)")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "level 2")
        try at.slider("Level").set(4)
        try await at.run()
        #expect(at.markdown.last?.text == "level 4")
        #expect(await at.sessionValue("level", as: Int.self) == 4)
    }

    @Test func assigningAKeyBeforeTheWidgetMovesIt() async throws {
        let at = AppTest { st in
            if st.button("Max") { st.session["level"] = 5 }
            let level = st.slider("Level", in: 0...5, value: 1, key: "level")
            st.write("level \(level)")
        }
        try await at.run()
        try at.button("Max").click()
        try await at.run()
        #expect(at.markdown.last?.text == "level 5")
        #expect(try at.slider("Level").value == .number(5))
        try await at.run()
        #expect(at.markdown.last?.text == "level 5")
    }

    @Test func assigningAKeyAfterItsWidgetIsAMisuse() async throws {
        let at = AppTest { st in
            st.slider("Level", in: 0...5, key: "level")
            st.session["level"] = 3
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("cannot be changed after the widget") == true)
    }

    @Test func aWrongTypeUnderAWidgetKeyIsAMisuseNamingBothTypes() async throws {
        let at = AppTest { st in
            st.slider("Level", in: 0...5, key: "level")
        }
        await at.setSessionValue("high", forKey: "level")
        try await at.run()
        let message = at.exceptions.first?.text ?? ""
        #expect(message.contains("String") && message.contains("Int"))
    }

    @Test func selectionWidgetsKeepOptionsInSessionState() async throws {
        let at = AppTest { st in
            let pet = st.radio("Pet", options: ["cat", "dog"], key: "pet")
            st.write("pet \(pet ?? "none")")
        }
        await at.setSessionValue("dog", forKey: "pet")
        try await at.run()
        #expect(at.markdown.last?.text == "pet dog")
        #expect(await at.sessionValue("pet", as: String.self) == "dog")
    }
}
