/// The type of a table column, which decides how the browser aligns and formats it.
public enum ColumnType: String, Hashable, Sendable, Codable, WireEnum {
    case number, integer, text, boolean
}

/// One column of a `dataframe`.
public struct DataColumn: Hashable, Sendable, Codable {
    public var name: String
    public var type: ColumnType

    public init(name: String, type: ColumnType) {
        self.name = name
        self.type = type
    }
}

/// `dataframe`: a scrollable table. Only its first rows travel with it; the browser asks for
/// others with a `rows` message as they scroll into view.
public struct DataFrameElement: Hashable, Sendable, Codable {
    /// Identifies the table's content: equal tables have equal ids, and `rows` requests name it.
    public var table: String
    public var columns: [DataColumn]
    /// How many rows the whole table has.
    public var rowCount: Int
    /// The first rows (at most ``DataFrameElement/firstPage``), one array of cells per row.
    public var rows: [[JSONValue]]
    /// The table's height in pixels; `nil` for the default.
    public var height: Int?

    /// How many rows travel with the element.
    public static let firstPage = 50

    public init(table: String, columns: [DataColumn], rowCount: Int, rows: [[JSONValue]], height: Int?) {
        self.table = table
        self.columns = columns
        self.rowCount = rowCount
        self.rows = rows
        self.height = height
    }
}

extension DataFrameElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["rowCount": .nonNegative]
}

/// One line of a `lineChart`: its points, already reduced to what a screen can show.
public struct ChartSeries: Hashable, Sendable, Codable {
    public var name: String
    public var x: [Double]
    public var y: [Double]

    public init(name: String, x: [Double], y: [Double]) {
        self.name = name
        self.x = x
        self.y = y
    }
}

/// `lineChart`: one or more lines over a shared x axis.
public struct LineChartElement: Hashable, Sendable, Codable {
    public var series: [ChartSeries]
    public var xLabel: String?
    public var yLabel: String?
    public var height: Int?

    public init(series: [ChartSeries], xLabel: String?, yLabel: String?, height: Int?) {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.height = height
    }
}
