import Foundation
import Swiftlit

/// Every chart kind with a known number of marks, a brushable scatter and a Plotly figure with a
/// box selection, for the chart end-to-end tests (Tests/E2E/test_charts.py).
let chartApp: AppBody = { st in
    // Revenue per category: 3 bars.
    st.barChart(ChartSamples.totals, x: "category", y: "revenue")
    // Revenue per category and region, side by side: 3 × 2 bars.
    st.barChart(ChartSamples.revenue, x: "category", y: "revenue", color: "region", stack: .unstacked)
    // Units per month on a date axis, two series: 2 lines.
    st.lineChart(ChartSamples.months, x: "month", y: ["units", "returns"])
    // The same as stacked areas: 2 areas.
    st.areaChart(ChartSamples.months, x: "month", y: ["units", "returns"])
    // A scatter coloured by category: 6 points.
    st.scatterChart(ChartSamples.revenue, x: "units", y: "revenue", color: "category", size: "units")
    // A million-point line: the server sends a few hundred points.
    st.lineChart(ChartSamples.million, x: "t", y: "signal")
    // Three cities on a map without tiles: 3 circles.
    st.map(ChartSamples.cities)

    let brushable = VegaLite(.table(ChartSamples.revenue))
        .mark(.point)
        .encode(.x("units", type: .quantitative), .y("revenue", type: .quantitative))
        .params(.interval("brush", encodings: [.x]))
    let brushed = st.vegaLiteChart(brushable, selectionMode: ["brush"], key: "brush")
    if let range = brushed["brush"]?.range("units") {
        st.text("brushed units \(Int(range.lowerBound.rounded(.up)))…\(Int(range.upperBound.rounded(.down)))")
    } else {
        st.text("brushed nothing")
    }

    let figure: JSONValue = [
        "data": [["type": "scatter", "mode": "markers", "x": [1, 2, 3, 4], "y": [10, 11, 12, 13]]],
        "layout": ["height": 300],
    ]
    let picked = st.plotlyChart(figure, selectionMode: [.box], key: "plotly")
    st.text("plotly picked \(picked.pointIndices)")
}

enum ChartSamples {
    static let revenue = Table([
        Table.Column("category", ["tea", "cake", "soup", "tea", "cake", "soup"]),
        Table.Column("region", ["north", "north", "north", "south", "south", "south"]),
        Table.Column("revenue", [120.0, 80, 45, 90, 60, 30]),
        Table.Column("units", [12, 8, 5, 9, 6, 3]),
    ])

    static let totals = Table([Table.Column("category", ["tea", "cake", "soup"]), Table.Column("revenue", [210.0, 140, 75])])

    static let months: Table = {
        let calendar = Calendar(identifier: .gregorian)
        let days = (1...6).compactMap { month in
            calendar.date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2026, month: month, day: 1))
        }
        return Table([
            Table.Column("month", values: .dates(days)),
            Table.Column("units", [30, 42, 38, 51, 60, 58]),
            Table.Column("returns", [3, 4, 2, 6, 5, 4]),
        ])
    }()

    static let million: Table = {
        let count = 1_000_000
        return Table([
            Table.Column("t", values: .integers(Array(0..<count))),
            Table.Column("signal", values: .doubles((0..<count).map { sin(Double($0) / 20_000) })),
        ])
    }()

    static let cities = Table([
        Table.Column("city", ["Oslo", "Lima", "Tokyo"]),
        Table.Column("lat", [59.91, -12.05, 35.68]),
        Table.Column("lon", [10.75, -77.04, 139.69]),
    ])
}
