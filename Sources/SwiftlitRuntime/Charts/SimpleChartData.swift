import SwiftlitProtocol

/// The data of a simple chart: x and the drawn columns of the rows worth drawing (several y
/// columns side by side, for the browser to melt into series as Streamlit does), reduced so that
/// long lines ship at most a few hundred points per series. Built once per run; equal tables give equal data sets, so an unchanged
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
    /// How the browser turns several `y` columns into series; `nil` for one `y` column.
    let fold: Fold?
    /// Whether several `y` columns become series of one ``y`` field, named by ``series``.
    var melted: Bool { fold != nil }

    /// Several `y` columns, sent under plain names (`columns`), folded by the browser into
    /// `key`/`value` rows whose `series` field holds each column's real name (`names`).
    struct Fold: Sendable, Hashable {
        let columns: [String]
        let names: [String]
        let key: String
        let value: String
        let series: String
    }
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
        if let size = request.sizeColumn, table[size]?.values.isNumeric != true {
            return .failure(.nonNumericColumn(size, function: function))
        }
        let taken = Set([request.x, request.colorColumn, request.sizeColumn].compactMap { $0 })
        let yNames = request.y ?? table.columns.filter { !taken.contains($0.name) && $0.values.isNumeric }.map(\.name)
        guard !yNames.isEmpty else { return .failure(.noNumericColumn(in: table, function: function)) }
        // Each drawn column as numbers, converted once.
        var yNumbers: [[Double]] = []
        for name in yNames {
            guard let numbers = table[name]?.values.numbers else { return .failure(.nonNumericColumn(name, function: function)) }
            yNumbers.append(numbers)
        }
        if request.colorColumn != nil && yNames.count > 1 {
            return .failure(.colorColumnWithSeveralY(yNames, function: function))
        }
        let xValues = request.x.flatMap { table[$0]?.values } ?? .integers(table.index ?? Array(0..<table.rowCount))
        let xName = request.x ?? table.unusedName("index")
        let orderKeys = xValues.orderKeys
        let rowsWithX = xValues.presentRows
        /// The rows of one series worth drawing: those with a value, reduced for a long line.
        func drawnRows(_ rows: [Int], of numbers: [Double]) -> [Int] {
            var rows = rows.filter { !numbers[$0].isNaN }
            guard request.reducesLines, let keys = orderKeys, rows.count > Decimation.buckets * 2 else { return rows }
            if !zip(rows, rows.dropFirst()).allSatisfy({ keys[$0] <= keys[$1] }) { rows.sort { keys[$0] < keys[$1] } }
            return Decimation.minMaxPositions(y: rows.map { numbers[$0] }).map { rows[$0] }
        }
        if yNames.count > 1 {
            // Several y columns travel side by side under plain names, x once; the browser folds
            // them into series (Vega-Lite's `fold`) and looks their real names up in a small table
            // of data, never in an expression, so any column name draws.
            var kept = [Bool](repeating: false, count: table.rowCount)
            for numbers in yNumbers {
                for row in drawnRows(rowsWithX, of: numbers) { kept[row] = true }
            }
            let rows = rowsWithX.filter { kept[$0] }
            let plainNames = yNames.indices.map { table.unusedName("y\($0)", besides: [xName]) }
            var columns = [ChartColumn(name: xName, values: xValues, rows: rows)]
            for (plain, numbers) in zip(plainNames, yNumbers) {
                let missing = rows.indices.filter { numbers[rows[$0]].isNaN }
                columns.append(
                    ChartColumn(
                        name: plain, numbers: rows.map { numbers[$0].isNaN ? 0 : numbers[$0] },
                        missing: missing.isEmpty ? nil : missing))
            }
            let fold = Fold(
                columns: plainNames, names: yNames, key: table.unusedName("column", besides: [xName]),
                value: table.unusedName("value", besides: [xName]), series: table.unusedName("series", besides: [xName]))
            return .success(
                SimpleChartData(
                    dataset: ChartDataset(name: datasetName, columns: columns), x: Field(name: xName, type: xValues.kind),
                    y: Field(name: fold.value, type: .number), series: Field(name: fold.series, type: .text), size: nil,
                    fold: fold, yColumns: yNames))
        }
        let yName = yNames[0]
        let numbers = yNumbers[0]
        guard let yValues = table[yName]?.values else { return .failure(.unknownColumn(yName, in: table, function: function)) }
        var rows: [Int] = []
        if let colorColumn = request.colorColumn, let colors = table[colorColumn]?.values {
            // A series per colour, each reduced on its own.
            var byColor: [String: [Int]] = [:]
            var order: [String] = []
            for row in rowsWithX {
                let key = colors[row].groupKey
                if byColor[key] == nil { order.append(key) }
                byColor[key, default: []].append(row)
            }
            for key in order { rows += drawnRows(byColor[key] ?? [], of: numbers) }
        } else {
            rows = drawnRows(rowsWithX, of: numbers)
        }
        var columns = [ChartColumn(name: xName, values: xValues, rows: rows)]
        if yName != xName { columns.append(ChartColumn(name: yName, values: yValues, rows: rows)) }
        if let colorColumn = request.colorColumn, colorColumn != xName, colorColumn != yName,
            let colors = table[colorColumn]?.values
        {
            columns.append(ChartColumn(name: colorColumn, values: colors, rows: rows))
        }
        if let size = request.sizeColumn, let sizes = table[size]?.values, !columns.contains(where: { $0.name == size }) {
            columns.append(ChartColumn(name: size, values: sizes, rows: rows))
        }
        return .success(
            SimpleChartData(
                dataset: ChartDataset(name: datasetName, columns: columns), x: Field(name: xName, type: xValues.kind),
                y: Field(name: yName, type: .number),
                series: request.colorColumn.map { Field(name: $0, type: table[$0]?.values.kind ?? .text) },
                size: request.sizeColumn.map { Field(name: $0, type: .number) }, fold: nil, yColumns: yNames))
    }
}

extension Table {
    /// `base`, or `_base`, `__base`…: the first that no column (nor `besides`) is named.
    func unusedName(_ base: String, besides taken: Set<String> = []) -> String {
        var name = base
        while self[name] != nil || taken.contains(name) { name = "_" + name }
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

    /// Whether the values are numbers (integers, doubles or booleans): what ``numbers`` converts.
    var isNumeric: Bool {
        switch self {
        case .integers, .doubles, .booleans: true
        case .strings, .dates, .datetimes, .json: false
        }
    }

    /// The rows whose value is there.
    var presentRows: [Int] {
        func present<T>(_ values: [T?]) -> [Int] { values.indices.filter { values[$0] != nil } }
        switch self {
        case .integers(let values): return present(values)
        case .doubles(let values): return present(values)
        case .booleans(let values): return present(values)
        case .strings(let values): return present(values)
        case .dates(let values), .datetimes(let values): return present(values)
        case .json(let values): return present(values)
        }
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
