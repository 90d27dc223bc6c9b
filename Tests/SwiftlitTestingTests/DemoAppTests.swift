import SwiftlitDemoApp
import SwiftlitProtocol
import SwiftlitRuntime
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
        #expect(at.blocks(.form).count == 2)
        #expect(try at.selectbox("Region").view.path.root == RootContainer.sidebar.rawValue)
    }

    @Test func theTripPlannerAddsUpItsPickers() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        #expect(at.markdown.map(\.text).contains { $0.hasPrefix("7 days from ") && $0.hasSuffix("leaving at 09:00") })
        let today = CalendarDate.today
        try at.dateInput("Trip dates").pickDates(today, today.adding(days: 1))
        try at.segmentedControl("Transport").select("🚲 Bike")
        try at.feedback("Planner rating").rate(4)
        try await at.run()
        #expect(at.markdown.map(\.text).contains { $0.hasPrefix("2 days from \(today)") })
        #expect(at.elements(.caption).map(\.text).contains { $0.contains("by 🚲 Bike") })
        #expect(at.elements(.caption).map(\.text).contains("Thanks for 5 stars!"))
        #expect(at.linkButtons.map(\.text) == ["Swift documentation"])
        #expect(at.protocolErrors.isEmpty)
    }

    @Test func thePagesSectionWritesAndReadsTheQueryString() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        #expect(at.markdown.map(\.text).contains("The address has no query string yet."))
        try at.button("Write ?stop=pages to the address").click()
        try await at.run()
        #expect(at.location.query == "stop=pages")
        #expect(at.locationChanges.map(\.history) == [.push])
        #expect(at.markdown.map(\.text).contains("The address says you are at stop pages of the tour."))
        at.back()
        try await at.run()
        #expect(at.markdown.map(\.text).contains("The address has no query string yet."))
        #expect(at.exceptions.isEmpty)
    }

    @Test func theCachedRecordsAndTheSQLNotesWork() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        #expect(at.exceptions.isEmpty)
        let generated = try #require(at.markdown.map(\.text).first { $0.contains("records generated at") })
        try await at.run()
        #expect(at.markdown.map(\.text).contains(generated), "the second run serves the same cached records")
        try at.textInput("A note for every session").input("Buy milk")
        try at.button("Add").click()
        try await at.run()
        let notes = try await at.data(of: try #require(at.dataframes.last))
        #expect(notes["text"]?.values == .strings(["Buy milk", "World", "Hello"]))
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

    @Test func theChartsSectionDrawsItsChartsAndReportsTheBrush() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        #expect(at.exceptions.isEmpty)
        #expect(at.headings.map(\.text).contains("Charts"))
        // The Data section's line chart, then bars, line, area, scatter, the brushable chart and the map.
        #expect(at.vegaLiteCharts.count == 7)
        #expect(at.plotlyCharts.count == 1)
        let marks = try at.vegaLiteCharts.map { try markType(of: at.chartSpec(of: $0)) }
        #expect(marks == ["line", "bar", "line", "area", "circle", "circle", nil])
        let bars = try #require(at.vegaLiteCharts.dropFirst().first)
        #expect(try at.chartData(of: bars).values.first?.rowCount == 12)
        guard case .object(let figure) = try at.chartSpec(of: at.plotlyCharts[0]), case .array(let traces)? = figure["data"] else {
            Issue.record("the Plotly chart has no traces")
            return
        }
        #expect(traces.count == 1)

        #expect(at.elements(.caption).map(\.text).contains("Drag across the chart to brush a range of units."))
        try at.vegaLiteChart(key: "brush").selectInterval("brush", ["units": 10...30])
        try await at.run()
        #expect(at.elements(.caption).map(\.text).contains("Brushed units 10.0 to 30.0: 8 of 12 rows."))

        try at.plotlyChart(key: "orders").selectPlotly(points: [PlotlyPoint(curve: 0, index: 3), PlotlyPoint(curve: 0, index: 6)])
        try await at.run()
        #expect(at.elements(.caption).map(\.text).contains("Picked points: [3, 6]"))
    }

    @Test func theBarLayoutRadioGroupsAndTurnsTheBars() async throws {
        let at = AppTest(demoApp)
        try await at.run()
        let bars = { try #require(at.vegaLiteCharts.dropFirst().first) }
        #expect(try encodedType(of: "x", in: at.chartSpec(of: bars())) == "nominal")
        try at.radio("Bars").select("Grouped")
        try await at.run()
        #expect(try encoding(at.chartSpec(of: bars()))["xOffset"] != nil)
        try at.radio("Bars").select("Horizontal")
        try await at.run()
        #expect(try encodedType(of: "y", in: at.chartSpec(of: bars())) == "nominal")
    }
}

/// The type of a Vega-Lite spec's mark (`"bar"` or `{"type": "bar", …}`); `nil` for a layered spec.
private func markType(of spec: JSONValue) -> String? {
    guard case .object(let members) = spec else { return nil }
    switch members["mark"] {
    case .string(let type)?: return type
    case .object(let mark)?: if case .string(let type)? = mark["type"] { return type }
    default: break
    }
    return nil
}

/// A Vega-Lite spec's `encoding`, by channel.
private func encoding(_ spec: JSONValue) -> [String: JSONValue] {
    guard case .object(let members) = spec, case .object(let encoding)? = members["encoding"] else { return [:] }
    return encoding
}

/// The field type a spec's `channel` is encoded with.
private func encodedType(of channel: String, in spec: JSONValue) -> String? {
    guard case .object(let definition)? = encoding(spec)[channel], case .string(let type)? = definition["type"] else {
        return nil
    }
    return type
}
