import SwiftlitProtocol

extension St {
    /// A scrollable table. Only its first rows travel with the page; the browser fetches the
    /// others as they scroll into view, so a large table costs little per rerun.
    ///
    /// ```swift
    /// st.dataframe(Table([("a", .numbers(a)), ("b", .numbers(b))]))
    /// ```
    /// - Parameter height: The table's height in pixels.
    public func dataframe(_ table: Table, height: Int? = nil) {
        let id = table.fingerprint
        run.registerTable(table, id: id)
        emit(
            .dataframe(
                DataFrameElement(
                    table: id, columns: zip(table.names, table.columns).map { DataColumn(name: $0, type: $1.type) },
                    rowCount: table.rowCount, rows: table.rows(from: 0, count: DataFrameElement.firstPage), height: height)))
    }

    /// A line chart of some columns of `table` against another.
    ///
    /// ```swift
    /// st.lineChart(table, x: "day", y: ["sales", "returns"])
    /// ```
    /// Long lines are reduced on the server to what the chart can show (the lowest and highest
    /// point of each small run), so a chart of 10,000 points costs a few kilobytes.
    /// - Parameters:
    ///   - x: The column of x values; the row number when `nil`.
    ///   - y: The columns to draw; every numeric column but `x` when `nil`.
    ///   - height: The chart's height in pixels.
    public func lineChart(
        _ table: Table, x: String? = nil, y: [String]? = nil, xLabel: String? = nil, yLabel: String? = nil,
        height: Int? = nil
    ) {
        let xValues = x.flatMap { name in table.names.firstIndex(of: name).flatMap { table.columns[$0].numbers } }
            ?? (0..<table.rowCount).map(Double.init)
        let names = y ?? table.names.filter { $0 != x }
        let series = names.compactMap { name -> ChartSeries? in
            guard let index = table.names.firstIndex(of: name), let values = table.columns[index].numbers else {
                return nil
            }
            let reduced = Decimation.minMax(x: xValues, y: values)
            return ChartSeries(name: name, x: reduced.x, y: reduced.y)
        }
        emit(.lineChart(LineChartElement(series: series, xLabel: xLabel ?? x, yLabel: yLabel, height: height)))
    }

    /// A line chart of one series of values against their positions (or `x`).
    public func lineChart(
        _ values: [Double], x: [Double]? = nil, name: String = "value", height: Int? = nil
    ) {
        let reduced = Decimation.minMax(x: x ?? values.indices.map(Double.init), y: values)
        emit(
            .lineChart(
                LineChartElement(
                    series: [ChartSeries(name: name, x: reduced.x, y: reduced.y)], xLabel: nil, yLabel: nil,
                    height: height)))
    }
}

extension RunContext {
    /// Keeps a table this run shows, so the browser can fetch its rows.
    func registerTable(_ table: Table, id: String) {
        withState { state in
            guard !state.halted else { return }
            state.tables[id] = table
        }
    }

    /// A table this run has shown so far.
    func table(_ id: String) -> Table? { withState { $0.tables[id] } }
}
