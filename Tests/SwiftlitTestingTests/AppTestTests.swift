import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// AppTest's own behaviour: queries, failure messages, the browser it emulates.
@Suite struct AppTestTests {
    @Test func queriesFindElementsByKindLabelAndKey() async throws {
        let at = AppTest { st in
            st.title("Title")
            st.sidebar.checkbox("In the sidebar")
            st.textInput("Name", key: "name")
            st.markdown("*hello*")
        }
        try await at.run()
        #expect(at.headings.map(\.text) == ["Title"])
        #expect(at.markdown.map(\.text) == ["hello"])
        #expect(try at.widget(key: "name").id == "textInput#name")
        #expect(try at.checkbox("In the sidebar").view.path.root == RootContainer.sidebar.rawValue)
    }

    @Test func aMissingWidgetIsAClearError() async throws {
        let at = AppTest { st in st.text("nothing here") }
        try await at.run()
        #expect(throws: AppTestError.self) { try at.slider("n") }
        do {
            _ = try at.slider("n")
        } catch {
            #expect("\(error)" == "no widget matches slider labelled 'n'")
        }
    }

    @Test func theEmulatedBrowserForgetsWidgetsThatLeaveThePage() async throws {
        let at = AppTest { st in
            if st.toggle("More") { st.textInput("Extra") }
        }
        try await at.run()
        try at.toggle("More").check()
        try await at.run()
        #expect(at.widgetValues["textInput:Extra"] == .string(""))
        try at.toggle("More").uncheck()
        try await at.run()
        #expect(at.widgetValues["textInput:Extra"] == nil)
    }
}
