public import Foundation

extension Table {
    /// One row of a table, as ``Table/filter(_:)`` hands it over: cells by column name.
    ///
    /// ```swift
    /// let expensive = table.filter { row in (row.double("price") ?? 0) > 10 && row.string("city") == "Oslo" }
    /// ```
    /// A name the table lacks reads as missing, so the typed accessors return `nil` for it; the
    /// column form `filter("price") { (price: Double) in price > 10 }` reports it instead.
    public struct Row {
        private let columns: ColumnLookup
        /// The row's position in the table.
        public let position: Int

        init(columns: ColumnLookup, position: Int) {
            self.columns = columns
            self.position = position
        }

        /// The cell in `column`; ``TableValue/missing`` when the table has no such column.
        public subscript(column: String) -> TableValue {
            columns.values(named: column)?[position] ?? .missing
        }

        /// The number in `column` (integers too), `nil` when missing or not a number.
        public func double(_ column: String) -> Double? {
            switch columns.values(named: column) {
            case .doubles(let values): values[position].flatMap { $0.isNaN ? nil : $0 }
            case .integers(let values): values[position].map(Double.init)
            default: nil
            }
        }

        /// The integer in `column` (a whole double too), `nil` when missing or not a whole number.
        public func int(_ column: String) -> Int? {
            switch columns.values(named: column) {
            case .integers(let values): values[position]
            case .doubles(let values): values[position].flatMap { Int(exactly: $0) }
            default: nil
            }
        }

        /// The text in `column`, `nil` when missing or the column is not text.
        public func string(_ column: String) -> String? {
            if case .strings(let values) = columns.values(named: column) { values[position] } else { nil }
        }

        /// The `true`/`false` value in `column`, `nil` when missing or the column holds other values.
        public func bool(_ column: String) -> Bool? {
            if case .booleans(let values) = columns.values(named: column) { values[position] } else { nil }
        }

        /// The day or the date with time in `column`, `nil` when missing or the column holds other values.
        public func date(_ column: String) -> Date? {
            switch columns.values(named: column) {
            case .dates(let values), .datetimes(let values): values[position]
            default: nil
            }
        }
    }

    /// The row at `position`.
    public func row(_ position: Int) -> Row { Row(columns: ColumnLookup(self), position: position) }
}

/// A table's columns by name, made once for all the rows a filter visits.
final class ColumnLookup {
    private let valuesByName: [String: Table.ColumnValues]

    init(_ table: Table) {
        // The first of two columns with the same name wins, as `Table.subscript(_:)` finds it.
        valuesByName = Dictionary(table.columns.map { ($0.name, $0.values) }, uniquingKeysWith: { first, _ in first })
    }

    func values(named name: String) -> Table.ColumnValues? { valuesByName[name] }
}
