import SwiftlitProtocol

extension St {
    /// A line chart of columns of `data`: one line per `y` column, or per value of a `color` column.
    ///
    /// ```swift
    /// st.lineChart(sales, x: "month", y: ["revenue", "cost"])
    /// st.lineChart(readings, x: "time", y: "temperature", color: "sensor")
    /// ```
    /// Dates on `x` make a time axis, text a category axis. A long line is reduced on the server to
    /// the lowest and highest point of each small run (peaks survive), so a million points ship as a
    /// few hundred per line. The chart pans and zooms.
    /// - Parameters:
    ///   - x: The column along the x axis; the row labels when `nil`.
    ///   - y: One or more columns to draw; every other numeric column when `nil`.
    ///   - xLabel: The x axis's title; the column's name when `nil`.
    ///   - yLabel: The y axis's title.
    ///   - color: A column to split lines by, one colour for all, or a colour per `y` column.
    ///   - width: `.stretch` (the container's width), `.content` or points.
    ///   - height: The chart's height in points.
    public func lineChart(
        _ data: Table, x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil, yLabel: String? = nil,
        color: ChartColor? = nil, width: ElementWidth = .stretch, height: Int? = nil
    ) {
        simpleChart(
            .line, data, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, size: nil, stack: nil,
            horizontal: false, width: width, height: height)
    }

    /// A line chart of records: one row per record, one column per property.
    public func lineChart(
        _ records: [some Encodable], x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil,
        yLabel: String? = nil, color: ChartColor? = nil, width: ElementWidth = .stretch, height: Int? = nil
    ) {
        guard let table = recordsTable(records, function: "lineChart") else { return }
        lineChart(table, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, width: width, height: height)
    }

    /// A line chart of one series of values against their positions.
    ///
    /// ```swift
    /// st.lineChart([1, 4, 9, 16])
    /// ```
    public func lineChart(_ values: [Double], name: String = "value", width: ElementWidth = .stretch, height: Int? = nil) {
        lineChart(Table([Table.Column(name, values: .doubles(values))]), width: width, height: height)
    }

    /// An area chart: like ``lineChart(_:x:y:xLabel:yLabel:color:width:height:)``, the areas stacked.
    ///
    /// ```swift
    /// st.areaChart(traffic, x: "day", y: ["web", "mobile"], stack: .normalized)
    /// ```
    /// - Parameter stack: `.stacked` (the default), `.normalized` (shares of the whole), `.centered`,
    ///   or `.unstacked` (areas over each other).
    public func areaChart(
        _ data: Table, x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil, yLabel: String? = nil,
        color: ChartColor? = nil, stack: ChartStack? = nil, width: ElementWidth = .stretch, height: Int? = nil
    ) {
        simpleChart(
            .area, data, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, size: nil, stack: stack,
            horizontal: false, width: width, height: height)
    }

    /// An area chart of records.
    public func areaChart(
        _ records: [some Encodable], x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil,
        yLabel: String? = nil, color: ChartColor? = nil, stack: ChartStack? = nil, width: ElementWidth = .stretch,
        height: Int? = nil
    ) {
        guard let table = recordsTable(records, function: "areaChart") else { return }
        areaChart(table, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, stack: stack, width: width, height: height)
    }

    /// A bar chart: a bar per row (or per `x` value and series), stacked by default.
    ///
    /// ```swift
    /// st.barChart(revenue, x: "category", y: "amount", color: "region")                 // stacked
    /// st.barChart(revenue, x: "category", y: "amount", color: "region", stack: .unstacked)  // grouped
    /// st.barChart(revenue, x: "category", y: "amount", horizontal: true)
    /// ```
    /// Numbers on `x` are categories, as in Streamlit; dates make a time axis.
    /// - Parameters:
    ///   - stack: `.stacked` (the default), `.normalized`, `.centered`, or `.unstacked`: the bars of
    ///     a category side by side.
    ///   - horizontal: Bars along the x axis, the categories down the y axis.
    public func barChart(
        _ data: Table, x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil, yLabel: String? = nil,
        color: ChartColor? = nil, stack: ChartStack? = nil, horizontal: Bool = false, width: ElementWidth = .stretch,
        height: Int? = nil
    ) {
        simpleChart(
            .bar, data, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, size: nil, stack: stack,
            horizontal: horizontal, width: width, height: height)
    }

    /// A bar chart of records.
    public func barChart(
        _ records: [some Encodable], x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil,
        yLabel: String? = nil, color: ChartColor? = nil, stack: ChartStack? = nil, horizontal: Bool = false,
        width: ElementWidth = .stretch, height: Int? = nil
    ) {
        guard let table = recordsTable(records, function: "barChart") else { return }
        barChart(
            table, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, stack: stack, horizontal: horizontal,
            width: width, height: height)
    }

    /// A scatter chart: a point per row, optionally coloured and sized by columns.
    ///
    /// ```swift
    /// st.scatterChart(cars, x: "weight", y: "mpg", color: "origin", size: "horsepower")
    /// ```
    /// - Parameter size: A column whose values size the points, or one area in square points.
    public func scatterChart(
        _ data: Table, x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil, yLabel: String? = nil,
        color: ChartColor? = nil, size: ChartSize? = nil, width: ElementWidth = .stretch, height: Int? = nil
    ) {
        simpleChart(
            .scatter, data, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, size: size, stack: nil,
            horizontal: false, width: width, height: height)
    }

    /// A scatter chart of records.
    public func scatterChart(
        _ records: [some Encodable], x: String? = nil, y: ChartColumns? = nil, xLabel: String? = nil,
        yLabel: String? = nil, color: ChartColor? = nil, size: ChartSize? = nil, width: ElementWidth = .stretch,
        height: Int? = nil
    ) {
        guard let table = recordsTable(records, function: "scatterChart") else { return }
        scatterChart(table, x: x, y: y, xLabel: xLabel, yLabel: yLabel, color: color, size: size, width: width, height: height)
    }

    private func simpleChart(
        _ kind: SimpleChart.Kind, _ table: Table, x: String?, y: ChartColumns?, xLabel: String?, yLabel: String?,
        color: ChartColor?, size: ChartSize?, stack: ChartStack?, horizontal: Bool, width: ElementWidth, height: Int?
    ) {
        let function = kind.rawValue + "Chart"
        var colorColumn: String?
        if case .column(let name) = color { colorColumn = name }
        var sizeColumn: String?
        if case .column(let name) = size { sizeColumn = name }
        let request = SimpleChartData.Request(
            table: table, x: x, y: y?.names, colorColumn: colorColumn, sizeColumn: sizeColumn,
            reducesLines: kind == .line || kind == .area, function: function)
        switch SimpleChartData.make(request) {
        case .failure(let misuse): reportMisuse(misuse)
        case .success(let data):
            if case .perSeries(let colours) = color, colours.count != data.yColumns.count {
                return reportMisuse(.colourCount(colours.count, series: data.yColumns, function: function))
            }
            let chart = SimpleChart(
                kind: kind, data: data, xLabel: xLabel, yLabel: yLabel, color: color, size: size, stack: stack,
                horizontal: horizontal)
            _ = showChart(
                chart.draft, function: function, width: width, height: height, theme: .app, selectionMode: [], key: nil,
                onSelect: nil)
        }
    }

    /// The table of `records`, or `nil` after reporting why there is none.
    func recordsTable(_ records: [some Encodable], function: String) -> Table? {
        do {
            return try Table(records: records)
        } catch {
            reportMisuse(.badRecords(error, function: function))
            return nil
        }
    }
}
