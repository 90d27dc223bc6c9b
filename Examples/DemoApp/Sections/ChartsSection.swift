import Foundation
import SwiftlitProtocol
import SwiftlitRuntime

/// Charts: the four simple charts, a Vega-Lite chart built with the typed builder whose brushed
/// range comes back to the app, a Plotly figure with a box selection, and a map.
func chartsSection(_ st: St) {
    st.header("Charts")

    st.subheader("Revenue per category")
    let layout = st.radio("Bars", options: BarLayout.allCases, format: { $0.rawValue }, horizontal: true) ?? .stacked
    st.barChart(
        DemoCharts.revenue, x: "category", y: "revenue", yLabel: "revenue ($)", color: "region",
        stack: layout == .grouped ? .unstacked : .stacked, horizontal: layout == .horizontal, height: 300)

    st.subheader("Units per month")
    st.lineChart(DemoCharts.months, x: "month", y: ["online", "in store"], yLabel: "units", height: 280)
    st.areaChart(DemoCharts.months, x: "month", y: ["online", "in store"], yLabel: "share of units", stack: .normalized, height: 220)

    st.subheader("Units against revenue")
    st.scatterChart(DemoCharts.revenue, x: "units", y: "revenue", color: "category", size: "margin", height: 300)

    st.subheader("Brush a range")
    let brushed = st.vegaLiteChart(DemoCharts.brushableScatter, height: 260, selectionMode: ["brush"], key: "brush")
    if let units = brushed["brush"]?.range("units") {
        let rows = DemoCharts.unitCounts.filter { units.contains(Double($0)) }.count
        let range = String(format: "%.1f to %.1f", units.lowerBound, units.upperBound)
        st.caption("Brushed units \(range): \(rows) of \(DemoCharts.unitCounts.count) rows.")
    } else {
        st.caption("Drag across the chart to brush a range of units.")
    }

    st.subheader("Plotly")
    let picked = st.plotlyChart(DemoCharts.plotlyFigure, height: 300, selectionMode: [.box], key: "orders")
    st.caption(picked.isEmpty ? "Drag a box around some points." : "Picked points: \(picked.pointIndices)")

    st.subheader("Map")
    st.map(DemoCharts.cities, color: "#ff4b4b", height: 300)
}

/// How the revenue bars are laid out.
enum BarLayout: String, CaseIterable, Sendable {
    case stacked = "Stacked"
    case grouped = "Grouped"
    case horizontal = "Horizontal"
}

/// The charts' small data sets, built once per process.
enum DemoCharts {
    static let categories = ["Tea", "Cake", "Soup", "Bread"]
    static let regions = ["North", "South", "West"]

    /// Revenue, units and margin per category and region: 12 rows.
    static let revenue: Table = {
        let rows = 0..<(regions.count * categories.count)
        let category: [String] = rows.map { categories[$0 % categories.count] }
        let region: [String] = rows.map { regions[$0 / categories.count] }
        let revenue: [Double] = rows.map { Double(unitCounts[$0]) * (3.5 + Double($0 % 4)) }
        let margin: [Double] = rows.map { Double(($0 * 7) % 10 + 2) }
        return Table([
            Table.Column("category", category), Table.Column("region", region), Table.Column("units", unitCounts),
            Table.Column("revenue", revenue), Table.Column("margin", margin),
        ])
    }()

    static let unitCounts = [42, 30, 18, 25, 35, 22, 27, 12, 20, 16, 31, 9]

    /// Units sold per month of 2025, online and in store.
    static let months: Table = {
        let calendar = Calendar(identifier: .gregorian)
        let firstDays = (1...12).compactMap { month in
            calendar.date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2025, month: month, day: 1))
        }
        return Table([
            Table.Column("month", days: firstDays),
            Table.Column("online", [120, 132, 150, 161, 158, 172, 190, 185, 201, 214, 240, 262]),
            Table.Column("in store", [210, 198, 205, 190, 185, 170, 160, 166, 172, 168, 190, 230]),
        ])
    }()

    /// Units against revenue; dragging across it brushes a range of units, and the points outside fade.
    static let brushableScatter = VegaLite(.table(revenue))
        .mark(.circle.size(90))
        .encode(
            .x("units", type: .quantitative), .y("revenue", type: .quantitative, title: "Revenue ($)"),
            .color(condition: .param("brush", .field("category", type: .nominal)), otherwise: .value("lightgray")))
        .params(.interval("brush", encodings: [.x]))
        .description("Units against revenue per category and region")

    /// Orders per day, written as Plotly's JSON with Swift literals.
    static let plotlyFigure: JSONValue = [
        "data": [
            [
                "type": "scatter", "mode": "markers", "name": "Orders",
                "x": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "y": [12, 15, 9, 20, 17, 11, 22, 14, 18, 25],
                "marker": ["size": 11],
            ]
        ],
        "layout": ["xaxis": ["title": ["text": "Day"]], "yaxis": ["title": ["text": "Orders"]]],
    ]

    /// A few cities; `map` finds the `lat` and `lon` columns by name.
    static let cities = Table([
        Table.Column("city", ["Oslo", "Lima", "Tokyo", "Nairobi", "Sydney"]),
        Table.Column("lat", [59.91, -12.05, 35.68, -1.29, -33.87]),
        Table.Column("lon", [10.75, -77.04, 139.69, 36.82, 151.21]),
    ])
}
