import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// AppTest's browser applies operations through the same rules as the server's mirror.
@Suite struct BrowserPageTests {
    @Test func aWidgetInsertedBeforeOthersBringsItsValue() async throws {
        let at = AppTest { st in
            if st.session["second", default: false] { _ = st.slider("Inserted", in: 0...10, value: 7) }
            st.text("after")
            st.session["second"] = true
        }
        try await at.run()
        try await at.run()
        let inserted = at.messages.contains { message in
            guard case .runFinished(let finished) = message else { return false }
            return finished.ops.contains { if case .insert = $0 { true } else { false } }
        }
        #expect(inserted, "the differ inserts the slider before the text")
        #expect(at.widgetValues["slider:Inserted"] == .number(7))
    }

    @Test func anOperationThatDoesNotFitNamesItself() {
        var page = BrowserPage()
        let op = DeltaOp.set(path: ElementPath([0, 3]), node: .divider)
        #expect(throws: BrowserPageError.self) { try page.apply([op]) }
        do {
            try page.apply([op])
        } catch {
            #expect(error.op == op)
            #expect(error.description.contains("only 0 children"))
        }
    }
}
