import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct FormTests {
    static let signup: AppBody = { st in
        st.session["runs", default: 0] += 1
        let form = st.form("signup", clearOnSubmit: true)
        let name = form.textInput("Name")
        let age = form.numberInput("Age", value: 30)
        if form.formSubmitButton("Sign up") { st.success("Welcome \(name), \(age)") }
    }

    @Test func aSubmissionDeliversEveryValueOnceThenClears() async throws {
        let at = AppTest(Self.signup)
        try await at.run()
        try at.textInput("Name").input("Ada")
        try at.numberInput("Age").set(36)
        try at.button("Sign up").click()
        try await at.run()
        #expect(at.alerts.map(\.text) == ["Welcome Ada, 36"])
        // clearOnSubmit: the browser is sent the defaults back.
        #expect(try at.textInput("Name").value == .string(""))
        #expect(try at.numberInput("Age").value == .number(30))
        try await at.run()
        #expect(at.alerts.isEmpty)
    }

    @Test func theFormIsABlockAndItsButtonSubmits() async throws {
        let at = AppTest(Self.signup)
        try await at.run()
        let form = try #require(at.blocks(.form).first)
        #expect(at.elements(in: form).map(\.element.kind) == [.textInput, .numberInput, .button])
        guard case .button(let button) = try at.button("Sign up").element else {
            Issue.record("not a button")
            return
        }
        #expect(button.formSubmit == true)
    }

    @Test(arguments: [
        ("button", "cannot be used inside a form"),
        ("callback", "is inside a form"),
        ("nested", "cannot be nested"),
        ("outside", "must be called on a form"),
        ("duplicate", "two forms with the key"),
    ])
    func misusesAreExplained(_ misuse: String, _ words: String) async throws {
        let at = AppTest { st in
            let form = st.form("f")
            switch misuse {
            case "button": form.button("Go")
            case "callback": form.checkbox("Agree", onChange: { _ in })
            case "nested": _ = form.form("inner")
            case "outside": st.formSubmitButton("Send")
            default: _ = st.form("f")
            }
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains(words) == true, "\(at.exceptions)")
    }
}
