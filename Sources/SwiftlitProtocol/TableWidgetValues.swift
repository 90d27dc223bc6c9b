/// The values of the table widgets. A selectable `dataframe` and a `dataEditor` hold their value as a
/// JSON string widget value (as Streamlit does), whose shape is one of these types. The server
/// decodes and checks it against the table like any other client input.

/// One cell of a table, by row position and column name.
public struct TableCell: Hashable, Sendable, Codable {
    public var row: Int
    public var column: String

    public init(row: Int, column: String) {
        self.row = row
        self.column = column
    }
}

/// What is selected in a `dataframe`: row positions in the table the app passed (not the sorted
/// view), column names, and cells.
public struct TableSelection: Hashable, Sendable, Codable {
    public var rows: [Int]
    public var columns: [String]
    public var cells: [TableCell]

    public init(rows: [Int] = [], columns: [String] = [], cells: [TableCell] = []) {
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }

    /// Nothing selected.
    public static let none = TableSelection()

    public var isEmpty: Bool { rows.isEmpty && columns.isEmpty && cells.isEmpty }

    private enum CodingKeys: String, CodingKey { case rows, columns, cells }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["rows", "columns", "cells"], in: "table selection")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rows = try container.decodeIfPresent([Int].self, forKey: .rows) ?? []
        columns = try container.decodeIfPresent([String].self, forKey: .columns) ?? []
        cells = try container.decodeIfPresent([TableCell].self, forKey: .cells) ?? []
    }
}

/// A scalar a user typed or chose in a `dataEditor` cell.
public enum CellValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        guard let value = container.decodeScalar(null: Self.null, bool: Self.bool, number: Self.number, string: Self.string)
        else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a cell value is null, a boolean, a number or a string")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }
}

/// One changed cell of a `dataEditor`.
public struct CellEdit: Hashable, Sendable, Codable {
    /// The row's position in the table the app passed.
    public var row: Int
    public var column: String
    public var value: CellValue

    public init(row: Int, column: String, value: CellValue) {
        self.row = row
        self.column = column
        self.value = value
    }
}

/// Everything a user changed in a `dataEditor`, as Streamlit's `edited_rows`, `added_rows` and
/// `deleted_rows`. Rows are positions in the table the app passed; the browser keeps this value, so
/// edits survive reruns.
public struct TableEdits: Hashable, Sendable, Codable {
    /// Changed cells, in the order they were made (a later edit of a cell wins).
    public var edited: [CellEdit]
    /// New rows, each a value by column name (a missing column is empty).
    public var added: [[String: CellValue]]
    /// Deleted rows.
    public var deleted: [Int]

    public init(edited: [CellEdit] = [], added: [[String: CellValue]] = [], deleted: [Int] = []) {
        self.edited = edited
        self.added = added
        self.deleted = deleted
    }

    /// No edits.
    public static let none = TableEdits()

    public var isEmpty: Bool { edited.isEmpty && added.isEmpty && deleted.isEmpty }

    private enum CodingKeys: String, CodingKey { case edited, added, deleted }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["edited", "added", "deleted"], in: "table edits")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        edited = try container.decodeIfPresent([CellEdit].self, forKey: .edited) ?? []
        added = try container.decodeIfPresent([[String: CellValue]].self, forKey: .added) ?? []
        deleted = try container.decodeIfPresent([Int].self, forKey: .deleted) ?? []
    }
}

/// The order of a table view: by one column, ascending unless `descending`. Missing values come
/// last either way.
public struct TableSort: Hashable, Sendable, Codable {
    public var column: String
    public var descending: Bool

    public init(column: String, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}

extension CellValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByStringLiteral, ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(nilLiteral: ()) { self = .null }
}
