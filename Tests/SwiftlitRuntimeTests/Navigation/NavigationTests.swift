import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct NavigationTests {
    static let home = Page("Home", icon: "🏠") { st in
        st.title("Home page")
        st.text("Home: " + st.textInput("Name"))
        if st.button("Settings, please") { try st.switchPage("settings", queryParams: ["tab": "privacy"]) }
    }
    static let settings = Page("Settings", icon: "⚙️") { st in
        st.title("Settings page")
        st.text("Settings: " + st.textInput("Name"))
        st.text("Tab: \(st.queryParams["tab"] ?? "none")")
        st.session["visits", default: 0] += 1
    }
    static let hidden = Page("Admin", visibility: .hidden) { st in st.title("Admin page") }
    static let app: AppBody = { st in
        let pages: KeyValuePairs<String, [Page]> = [
            "Main": [NavigationTests.home], "Account": [NavigationTests.settings, NavigationTests.hidden],
        ]
        try await st.navigation(sections: pages).run(st)
    }

    static func heading(_ at: AppTest) -> String? { at.headings.first?.text }

    @Test func theDefaultPageIsServedAtTheRootAndAtItsPath() async throws {
        let at = AppTest(Self.app)
        try await at.run()
        #expect(Self.heading(at) == "Home page")
        #expect(at.location == PageLocation())
        at.switchPage("home")
        try await at.run()
        #expect(Self.heading(at) == "Home page")
        let navigation = try #require(at.navigation)
        #expect(navigation.position == .sidebar)
        #expect(navigation.sections.map(\.title) == ["Main", "Account"])
        #expect(navigation.sections.map { $0.pages.map(\.title) } == [["Home"], ["Settings"]], "hidden pages are not listed")
        #expect(navigation.sections[0].pages[0].path == "", "the default page's link is the root")
        #expect(navigation.sections[0].pages[0].current == true)
    }

    @Test func aDeepLinkOpensThePageWithItsQuery() async throws {
        let at = AppTest(Self.app)
        at.switchPage("settings", query: "tab=notifications")
        try await at.run()
        #expect(Self.heading(at) == "Settings page")
        #expect(at.elements(.text).contains { $0.text == "Tab: notifications" })
        #expect(at.locationChanges.isEmpty, "the address bar already shows where the tab is")
        #expect(at.navigation?.sections[1].pages[0].current == true)
        let config = at.elements(.pageConfig).first?.element
        guard case .pageConfig(let page) = config else { Issue.record("no page config"); return }
        #expect(page.title == "Settings" && page.icon == "⚙️", "the page's title and icon are the tab's")
        let explicit = AppTest { st in
            st.setPageConfig(title: "My app")
            let chart = Page("Chart", icon: ":material/bar_chart:") { _ in }
            try await st.navigation([chart]).run(st)
        }
        try await explicit.run()
        guard case .pageConfig(let own) = explicit.elements(.pageConfig).first?.element else { return }
        #expect(own.title == "My app", "st.setPageConfig wins")
        #expect(own.icon == nil, "a Material Symbols name is no tab icon")
    }

    @Test func hiddenPagesOpenByAddress() async throws {
        let at = AppTest(Self.app)
        at.switchPage("admin")
        try await at.run()
        #expect(Self.heading(at) == "Admin page")
    }

    @Test func switchPageReruns_onTheNewPage_andPushesAHistoryEntry() async throws {
        let at = AppTest(Self.app)
        try await at.run()
        try at.button("Settings, please").click()
        try await at.run()
        #expect(Self.heading(at) == "Settings page")
        #expect(at.elements(.text).contains { $0.text == "Tab: privacy" })
        #expect(at.location == PageLocation(page: "settings", query: "tab=privacy"))
        #expect(at.locationChanges == [LocationChange(page: "settings", query: "tab=privacy", history: .push)])
        #expect(at.historyLength == 2)
        at.back()
        try await at.run()
        #expect(Self.heading(at) == "Home page")
        #expect(at.location == PageLocation())
    }

    @Test func widgetsOfTwoPagesAreTwoWidgets_whileTheSessionIsShared() async throws {
        let at = AppTest(Self.app)
        try await at.run()
        try at.textInput("Name").input("Ada")
        try await at.run()
        #expect(at.elements(.text).contains { $0.text == "Home: Ada" })
        at.switchPage("settings")
        try await at.run()
        #expect(at.elements(.text).contains { $0.text == "Settings: " }, "the settings page's field is its own")
        try at.textInput("Name").input("Grace")
        try await at.run()
        #expect(at.elements(.text).contains { $0.text == "Settings: Grace" })
        #expect(await at.sessionValue("visits", as: Int.self) == 2)
        at.back()
        try await at.run()
        #expect(at.elements(.text).contains { $0.text == "Home: " }, "a widget not drawn loses its value, as in Streamlit")
    }

    @Test func anUnknownPathShowsTheNotFoundPage() async throws {
        let at = AppTest(Self.app)
        at.switchPage("nope", query: "x=1")
        try await at.run()
        #expect(Self.heading(at) == "Page not found")
        #expect(at.elements(.text).contains { $0.text == "There is no page at /nope in this app." })
        let link = try #require(at.elements(.pageLink).first)
        #expect(link.text == "Go to Home")
        guard case .pageLink(let element) = link.element else { return }
        #expect(element.link.href == "./")
        guard case .pageConfig(let config) = at.elements(.pageConfig).first?.element else { return }
        #expect(config.title == "Page not found")
        #expect(at.lastStatus == .complete)
    }

    @Test func aSinglePageAppServesOnlyItsRoot() async throws {
        let at = AppTest { st in
            st.title("Only page")
            st.text("Name: " + st.textInput("Name"))
        }
        at.switchPage("elsewhere")
        try await at.run()
        #expect(Self.heading(at) == "Page not found")
        #expect(at.elements(.textInput).isEmpty, "what the run drew is replaced")
        at.switchPage("")
        try await at.run()
        #expect(Self.heading(at) == "Only page")
    }

    @Test func queryParamsAreReadAndWritten_andTheAddressBarFollows() async throws {
        let at = AppTest { st in
            let year = Int(st.queryParams["year"] ?? "") ?? 2026
            st.text("Year \(year); tags \(st.queryParams.all("tag"))")
            if st.button("Next") {
                st.queryParams["year"] = String(year + 1)
                st.queryParams.set("tag", values: ["a b", "c"])
                st.queryParams.remove("drop")
            }
            if st.button("Clear") { st.queryParams.clear() }
        }
        at.switchPage("", query: "year=2024&drop=1&tag=x")
        try await at.run()
        #expect(at.elements(.text).first?.text == "Year 2024; tags [\"x\"]")
        #expect(at.queryParams == ["year": "2024", "drop": "1", "tag": "x"])
        try at.button("Next").click()
        try await at.run()
        #expect(at.location.query == "year=2025&tag=a+b&tag=c")
        #expect(at.locationChanges.last?.history == .push, "as in Streamlit, a query write adds a history entry")
        #expect(at.queryParamValues("tag") == ["a b", "c"])
        try await at.run()
        #expect(at.elements(.text).first?.text == "Year 2025; tags [\"a b\", \"c\"]")
        at.queryParams = ["year": "1999"]
        try await at.run()
        #expect(at.elements(.text).first?.text == "Year 1999; tags []")
        try at.button("Clear").click()
        try await at.run()
        #expect(at.location.query == "")
    }

    @Test func aQueryWrittenWhileAnsweringBackOrForwardReplacesTheEntry() async throws {
        let at = AppTest { st in
            if st.queryParams["seen"] == nil { st.queryParams["seen"] = "yes" }
        }
        at.switchPage("", query: "a=1")
        try await at.run()
        #expect(at.locationChanges.map(\.history) == [.replace])
        #expect(at.location.query == "a=1&seen=yes")
        #expect(at.historyLength == 2)
    }

    @Test func navigationMisusesSayWhatToDo() async throws {
        func misuse(_ app: @escaping AppBody) async throws -> String {
            let at = AppTest(app)
            try await at.run()
            return at.exceptions.first?.text ?? "no misuse reported"
        }
        let twin = Page("Home", path: "start") { _ in }
        let start = Page("Start") { _ in }
        #expect(
            try await misuse { st in try await st.navigation([start, twin]).run(st) }
                .contains("both have the path 'start'; give one of them another"))
        #expect(
            try await misuse { st in try await st.navigation([Page("Media") { _ in }]).run(st) }
                .contains("the server answers itself"))
        #expect(try await misuse { st in _ = st.navigation([]) }.contains("at least one Page"))
        #expect(
            try await misuse { st in
                _ = st.navigation([start, Page("B", isDefault: true) { _ in }, Page("C", isDefault: true) { _ in }])
            }.contains("only one page can be served at the app's root"))
        #expect(
            try await misuse { st in try st.switchPage("settings") }.contains("call st.navigation([…]) before switching"))
        #expect(
            try await misuse { st in
                _ = st.navigation([start])
                try st.switchPage("nowhere")
            }.contains("there is no page at 'nowhere'; the app's pages are 'start'"))
        #expect(
            try await misuse { st in st.queryParams["big"] = String(repeating: "x", count: 20_000) }
                .contains("keep large values in st.session"))
    }

    @Test func navigationCanDifferPerRun_andCanBeHiddenOrOnTop() async throws {
        let at = AppTest { st in
            let loggedIn = st.checkbox("Logged in")
            let pages = loggedIn ? [Self.home, Self.settings] : [Self.home]
            try await st.navigation(pages, position: loggedIn ? .top : .hidden).run(st)
        }
        at.switchPage("settings")
        try await at.run()
        #expect(Self.heading(at) == "Page not found")
        #expect(at.navigation == nil)
        try at.checkbox("Logged in").check()
        try await at.run()
        #expect(Self.heading(at) == "Settings page")
        #expect(at.navigation?.position == .top)
    }

    @Test func aFragmentSwitchesAmongThePagesOfTheLastRun() async throws {
        let at = AppTest { st in
            let home = Page("Home") { st in
                try await st.fragment(key: "panel") { st in
                    st.text("Panel: " + st.textInput("Filter"))
                    if st.button("Open settings") { try st.switchPage(NavigationTests.settings) }
                }
            }
            st.session["app runs", default: 0] += 1
            try await st.navigation([home, NavigationTests.settings]).run(st)
        }
        try await at.run()
        let fragment = try #require(at.blocks(.vertical).first { $0.fragment != nil }?.fragment)
        try at.textInput("Filter").input("abc")
        try await at.run(fragment: fragment)
        #expect(at.elements(.text).contains { $0.text == "Panel: abc" }, "the fragment's widget keeps its page")
        #expect(await at.sessionValue("app runs", as: Int.self) == 1, "only the fragment ran")
        try at.button("Open settings").click()
        try await at.run(fragment: fragment)
        #expect(Self.heading(at) == "Settings page")
        #expect(at.location.page == "settings")
        #expect(at.exceptions.isEmpty)
    }

    @Test func pageLinksToPagesCarryTheirPathAndQuery() async throws {
        let at = AppTest { st in
            _ = st.navigation([Self.home, Self.settings], position: .hidden)
            st.pageLink(Self.settings, queryParams: ["tab": "a&b"])
            st.pageLink(Self.home, label: "Start", icon: "⭐")
        }
        try await at.run()
        let links = at.elements(.pageLink).compactMap { view -> PageLinkElement? in
            if case .pageLink(let link) = view.element { link } else { nil }
        }
        #expect(links.map(\.link.href) == ["./settings?tab=a%26b", "./"])
        #expect(links.map(\.link.label) == ["Settings", "Start"])
        #expect(links.map(\.icon) == ["⚙️", "⭐"])
    }
}
