/// The type of a table column's values, which decides how the browser aligns, formats, sorts and
/// parses them. Dates travel as `"2024-05-01"`, times as `"13:45:00"`, datetimes as ISO 8601
/// with a zone (`"2024-05-01T13:45:00Z"`); `json` cells (lists, sparkline points, any JSON) as JSON.
public enum ColumnType: String, Hashable, Sendable, Codable, WireEnum {
    case number, integer, text, boolean, date, time, datetime, json
}

/// How a column shows its cells (and, in a `dataEditor`, edits them): Streamlit's column types.
public enum ColumnKind: String, Hashable, Sendable, Codable, WireEnum {
    case text, number, checkbox, selectbox, date, time, datetime, link, image, progress, list
    case lineChart, barChart, areaChart, json
}

/// How wide a column starts.
public enum ColumnWidthPreset: String, Hashable, Sendable, Codable, WireEnum {
    case small, medium, large
}

/// One shown column of a `dataframe`, `table` or `dataEditor`, in the order shown. Hidden columns
/// never travel.
public struct DataColumn: Hashable, Sendable, Codable {
    /// The table's name for the column: what selections and edits name.
    public var name: String
    public var type: ColumnType
    /// How the cells look; the browser's default for ``type`` when `nil`.
    public var kind: ColumnKind?
    /// The header's text; ``name`` when `nil`.
    public var label: String?
    /// A tooltip on the header.
    public var help: String?
    /// A width preset; see also ``widthPoints``.
    public var width: ColumnWidthPreset?
    /// A width in points, which wins over ``width``.
    public var widthPoints: Int?
    /// `true`: the column stays in view while the table scrolls sideways.
    public var pinned: Bool?
    /// A display format: a printf pattern (`"%.2f"`, `"$%d"`) or a preset (`dollar`, `euro`, `yen`,
    /// `percent`, `localized`, `plain`, `compact`, `scientific`, `engineering`, `accounting`) for
    /// numbers; a pattern (`"YYYY-MM-DD"`) or a preset (`localized`, `distance`, `calendar`,
    /// `iso8601`) for dates and times.
    public var format: String?
    /// Lower bound: a number column's minimum (editor), a progress bar's or sparkline's low end.
    public var min: Double?
    /// Upper bound: a number column's maximum (editor), a progress bar's or sparkline's high end.
    public var max: Double?
    /// A number column's editing step.
    public var step: Double?
    /// A selectbox column's options.
    public var options: [String]?
    /// A link column's text: fixed text, or a pattern whose first capture group of the URL is shown.
    public var displayText: String?
    /// Editor: the column cannot be edited.
    public var disabled: Bool?
    /// Editor: a new row needs a value in this column.
    public var required: Bool?
    /// Editor: a text column's longest value.
    public var maxChars: Int?
    /// Editor: a text column's values must match this regular expression (whole value).
    public var validate: String?

    public init(name: String, type: ColumnType) {
        self.name = name
        self.type = type
    }
}

extension DataColumn: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = [
        "widthPoints": .nonNegative, "maxChars": .nonNegative,
    ]
}

/// What a user can select in a `dataframe`.
public enum TableSelectionMode: String, Hashable, Sendable, Codable, WireEnum {
    case singleRow, multiRow, singleColumn, multiColumn, singleCell, multiCell
}

/// Which rows a `dataEditor` lets the user add or delete.
public enum EditorRowPolicy: String, Hashable, Sendable, Codable, WireEnum {
    /// Neither: the row count is fixed.
    case fixed
    /// Both.
    case dynamic
    /// Only adding.
    case add
    /// Only deleting.
    case delete
}

/// An edit the server refused, shown in its cell with the reason; the user's text stays there.
public struct CellIssue: Hashable, Sendable, Codable {
    /// The row's position in the table the app passed; the k-th added row (from 0) is
    /// `rowCount + k`. Deleted rows do not shift these numbers.
    public var row: Int
    public var column: String
    public var message: String

    public init(row: Int, column: String, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }
}

extension CellIssue: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["row": .nonNegative]
}

/// A `dataEditor`'s editing rules.
public struct EditorSettings: Hashable, Sendable, Codable {
    public var rows: EditorRowPolicy
    /// Refused edits of the current value, each shown in its cell.
    public var issues: [CellIssue]

    public init(rows: EditorRowPolicy, issues: [CellIssue]) {
        self.rows = rows
        self.issues = issues
    }
}

/// `dataframe` and `dataEditor`: a scrollable grid. Only its first rows travel with it; the browser
/// asks for others (sorted and searched on the server) with a `rows` message as they scroll into view.
///
/// A `dataframe` with selection, and every `dataEditor`, is a widget (``widget``): its value is a JSON
/// string, a ``TableSelection`` or a ``TableEdits``.
public struct DataFrameElement: Hashable, Sendable, Codable {
    /// Identifies the table's content: equal tables have equal ids, and `rows` requests name it.
    public var table: String
    /// The shown columns, in order.
    public var columns: [DataColumn]
    /// How many rows the whole table has.
    public var rowCount: Int
    /// The first rows (at most ``DataFrameElement/firstPage``), one array of cells per row, in the
    /// order of ``columns``.
    public var rows: [[JSONValue]]
    /// The index label of each row, when the table's rows have labels other than their positions
    /// (a filtered table keeps its rows' original positions); `nil`: labels are positions.
    public var labels: [Int]?
    /// The table's height in pixels; `nil` for the default.
    public var height: Int?
    /// The table's width in pixels; `nil`: as wide as its container, or its content (``fitContent``).
    public var width: Int?
    /// `true`: only as wide as its columns need.
    public var fitContent: Bool?
    /// `true`: no index column.
    public var hideIndex: Bool?
    /// Set for a selectable `dataframe` and for a `dataEditor`.
    public var widget: WidgetInfo?
    /// What can be selected; empty or `nil`: nothing.
    public var selectionModes: [TableSelectionMode]?
    /// Set for a `dataEditor`.
    public var editor: EditorSettings?

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
    public static let wireFieldConstraints: [String: WireConstraint] = [
        "rowCount": .nonNegative, "height": .nonNegative, "width": .nonNegative,
    ]
}

/// How a static `table` draws its borders.
public enum TableBorder: String, Hashable, Sendable, Codable, WireEnum {
    case all, horizontal, none
}

/// `table`: a static table; every row travels and shows.
public struct TableElement: Hashable, Sendable, Codable {
    public var columns: [DataColumn]
    public var rows: [[JSONValue]]
    /// The index label of each row; `nil`: positions.
    public var labels: [Int]?
    public var hideIndex: Bool?
    public var hideHeader: Bool?
    /// `nil`: ``TableBorder/all``.
    public var border: TableBorder?

    public init(columns: [DataColumn], rows: [[JSONValue]]) {
        self.columns = columns
        self.rows = rows
    }
}
