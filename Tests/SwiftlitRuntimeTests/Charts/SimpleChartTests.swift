import Foundation
import SwiftlitProtocol
import SwiftlitTesting
import Testing

@testable import SwiftlitRuntime

/// The simple charts: long-form data, axis types as Streamlit infers them, stacking and reduction.
@Suite struct SimpleChartTests {
    static let sales = Table([
        Table.Column("month", [1, 2, 3]),
        Table.Column("revenue", [10.0, 12, 9]),
        Table.Column("cost", [4.0, 5, 6]),
        Table.Column("region", ["north", "south", "north"]),
    ])

    static func chart(_ app: @escaping AppBody) async throws -> (VegaLiteChartElement, JSONValue, Table) {
        let at = AppTest(app)
        try await at.run()
        #expect(at.exceptions.isEmpty, "\(at.exceptions.map(\.text))")
        let view = try #require(at.vegaLiteCharts.first)
        guard case .vegaLiteChart(let element) = view.element else { throw AppTestError.noSuchWidget("chart") }
        let data = try #require(try at.chartData(of: view)["data"])
        return (element, try at.chartSpec(of: view), data)
    }

    @Test func severalYColumnsTravelSideBySideAndTheBrowserMeltsThem() async throws {
        let (element, spec, data) = try await Self.chart { st in st.lineChart(Self.sales, x: "month", y: ["revenue", "cost"]) }
        // x once, each y column once under a plain name: no series name repeated on every row.
        #expect(data.names == ["month", "y0", "y1"])
        #expect(data["y1"]?.values == .doubles([4, 5, 6]))
        #expect(
            spec["transform"] == [
                ["fold": ["y0", "y1"], "as": ["column", "value"]],
                [
                    "lookup": "column",
                    "from": [
                        "data": ["values": [["column": "y0", "series": "revenue"], ["column": "y1", "series": "cost"]]],
                        "key": "column", "fields": ["series"],
                    ],
                ],
            ])
        #expect(spec["mark"]?["type"] == "line")
        #expect(spec["encoding"]?["x"] == ["field": "month", "type": "quantitative"])
        #expect(spec["encoding"]?["y"] == ["field": "value", "type": "quantitative", "title": "value"])
        #expect(spec["encoding"]?["color"] == ["field": "series", "type": "nominal", "title": nil])
        #expect(spec["data"] == ["name": "data"])
        #expect(element.widget == nil)
    }

    @Test func oneYColumnKeepsItsNameAndAColorColumnSplitsIt() async throws {
        let (_, spec, data) = try await Self.chart { st in
            st.lineChart(Self.sales, x: "month", y: "revenue", yLabel: "Revenue", color: "region")
        }
        #expect(data.names == ["month", "revenue", "region"])
        #expect(data["region"]?.values == .strings(["north", "north", "south"]))
        #expect(spec["encoding"]?["y"]?["title"] == "Revenue")
        #expect(spec["encoding"]?["color"] == ["field": "region", "type": "nominal"])
    }

    @Test func barsStandOnCategoriesAndStackUnlessTold() async throws {
        let (_, stacked, _) = try await Self.chart { st in st.barChart(Self.sales, x: "month", y: "revenue", color: "region") }
        #expect(stacked["mark"]?["type"] == "bar")
        #expect(stacked["encoding"]?["x"]?["type"] == "ordinal")
        #expect(stacked["encoding"]?["y"]?["stack"] == "zero")
        #expect(stacked["params"] == nil)
        let (_, grouped, _) = try await Self.chart { st in
            st.barChart(Self.sales, x: "region", y: "revenue", color: "month", stack: .unstacked)
        }
        #expect(grouped["encoding"]?["x"]?["type"] == "nominal")
        #expect(grouped["encoding"]?["xOffset"] == ["field": "month"])
        #expect(grouped["encoding"]?["y"]?["stack"] == .null)
        let (_, horizontal, _) = try await Self.chart { st in
            st.barChart(Self.sales, x: "region", y: "revenue", stack: .normalized, horizontal: true)
        }
        #expect(horizontal["encoding"]?["y"]?["field"] == "region")
        #expect(horizontal["encoding"]?["x"]?["field"] == "revenue")
        #expect(horizontal["encoding"]?["x"]?["stack"] == "normalize")
    }

    @Test func datesMakeATimeAxisOfMilliseconds() async throws {
        let day = 86_400.0
        let table = Table([
            Table.Column("day", values: .dates([Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: day)])),
            Table.Column("units", [3, 4]),
        ])
        let (_, spec, data) = try await Self.chart { st in st.areaChart(table, x: "day") }
        #expect(spec["encoding"]?["x"] == ["field": "day", "type": "temporal", "scale": ["type": "utc"]])
        #expect(data["day"]?.values == .doubles([0, day * 1000]))
        #expect(spec["params"] == [["name": "zoom", "select": "interval", "bind": "scales"]])
    }

    @Test func scatterPointsTakeColourAndSizeFromColumns() async throws {
        let (_, spec, data) = try await Self.chart { st in
            st.scatterChart(Self.sales, x: "revenue", y: "cost", color: "region", size: "month")
        }
        #expect(spec["mark"]?["type"] == "circle")
        #expect(spec["encoding"]?["size"] == ["field": "month", "type": "quantitative"])
        #expect(data.names == ["revenue", "cost", "region", "month"])
        let (_, fixed, _) = try await Self.chart { st in
            st.scatterChart(Self.sales, x: "revenue", y: "cost", color: "#ff4b4b", size: 80)
        }
        #expect(fixed["mark"]?["color"] == "#ff4b4b")
        #expect(fixed["mark"]?["size"] == 80)
        #expect(fixed["encoding"]?["color"] == nil)
    }

    @Test func recordsChartLikeTables() async throws {
        struct Sale: Encodable { let category: String; let amount: Double }
        let (_, spec, data) = try await Self.chart { st in
            st.barChart([Sale(category: "tea", amount: 3), Sale(category: "cake", amount: 5)], x: "category", y: "amount")
        }
        #expect(data["category"]?.values == .strings(["tea", "cake"]))
        #expect(spec["encoding"]?["x"]?["type"] == "nominal")
    }

    @Test func aLongLineShipsAFewHundredPointsAndItsPeak() async throws {
        // 200,000 points keep this debug-build test light; the end-to-end test draws a million.
        var y = (0..<200_000).map { sin(Double($0) / 1000) }
        y[123_456] = 50
        let table = Table([Table.Column("t", values: .integers(Array(0..<200_000))), Table.Column("y", values: .doubles(y))])
        let (_, _, data) = try await Self.chart { st in st.lineChart(table, x: "t") }
        #expect(data.rowCount <= Decimation.buckets * 2)
        guard case .doubles(let values)? = data["y"]?.values else { Issue.record("no y"); return }
        #expect(values.contains(50.0))
        guard case .doubles(let xs)? = data["t"]?.values else { Issue.record("no x"); return }
        let positions = xs.compactMap { $0 }
        #expect(positions.count == xs.count)
        #expect(positions == positions.sorted())
    }

    @Test func anUnchangedChartCostsNothingOnTheNextRun() async throws {
        let session = Session(
            id: "s",
            environment: RuntimeEnvironment(
                host: AppHost { st in
                    let other = st.checkbox("Other")
                    st.text("other is \(other)")
                    st.lineChart(Self.sales, x: "month")
                }, options: RuntimeOptions()))
        let client = InMemorySessionClient()
        await session.connect(client, widgets: [:])
        await session.waitUntilIdle()
        let first = operations(in: client.drain())
        #expect(first.contains { if case .set(_, .vegaLiteChart) = $0 { true } else { false } })
        await session.rerun(ClientMessage.Rerun(widgets: ["checkbox:Other": .bool(true)]))
        await session.waitUntilIdle()
        let second = operations(in: client.drain())
        #expect(!second.isEmpty)
        #expect(!second.contains { if case .set(_, .vegaLiteChart) = $0 { true } else { false } }, "\(second)")
    }

    @Test func dotsAndBracketsInColumnNamesAreNotNestedFields() async throws {
        let table = Table([Table.Column("price.usd", [1.0, 2]), Table.Column("qty[kg]", [3.0, 4])])
        let (_, spec, data) = try await Self.chart { st in st.scatterChart(table, x: "price.usd", y: "qty[kg]") }
        #expect(spec["encoding"]?["x"] == ["field": #"price\.usd"#, "type": "quantitative", "title": "price.usd"])
        #expect(spec["encoding"]?["y"]?["field"] == #"qty\[kg\]"#)
        #expect(data.names == ["price.usd", "qty[kg]"])
    }

    @Test func titlesVegaLiteWritesIntoExpressionsStillDraw() async throws {
        let table = Table([Table.Column("a\\\"b", [1.0, 2]), Table.Column("y", [3.0, 4])])
        let (_, spec, _) = try await Self.chart { st in st.lineChart(table, x: "a\\\"b", yLabel: "two\nlines") }
        #expect(spec["mark"]?["aria"] == false)
        #expect(spec["encoding"]?["x"]?["title"] == "a\\\"b")
        #expect(spec["encoding"]?["y"]?["title"] == "two lines")
        guard case .array(let tooltip)? = spec["encoding"]?["tooltip"] else { Issue.record("no tooltip"); return }
        #expect(tooltip.first?["title"] == "a\\\\\"b")
        let (_, plain, _) = try await Self.chart { st in st.lineChart(Self.sales, x: "month") }
        #expect(plain["mark"]?["aria"] == nil)
    }

    @Test func misusesSayWhatToChange() async throws {
        func exception(_ app: @escaping AppBody) async throws -> String {
            let at = AppTest(app)
            try await at.run()
            return at.exceptions.first?.text ?? "no exception"
        }
        #expect(try await exception { st in st.lineChart(Self.sales, y: "profit") }.contains("names the column 'profit'"))
        #expect(try await exception { st in st.barChart(Self.sales, y: "region") }.contains("'region' holds text"))
        #expect(
            try await exception { st in st.lineChart(Self.sales, y: ["revenue", "cost"], color: "region") }
                .contains("needs one y column"))
        #expect(
            try await exception { st in st.lineChart(Self.sales, y: ["revenue", "cost"], color: ["#ff0000"]) }
                .contains("1 colours for 2 y columns"))
        #expect(try await exception { st in st.lineChart(Table([Table.Column("a", ["x"])])) }.contains("no numeric column"))
        #expect(try await exception { st in st.lineChart(Self.sales, x: "month", color: ["#f00", "#0f0"]) } == "no exception")
    }
}
