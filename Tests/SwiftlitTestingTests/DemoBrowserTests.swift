import SwiftlitDemoApp
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// The demo's browser section: it shows what the browser reports, counts one visit per session in
/// localStorage, and remembers a name in a cookie.
@Suite struct DemoBrowserTests {
    @Test func theBrowserSectionShowsContextCountsVisitsAndRemembersAName() async throws {
        let at = AppTest(demoApp)
        at.context.browser = BrowserInfo(locale: "de-CH", timeZone: "Europe/Zurich", timeZoneOffset: -60, theme: .dark)
        at.localStorage["visits"] = "6"
        try await at.run()
        #expect(at.exceptions.isEmpty)
        #expect(at.markdown.map(\.text).contains { $0.contains("Language: de-CH") && $0.contains("Europe/Zurich") })
        #expect(at.localStorage["visits"] == "7")
        #expect(at.markdown.map(\.text).contains("Visits from this browser (kept in localStorage): 7"))
        #expect(at.elements(.caption).map(\.text).contains("No cookie remembers a name yet."))

        try at.textInput("Name to remember").input("Ada")
        try at.button("Remember the name").click()
        try await at.run()
        #expect(at.cookies["demo-name"] == "Ada")
        #expect(at.alerts.map(\.text).contains("A cookie remembers you as Ada for 30 days."))
        #expect(at.localStorage["visits"] == "7", "one visit per session, not per run")

        try at.button("Forget the name").click()
        try await at.run()
        #expect(at.cookies["demo-name"] == nil)
    }
}
