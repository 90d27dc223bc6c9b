import SwiftlitDemoApp
import SwiftlitProtocol
import SwiftlitTesting
import Testing

/// The demo app, driven headlessly: every section renders, and its interactive parts work.
@Suite struct DemoAppTests {
    @Test func everySectionRendersWithoutErrors() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        #expect(at.exceptions.isEmpty)
        #expect(at.headings.map(\.text).contains("Fragments"))
        #expect(at.blocks(.columns).count == 1)
        #expect(at.blocks(.form).count == 1)
        #expect(try at.selectbox("Region").view.path.root == RootContainer.sidebar.rawValue)
    }

    @Test func theLongTaskEndsCompleteWithAToast() async throws {
        let at = AppTest(timeout: .seconds(10), demoApp)
        try await at.run()
        try at.button("Run a long task").click()
        try await at.run()
        let progress = at.elements(.progress).first?.element
        #expect(progress == .progress(ProgressElement(value: 1, html: "<p>Step 10 of 10</p>\n")))
        #expect(at.elements(.toast).count == 1)
        #expect(at.elements(.celebration).count == 1)
        #expect(at.markdown.map(\.text).contains("The answer is 42."))
    }

    @Test func theFragmentCounterLeavesTheRestAlone() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        let fragment = try #require(at.blocks(.vertical).first { $0.fragment == "counter" })
        try at.button("Count in the fragment").click()
        try await at.run(fragment: fragment.fragment)
        #expect(at.markdown.map(\.text).contains("Fragment count: 1"))
        #expect(at.markdown.map(\.text).contains("This page ran 1 times"))
    }

    @Test func aSignupIsRecordedAndTheFormCleared() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        try at.textInput("Email").input("ada@example.com")
        try at.selectbox("Plan").select("Pro")
        try at.button("Sign up").click()
        try await at.run()
        #expect(at.elements(.caption).map(\.text).contains("Sign-ups: ada@example.com (Pro)"))
        #expect(try at.textInput("Email").value == .string(""))
    }
}
