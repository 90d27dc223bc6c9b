/// How ``TableGroups/aggregate(_:)`` reduces a column within each group. Missing values are
/// skipped, as pandas skips them.
public enum TableAggregation: String, Sendable, Hashable, CaseIterable {
    /// The total (0 for a group with no values). Integers and `true`/`false` values (counting
    /// `true`s) give integers, numbers give numbers.
    case sum
    /// The average, a number; missing for a group with no values.
    case mean
    /// How many values are not missing.
    case count
    /// The smallest value: numbers, text, days, dates with times, `false` before `true`.
    case min
    /// The largest value.
    case max
}

extension Table {
    /// The rows grouped by their values in `keys`, to ``TableGroups/aggregate(_:)`` each group.
    ///
    /// ```swift
    /// let byCity = try sales.grouped(by: "city").aggregate(["amount": .sum, "price": .mean, "order": .count])
    /// ```
    /// - Throws: ``TableError/unknownColumn(_:existing:)``.
    public func grouped(by keys: String...) throws(TableError) -> TableGroups {
        try grouped(by: keys)
    }

    /// The rows grouped by their values in `keys`; see ``grouped(by:)-(String...)``.
    public func grouped(by keys: [String]) throws(TableError) -> TableGroups {
        let keyColumns = try keys.map { name throws(TableError) in try column(named: name) }
        return TableGroups(table: self, keyColumns: keyColumns)
    }
}

/// A table's rows in groups of equal keys. Its results have one row per group, the key columns
/// first, groups sorted by their keys (ascending, missing keys last), as pandas sorts them.
public struct TableGroups: Sendable {
    private let table: Table
    private let keyColumns: [Table.Column]
    /// Each row's group, groups numbered in the order they first appear.
    private let groupOfRow: [Int]
    /// Each group's first row.
    private let firstRows: [Int]

    init(table: Table, keyColumns: [Table.Column]) {
        self.table = table
        self.keyColumns = keyColumns
        let rows = table.rowCount
        var groups = [Int](repeating: 0, count: rows)
        for (position, column) in keyColumns.enumerated() {
            let codes = GroupCodes.codes(of: column.values, rowCount: rows)
            groups = position == 0 ? codes : GroupCodes.dense(rows) { GroupCodes.Pair(first: groups[$0], second: codes[$0]) }
        }
        var firstRows: [Int] = []
        for (row, group) in groups.enumerated() where group == firstRows.count { firstRows.append(row) }
        self.groupOfRow = groups
        self.firstRows = firstRows
    }

    /// The number of groups.
    public var count: Int { firstRows.count }

    /// One row per group: the keys, then each named column reduced as asked, in the order given.
    ///
    /// ```swift
    /// let summary = try sales.grouped(by: "city").aggregate(["amount": .sum, "amount": .mean, "order": .count])
    /// // city | amount | amount_mean | order
    /// ```
    /// A result column is named after its source column, or `column_aggregation` when that name
    /// is already taken.
    /// - Throws: ``TableError/unknownColumn(_:existing:)``, or ``TableError/typeMismatch(column:holds:operation:suggestion:)``
    ///   for a sum or mean of values that are not numbers.
    public func aggregate(_ aggregations: KeyValuePairs<String, TableAggregation>) throws(TableError) -> Table {
        try aggregate(aggregations.map { (column: $0.key, aggregation: $0.value) })
    }

    /// One row per group: the keys, then each column reduced as asked; see ``aggregate(_:)-(KeyValuePairs<String,TableAggregation>)``.
    public func aggregate(_ aggregations: [(column: String, aggregation: TableAggregation)]) throws(TableError) -> Table {
        var columns = keyColumns.map { Table.Column($0.name, values: $0.values.picking(firstRows)) }
        for (name, aggregation) in aggregations {
            let source = try table.column(named: name)
            let values = try GroupAggregator(groupOfRow: groupOfRow, groupCount: count, rowCount: table.rowCount)
                .aggregate(source, aggregation)
            let taken = Set(columns.map(\.name))
            columns.append(Table.Column(taken.contains(name) ? "\(name)_\(aggregation.rawValue)" : name, values: values))
        }
        return sortedByKeys(Table(columns))
    }

    /// One row per group: the keys and the number of rows in the group, in a column named `size`.
    ///
    /// ```swift
    /// let ordersPerCity = try orders.grouped(by: "city").sizes()
    /// ```
    public func sizes() -> Table {
        var sizes = [Int](repeating: 0, count: count)
        for group in groupOfRow { sizes[group] += 1 }
        let keys = keyColumns.map { Table.Column($0.name, values: $0.values.picking(firstRows)) }
        return sortedByKeys(Table(keys + [Table.Column("size", sizes)]))
    }

    private func sortedByKeys(_ result: Table) -> Table {
        var order = result.allPositions
        for position in keyColumns.indices.reversed() {
            order = ColumnOrder.stablySorted(order, by: result.columns[position].values, descending: false)
        }
        return Table(result.picking(order).columns)
    }
}

/// Dense group numbers, in order of first appearance.
enum GroupCodes {
    struct Pair: Hashable {
        let first: Int
        let second: Int
    }

    static func codes(of values: Table.ColumnValues, rowCount: Int) -> [Int] {
        switch values {
        case .integers(let values): dense(rowCount) { values[$0] }
        case .doubles(let values): dense(rowCount) { values[$0].flatMap { $0.isNaN ? nil : ($0 + 0).bitPattern } }
        case .booleans(let values): dense(rowCount) { values[$0] }
        case .strings(let values): dense(rowCount) { values[$0] }
        case .dates(let values), .datetimes(let values): dense(rowCount) { values[$0] }
        case .json(let values): dense(rowCount) { values[$0] }
        }
    }

    /// Numbers each distinct key from 0 as it first appears; all missing keys share one number.
    static func dense<Key: Hashable>(_ rowCount: Int, _ key: (Int) -> Key?) -> [Int] {
        var codes: [Key: Int] = [:]
        var missingCode: Int?
        var next = 0
        var result = [Int](repeating: 0, count: rowCount)
        for row in 0..<rowCount {
            if let value = key(row) {
                if let code = codes[value] {
                    result[row] = code
                } else {
                    codes[value] = next
                    result[row] = next
                    next += 1
                }
            } else if let missingCode {
                result[row] = missingCode
            } else {
                missingCode = next
                result[row] = next
                next += 1
            }
        }
        return result
    }
}
