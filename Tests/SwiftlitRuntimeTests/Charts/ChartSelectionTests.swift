import SwiftlitProtocol
import SwiftlitTesting
import Testing

@testable import SwiftlitRuntime

/// Selections return to the app as typed values, read through the chart's own rules.
@Suite struct ChartSelectionTests {
    static let points = Table([
        Table.Column("price", [1.0, 2, 3]), Table.Column("units", [5.0, 3, 4]), Table.Column("kind", ["a", "b", "a"]),
    ])

    static func chart() -> VegaLite {
        VegaLite(.table(points))
            .mark(.point)
            .encode(.x("price", type: .quantitative), .y("units", type: .quantitative), .color("kind"))
            .params(.interval("brush", encodings: [.x]), .point("pick", fields: ["kind"]))
    }

    @Test func anIntervalAndPointsReachTheAppWithARerun() async throws {
        let shown = Mutexed<[ChartSelection]>([])
        let at = AppTest { st in
            let selection = st.vegaLiteChart(Self.chart(), selectionMode: ["brush", "pick"], key: "prices")
            shown.set(shown.get() + [selection])
            if let range = selection["brush"]?.range("price") { st.text("from \(range.lowerBound) to \(range.upperBound)") }
        }
        try await at.run()
        let chart = try at.vegaLiteChart(key: "prices")
        guard case .vegaLiteChart(let element) = chart.element else { Issue.record("not a chart"); return }
        #expect(element.selections == ["brush", "pick"])
        #expect(element.datasets.count == 1)
        chart.selectInterval("brush", ["price": 1.5...2.5])
        try await at.run()
        #expect(at.elements(.text).map(\.text).contains("from 1.5 to 2.5"))
        try at.vegaLiteChart(key: "prices").selectPoints("pick", [["kind": "a"]])
        try await at.run()
        #expect(shown.get().last?["pick"]?.points == [["kind": "a"]])
        #expect(shown.get().last?["brush"]?.range("price") == 1.5...2.5)
    }

    @Test func forgedParamsAndKindsAreDropped() {
        let rules = ChartSelectionRules(params: ["brush": .interval, "pick": .point])
        let sent = #"{"brush":{"points":[{"k":1}]},"pick":{"points":[{"kind":"a"},{"kind":[1]}]},"admin":{"interval":{"x":[0,1]}}}"#
        let read = rules.decode(.string(sent))
        #expect(read == ChartSelection(["pick": .points([["kind": "a"]])]))
        #expect(rules.decode(.string("not json")) == nil)
        #expect(rules.decode(.number(3)) == nil)
        #expect(rules.decode(.string(#"{"pick":{"points":[],"interval":{}}}"#)) == nil)
    }

    @Test func selectionModeMustNameASelectionOfTheSpec() async throws {
        let at = AppTest { st in st.vegaLiteChart(Self.chart(), selectionMode: ["zoom"]) }
        try await at.run()
        let message = at.exceptions.first?.text ?? ""
        #expect(message.contains("names 'zoom', which is not a selection parameter"))
        #expect(message.contains("'brush', 'pick'"))
    }

    @Test func aChartWithoutSelectionModeIsNoWidget() async throws {
        let at = AppTest { st in st.vegaLiteChart(Self.chart(), width: .points(300), height: 200, theme: .library) }
        try await at.run()
        guard case .vegaLiteChart(let element)? = at.vegaLiteCharts.first?.element else { Issue.record("no chart"); return }
        #expect(element.widget == nil)
        #expect(element.width == 300)
        #expect(element.height == 200)
        #expect(element.theme == .library)
        let data = try at.chartData(of: try #require(at.vegaLiteCharts.first))
        #expect(data.values.first?.names == ["price", "units", "kind"])
    }

    @Test func aRawSpecThatIsNoObjectIsReported() async throws {
        let at = AppTest { st in st.vegaLiteChart(VegaLite(json: [1, 2])) }
        try await at.run()
        #expect(at.vegaLiteCharts.isEmpty)
        #expect(at.exceptions.first?.text.contains("st.vegaLiteChart was given a spec it cannot draw") == true)
    }

    @Test func rawJSONSpecsShowAndReportTheirSelections() async throws {
        let spec = try VegaLite(
            jsonString: #"{"data":{"values":[{"a":1}]},"mark":"bar","encoding":{"x":{"field":"a"}},"params":[{"name":"p","select":"point"}]}"#
        )
        let at = AppTest { st in
            let picked = st.vegaLiteChart(spec, selectionMode: ["p"])
            st.text("picked \(picked["p"]?.points.count ?? 0)")
        }
        try await at.run()
        try at.vegaLiteChart().selectPoints("p", [["a": 1]])
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["picked 1"])
    }
}

/// Plotly figures, and what their selections may hold.
@Suite struct PlotlyChartTests {
    static let figure: JSONValue = [
        "data": [["type": "scatter", "mode": "markers", "x": [1, 2, 3], "y": [4, 1, 2]], ["type": "bar", "x": ["a"], "y": [1]]],
        "layout": ["title": ["text": "Scores"]],
    ]

    @Test func aFigureTravelsAsGivenAndSelectionsReturn() async throws {
        let at = AppTest { st in
            let picked = st.plotlyChart(Self.figure, selectionMode: [.points, .box], key: "scores")
            st.text("indices \(picked.pointIndices) boxes \(picked.boxes.count)")
        }
        try await at.run()
        let chart = try at.plotlyChart(key: "scores")
        guard case .plotlyChart(let element) = chart.element else { Issue.record("not plotly"); return }
        #expect(element.figure == Self.figure)
        #expect(element.selectionModes == [.points, .box])
        chart.selectPlotly(
            points: [PlotlyPoint(curve: 0, index: 2, x: 3, y: 2), PlotlyPoint(curve: 0, index: 9), PlotlyPoint(curve: 5, index: 0)],
            boxes: [PlotlyRegion(x: [0, 2], y: [0, 5])], lassos: [PlotlyRegion(x: [0, 1, 2], y: [0, 1, 0])])
        try await at.run()
        // Point 9 of a three-point trace, trace 5 of two, and a lasso of a chart without lasso are dropped.
        #expect(at.elements(.text).map(\.text) == ["indices [2] boxes 1"])
        #expect(try at.plotlyChart(key: "scores").plotlySelection.points.count == 3)
    }

    @Test func somethingThatIsNoFigureIsReported() async throws {
        let at = AppTest { st in
            st.plotlyChart(["layout": [:]])
            st.plotlyChart(json: "[1, 2]")
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("needs a Plotly figure") == true)
    }

    @Test func aFigureFromJSONTextOrEncodableIsTheSameFigure() async throws {
        struct Figure: Encodable {
            struct Trace: Encodable { let type = "bar"; let x = ["a"]; let y = [1] }
            let data = [Trace()]
        }
        let at = AppTest { st in
            st.plotlyChart(json: #"{"data":[{"type":"bar","x":["a"],"y":[1]}]}"#)
            st.plotlyChart(Figure())
        }
        try await at.run()
        let specs = try at.plotlyCharts.map { try at.chartSpec(of: $0) }
        #expect(specs.count == 2)
        #expect(specs[0] == specs[1])
    }
}
