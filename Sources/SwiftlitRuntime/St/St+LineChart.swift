import SwiftlitProtocol

extension St {
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
    ///
    /// A column name the table lacks, a text column named as `x` or `y`, and columns of different
    /// lengths are reported on the page.
    public func lineChart(
        _ table: Table, x: String? = nil, y: [String]? = nil, xLabel: String? = nil, yLabel: String? = nil,
        height: Int? = nil
    ) {
        switch lineChartSeries(table, x: x, y: y) {
        case .success(let series):
            emit(.lineChart(LineChartElement(series: series, xLabel: xLabel ?? x, yLabel: yLabel, height: height)))
        case .failure(let misuse):
            reportMisuse(misuse)
        }
    }

    private func lineChartSeries(_ table: Table, x: String?, y: [String]?) -> Result<[ChartSeries], SwiftlitError> {
        guard !table.isRagged else { return .failure(.raggedTable(table, in: "lineChart")) }
        func numbers(_ name: String) -> Result<[Double], SwiftlitError> {
            guard let column = table[name] else { return .failure(.unknownColumn(name, in: table, function: "lineChart")) }
            return column.values.numbers.map { .success($0) } ?? .failure(.nonNumericColumn(name, function: "lineChart"))
        }
        let xValues: [Double]
        switch x.map(numbers) {
        case .failure(let misuse): return .failure(misuse)
        case .success(let values): xValues = values
        case nil: xValues = (0..<table.rowCount).map(Double.init)
        }
        // Named columns must be numeric; by default, text columns are left out.
        let names = y ?? table.columns.filter { $0.name != x && $0.values.numbers != nil }.map(\.name)
        var series: [ChartSeries] = []
        for name in names {
            switch numbers(name) {
            case .failure(let misuse): return .failure(misuse)
            case .success(let values):
                // Missing values (NaN) leave gaps out of the line rather than break it.
                let points = zip(xValues, values).filter { !$0.0.isNaN && !$0.1.isNaN }
                let reduced = Decimation.minMax(x: points.map(\.0), y: points.map(\.1))
                series.append(ChartSeries(name: name, x: reduced.x, y: reduced.y))
            }
        }
        return .success(series)
    }

    /// A line chart of one series of values against their positions (or `x`).
    public func lineChart(
        _ values: [Double], x: [Double]? = nil, name: String = "value", height: Int? = nil
    ) {
        if let x, x.count != values.count {
            return reportMisuse(.lengthMismatch(x: x.count, y: values.count, function: "lineChart"))
        }
        let reduced = Decimation.minMax(x: x ?? values.indices.map(Double.init), y: values)
        emit(
            .lineChart(
                LineChartElement(
                    series: [ChartSeries(name: name, x: reduced.x, y: reduced.y)], xLabel: nil, yLabel: nil,
                    height: height)))
    }
}
