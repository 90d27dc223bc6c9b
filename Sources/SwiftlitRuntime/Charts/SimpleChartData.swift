import SwiftlitProtocol

/// The long-form data of a simple chart: one row per drawn point, with its x value, its series and
/// its y value (Streamlit melts wide tables the same way), reduced so that long lines ship at most
/// a few thousand points. Built once per run; equal tables give equal data sets, so an unchanged
/// chart sends nothing.
struct SimpleChartData: Sendable {
    /// The chart's one data set.
    static let datasetName = "data"

    let dataset: ChartDataset
    let x: Field
    let y: Field
    /// The series field: the `color` column, or the melted column names; `nil` for one series.
    let series: Field?
    let size: Field?
    /// Whether several `y` columns were melted into one `value` field, named by `series`.
    let melted: Bool
    /// The `y` columns, in order (the series of a melted chart).
    let yColumns: [String]

    /// A field of the data set and the Vega-Lite type it has.
    struct Field: Sendable, Hashable {
        let name: String
        let type: Table.ColumnValues.Kind
    }

    struct Request: Sendable {
        var table: Table
        var x: String?
        var y: [String]?
        var colorColumn: String?
        var sizeColumn: String?
        /// Reduce each series to the lowest and highest point of small runs (lines and areas).
        var reducesLines: Bool
        var function: String
    }

    static func make(_ request: Request) -> Result<SimpleChartData, SwiftlitError> {
        let table = request.table
        let function = request.function
        guard !table.isRagged else { return .failure(.raggedTable(table, in: function)) }
        for name in [request.x, request.colorColumn, request.sizeColumn].compactMap({ $0 }) + (request.y ?? [])
        where table[name] == nil {
            return .failure(.unknownColumn(name, in: table, function: function))
        }
        if let size = request.sizeColumn, table[size]?.values.numbers == nil {
            return .failure(.nonNumericColumn(size, function: function))
        }
        let taken = Set([request.x, request.colorColumn, request.sizeColumn].compactMap { $0 })
        let yNames = request.y ?? table.columns.filter { !taken.contains($0.name) && $0.values.numbers != nil }.map(\.name)
        guard !yNames.isEmpty else { return .failure(.noNumericColumn(in: table, function: function)) }
        for name in yNames where table[name]?.values.numbers == nil {
            return .failure(.nonNumericColumn(name, function: function))
        }
        if request.colorColumn != nil && yNames.count > 1 {
            return .failure(.colorColumnWithSeveralY(yNames, function: function))
        }
        let xValues = request.x.flatMap { table[$0]?.values } ?? .integers(table.index ?? Array(0..<table.rowCount))
        let xName = request.x ?? unusedName("index", in: table)
        let xNumbers = xValues.orderKeys
        let melted = yNames.count > 1
        // One run of rows per series: a y column, or a value of the colour column.
        var runs: [(series: String?, column: String, rows: [Int])] = []
        let rowsWithX = (0..<table.rowCount).filter { xValues.isPresent(at: $0) }
        if let colorColumn = request.colorColumn, let colors = table[colorColumn]?.values {
            var byColor: [String: [Int]] = [:]
            var order: [String] = []
            for row in rowsWithX {
                let key = colors[row].groupKey
                if byColor[key] == nil { order.append(key) }
                byColor[key, default: []].append(row)
            }
            runs = order.map { (series: nil, column: yNames[0], rows: byColor[$0] ?? []) }
        } else {
            runs = yNames.map { (series: melted ? $0 : nil, column: $0, rows: rowsWithX) }
        }
        var keptRows: [Int] = []
        var seriesNames: [String?] = []
        var yOut: [Double?] = []
        for run in runs {
            guard let numbers = table[run.column]?.values.numbers else { continue }
            var rows = run.rows.filter { !numbers[$0].isNaN }
            if request.reducesLines, let keys = xNumbers, rows.count > Decimation.buckets * 2 {
                rows.sort { keys[$0] < keys[$1] }
                rows = Decimation.minMaxPositions(y: rows.map { numbers[$0] }).map { rows[$0] }
            }
            keptRows += rows
            seriesNames += rows.map { _ in run.series }
            yOut += rows.map { numbers[$0] }
        }
        let valueName = melted ? unusedName("value", in: table) : yNames[0]
        let seriesName = melted ? unusedName("series", in: table) : request.colorColumn
        var columns = [ChartColumn(name: xName, values: xValues, rows: keptRows), ChartColumn(name: valueName, numbers: yOut)]
        if melted, let seriesName {
            columns.append(ChartColumn(name: seriesName, texts: seriesNames))
        } else if let colorColumn = request.colorColumn, let colors = table[colorColumn]?.values {
            columns.append(ChartColumn(name: colorColumn, values: colors, rows: keptRows))
        }
        if let size = request.sizeColumn, let sizes = table[size]?.values, size != xName {
            columns.append(ChartColumn(name: size, values: sizes, rows: keptRows))
        }
        return .success(
            SimpleChartData(
                dataset: ChartDataset(name: datasetName, columns: columns),
                x: Field(name: xName, type: xValues.kind),
                y: Field(name: valueName, type: .number),
                series: seriesName.map { name in
                    Field(name: name, type: melted ? .text : table[name]?.values.kind ?? .text)
                },
                size: request.sizeColumn.map { Field(name: $0, type: .number) },
                melted: melted, yColumns: yNames))
    }

    /// `base`, or `_base`, `__base`… whichever the table does not use.
    private static func unusedName(_ base: String, in table: Table) -> String {
        var name = base
        while table[name] != nil { name = "_" + name }
        return name
    }
}

extension Table.ColumnValues {
    /// What kind of values a column holds, as far as a chart's axes care.
    enum Kind: Sendable, Hashable { case number, text, time }

    var kind: Kind {
        switch self {
        case .integers, .doubles: .number
        case .dates, .datetimes: .time
        case .booleans, .strings, .json: .text
        }
    }

    /// Whether the value in `row` is there.
    func isPresent(at row: Int) -> Bool {
        if case .missing = self[row] { return false }
        return true
    }

    /// Numbers that order the rows as the x axis does (dates as seconds); `nil` for text.
    var orderKeys: [Double]? {
        switch self {
        case .dates(let values), .datetimes(let values): values.map { $0?.timeIntervalSince1970 ?? .nan }
        default: kind == .number ? numbers : nil
        }
    }
}

extension TableValue {
    /// The value as a series name.
    var groupKey: String {
        switch self {
        case .missing: ""
        case .integer(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .string(let value): value
        case .date(let value), .datetime(let value): value.formatted(.iso8601)
        case .json(let value): "\(value)"
        }
    }
}
