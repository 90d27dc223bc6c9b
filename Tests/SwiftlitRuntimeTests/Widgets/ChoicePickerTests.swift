import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct ChoicePickerTests {
    struct Size: Sendable, Equatable {
        let name: String
        static let all = ["XS", "S", "M", "L", "XL"].map(Size.init)
    }

    // MARK: colorPicker

    @Test func aColorPickerNormalisesAndValidatesColours() async throws {
        let at = AppTest { st in
            st.write("color \(st.colorPicker("Accent", value: "#F0A", key: "accent"))")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "color #ff00aa")
        try at.colorPicker("Accent").pickColor("#12ab9F")
        try await at.run()
        #expect(at.markdown.last?.text == "color #12ab9f")
        #expect(await at.sessionValue("accent", as: String.self) == "#12ab9f")
        for forged: WidgetValue in [.string("red"), .string("#12345"), .string("#gggggg"), .null, .number(0xff0000)] {
            try at.colorPicker("Accent").setRaw(forged)
            try await at.run()
        }
        #expect(at.markdown.last?.text == "color #12ab9f")
        #expect(at.protocolErrors.count == 5)
        #expect(at.protocolErrors.first?.message.contains("a string (\"red\")") == true)
        try at.colorPicker("Accent").setRaw(.string("#fff\nforged log line"))
        try await at.run()
        #expect(at.protocolErrors.last?.message.contains("forged") == false, "control characters are not echoed")
        let bad = AppTest { st in st.colorPicker("Bad", value: "blue") }
        try await bad.run()
        #expect(bad.exceptions.first?.text.contains("'blue' is not a hex colour") == true)
    }

    // MARK: selectSlider

    @Test func aSelectSliderReturnsOptionsOfAnyType() async throws {
        let at = AppTest { st in
            let size = st.selectSlider("Size", options: Size.all, value: Size(name: "M"), format: { $0.name })
            st.write("size \(size?.name ?? "-")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "size M")
        guard case .selectSlider(let element) = try at.selectSlider("Size").element else {
            Issue.record("not a select slider")
            return
        }
        #expect(element.options == ["XS", "S", "M", "L", "XL"])
        #expect(element.value == ["M"])
        try at.selectSlider("Size").select("XL")
        try await at.run()
        #expect(at.markdown.last?.text == "size XL")
        for forged: WidgetValue in [.string("XXL"), .null, .number(2), .list([.string("S"), .string("M")])] {
            try at.selectSlider("Size").setRaw(forged)
            try await at.run()
        }
        #expect(at.markdown.last?.text == "size XL")
        #expect(at.protocolErrors.count == 4)
        #expect(at.protocolErrors.first?.message.contains("XXL") == true)
    }

    @Test func aRangeSelectSliderReturnsTwoOrderedOptions() async throws {
        let at = AppTest { st in
            let range = st.selectSlider("Sizes", options: Size.all, range: (Size(name: "S"), Size(name: "L")), format: { $0.name }, key: "sizes")
            st.write("from \(range?.lower.name ?? "-") to \(range?.upper.name ?? "-")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "from S to L")
        try at.selectSlider("Sizes").selectRange("M", "M")
        try await at.run()
        #expect(at.markdown.last?.text == "from M to M")
        #expect(await at.sessionValue("sizes", as: [Size].self) == [Size(name: "M"), Size(name: "M")])
        try at.selectSlider("Sizes").selectRange("XL", "XS")
        try await at.run()
        try at.selectSlider("Sizes").select("S")
        try await at.run()
        #expect(at.markdown.last?.text == "from M to M")
        #expect(at.protocolErrors.count == 2)
    }

    @Test func selectSliderArgumentsAreChecked() async throws {
        let empty = AppTest { st in st.selectSlider("None", options: [String]()) }
        try await empty.run()
        #expect(empty.exceptions.first?.text.contains("options is empty") == true)
        let unknown = AppTest { st in st.selectSlider("Unknown", options: ["a", "b"], value: "c") }
        try await unknown.run()
        #expect(unknown.exceptions.first?.text.contains("'c' is not one of the options") == true)
    }

    // MARK: pills and segmentedControl

    @Test func singlePillsSelectAndClear() async throws {
        let at = AppTest { st in
            let mood = st.pills("Mood", options: ["😀 Happy", "😐 Meh"], key: "mood")
            st.write("mood \(mood ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "mood none")
        try at.pills("Mood").select("😐 Meh")
        try await at.run()
        #expect(at.markdown.last?.text == "mood 😐 Meh")
        #expect(await at.sessionValue("mood", as: String.self) == "😐 Meh")
        try at.pills("Mood").unselect()
        try await at.run()
        #expect(at.markdown.last?.text == "mood none")
        try at.pills("Mood").select("😡 Angry")
        try await at.run()
        #expect(at.markdown.last?.text == "mood none")
        #expect(at.protocolErrors.count == 1)
    }

    @Test func multiPillsReturnOptionsInOptionOrder() async throws {
        let at = AppTest { st in
            let sizes = st.pills("Sizes", options: Size.all, selectionMode: .multi, default: [Size(name: "L")], format: { $0.name })
            st.write("sizes \(sizes.map(\.name))")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "sizes [\"L\"]")
        guard case .pills(let element) = try at.pills("Sizes").element else {
            Issue.record("not pills")
            return
        }
        #expect(element.multi == true)
        #expect(element.value == ["L"])
        try at.pills("Sizes").select(["XL", "S"])
        try await at.run()
        #expect(at.markdown.last?.text == "sizes [\"S\", \"XL\"]")
        for forged: WidgetValue in [.list([.string("S"), .string("S")]), .list([.string("XXL")]), .string("S"), .list([.number(1)])] {
            try at.pills("Sizes").setRaw(forged)
            try await at.run()
        }
        #expect(at.markdown.last?.text == "sizes [\"S\", \"XL\"]")
        #expect(at.protocolErrors.count == 4)
    }

    @Test func aRequiredSegmentedControlCannotBeCleared() async throws {
        let at = AppTest { st in
            let view = st.segmentedControl("View", options: ["Day", "Week", "Month"], default: "Week", required: true)
            st.write("view \(view ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "view Week")
        guard case .segmentedControl(let element) = try at.segmentedControl("View").element else {
            Issue.record("not a segmented control")
            return
        }
        #expect(element.required == true)
        try at.segmentedControl("View").select("Month")
        try await at.run()
        try at.segmentedControl("View").unselect()
        try await at.run()
        #expect(at.markdown.last?.text == "view Month")
        #expect(at.protocolErrors.count == 1)
    }

    @Test func aMultiSegmentedControlAndABadDefault() async throws {
        let at = AppTest { st in
            let days = st.segmentedControl("Days", options: ["Mon", "Tue", "Wed"], selectionMode: .multi)
            st.write("days \(days)")
        }
        try await at.run()
        try at.segmentedControl("Days").select(["Wed", "Mon"])
        try await at.run()
        #expect(at.markdown.last?.text == "days [\"Mon\", \"Wed\"]")
        let bad = AppTest { st in st.pills("P", options: ["a"], default: "b") }
        try await bad.run()
        #expect(bad.exceptions.first?.text.contains("default 'b' is not one of the options") == true)
    }

    // MARK: feedback

    @Test func feedbackReturnsTheChosenIndex() async throws {
        let at = AppTest { st in
            let thumbs = st.feedback()
            let stars = st.feedback(.stars, default: 2, key: "stars")
            st.write("thumbs \(thumbs.map(String.init) ?? "none") stars \(stars.map(String.init) ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "thumbs none stars 2")
        try at.feedback().rate(1)
        try at.widget(key: "stars").rate(4)
        try await at.run()
        #expect(at.markdown.last?.text == "thumbs 1 stars 4")
        #expect(await at.sessionValue("stars", as: Int.self) == 4)
        for forged: WidgetValue in [.number(2), .number(-1), .number(0.5), .string("1")] {
            try at.feedback().setRaw(forged)
            try await at.run()
        }
        #expect(at.markdown.last?.text == "thumbs 1 stars 4")
        #expect(at.protocolErrors.count == 4)
        try at.feedback().rate(nil)
        try await at.run()
        #expect(at.markdown.last?.text == "thumbs none stars 4")
    }

    @Test func feedbackDefaultsMustFitTheStyle() async throws {
        let at = AppTest { st in st.feedback(.thumbs, default: 3) }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("default 3 is not an index") == true)
    }

    // MARK: Forms

    @Test func pickersInAClearingFormDeliverTheirValuesThenReturnToTheirDefaults() async throws {
        let at = AppTest { st in
            let form = st.form("trip", clearOnSubmit: true)
            let day = form.dateInput("Day", value: CalendarDate(year: 2026, month: 11, day: 30))
            let size = form.selectSlider("Size", options: ["S", "M", "L"], value: "M")
            let tags = form.pills("Tags", options: ["a", "b"], selectionMode: .multi)
            let stars = form.feedback(.stars)
            if form.formSubmitButton("Go") {
                st.success("\(day?.description ?? "-") \(size ?? "-") \(tags) \(stars.map(String.init) ?? "-")")
            }
        }
        try await at.run()
        try at.dateInput("Day").pickDate(CalendarDate(year: 2027, month: 1, day: 2))
        try at.selectSlider("Size").select("L")
        try at.pills("Tags").select(["b"])
        try at.feedback().rate(4)
        try at.button("Go").click()
        try await at.run()
        #expect(at.alerts.map(\.text) == ["2027-01-02 L [\"b\"] 4"])
        #expect(try at.dateInput("Day").value == .string("2026-11-30"))
        #expect(try at.selectSlider("Size").value == .string("M"))
        #expect(try at.pills("Tags").value == .list([]))
        #expect(try at.feedback().value == .null)
        #expect(at.protocolErrors.isEmpty)
    }

    // MARK: Links

    @Test func linkButtonsAndPageLinksCarryTheirAddresses() async throws {
        let at = AppTest { st in
            st.linkButton("Docs", url: "https://swift.org/documentation/", style: .primary, width: .stretch)
            st.linkButton("Mail", url: "mailto:team@example.com")
            st.pageLink("/settings", label: "Settings", icon: "⚙️")
            st.pageLink("https://swift.org")
        }
        try await at.run()
        #expect(at.linkButtons.map(\.text) == ["Docs", "Mail"])
        #expect(at.pageLinks.map(\.text) == ["Settings", "https://swift.org"])
        guard case .linkButton(let docs) = at.linkButtons.first?.element,
            case .pageLink(let settings) = at.pageLinks.first?.element,
            case .pageLink(let swift) = at.pageLinks.last?.element
        else {
            Issue.record("missing links")
            return
        }
        #expect(docs.link.href == "https://swift.org/documentation/")
        #expect(docs.style == .primary)
        #expect(docs.link.widthMode == .stretch)
        #expect(settings.link.href == "/settings")
        #expect(settings.external == nil)
        #expect(settings.icon == "⚙️")
        #expect(swift.external == true)
    }

    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "ftp://x.org", "https:", "/relative"])
    func linkButtonsRefuseOtherSchemes(url: String) async throws {
        let at = AppTest { st in st.linkButton("Bad", url: url) }
        try await at.run()
        #expect(at.linkButtons.isEmpty)
        #expect(at.exceptions.first?.text.contains("is not an http, https or mailto address") == true)
    }

    @Test(arguments: ["javascript:alert(1)", "//evil.example", "/\\evil.example", "mailto:a@b.c", "vbscript:x"])
    func pageLinksRefuseOtherSitesWithoutAScheme(page: String) async throws {
        let at = AppTest { st in st.pageLink(page) }
        try await at.run()
        #expect(at.pageLinks.isEmpty)
        #expect(at.exceptions.first?.text.contains("is neither a path of the app") == true)
    }
}
