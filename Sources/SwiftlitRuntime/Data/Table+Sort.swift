public import SwiftlitProtocol

extension Table {
    /// The rows ordered by `column`, ascending unless `descending`. The sort is stable (equal values
    /// keep their order) and missing values come last either way. Rows keep their labels.
    ///
    /// ```swift
    /// let cheapestFirst = try table.sorted(by: "price")
    /// ```
    /// Text sorts by Unicode code points (`"Z"` before `"a"`), `false` before `true`.
    /// - Throws: ``TableError/unknownColumn(_:existing:)``.
    public func sorted(by column: String, descending: Bool = false) throws(TableError) -> Table {
        try sorted(by: [TableSort(column: column, descending: descending)])
    }

    /// The rows ordered by several columns: by the first, rows equal in it by the second, and so on.
    ///
    /// ```swift
    /// let ranked = try table.sorted(by: [TableSort(column: "city"), TableSort(column: "sales", descending: true)])
    /// ```
    public func sorted(by sorts: [TableSort]) throws(TableError) -> Table {
        picking(try sortedPositions(by: sorts))
    }

    /// The row positions in the order `sort` gives them: stable, missing values last. What a
    /// sorted view of a large table on the page is built from.
    package func sortedPositions(by sort: TableSort) throws(TableError) -> [Int] {
        try sortedPositions(by: [sort])
    }

    package func sortedPositions(by sorts: [TableSort]) throws(TableError) -> [Int] {
        let keys = try sorts.map { sort throws(TableError) in
            (values: columns[try columnPosition(named: sort.column)].values, descending: sort.descending)
        }
        // Sorting stably by each key from the last to the first orders by all of them.
        var order = allPositions
        for key in keys.reversed() {
            order = ColumnOrder.stablySorted(order, by: key.values, descending: key.descending)
        }
        return order
    }
}

/// Stable orderings of row positions by one column's values, missing values last, without boxing
/// values: numbers, days and instants go through ``RadixSort``, text through a comparison sort.
enum ColumnOrder {
    static func stablySorted(_ order: [Int], by values: Table.ColumnValues, descending: Bool) -> [Int] {
        switch values {
        case .doubles(let values):
            radixSorted(order, descending: descending) { position in
                values[position].flatMap { $0.isNaN ? nil : RadixSort.key($0) }
            }
        case .integers(let values):
            radixSorted(order, descending: descending) { position in values[position].map(RadixSort.key) }
        case .dates(let values), .datetimes(let values):
            radixSorted(order, descending: descending) { position in
                values[position].map { RadixSort.key($0.timeIntervalSince1970) }
            }
        case .booleans(let values):
            partitioned(order, by: values, descending: descending)
        case .strings(let values):
            comparisonSorted(order, descending: descending) { position in values[position] }
        case .json(let values):
            comparisonSorted(order, descending: descending) { position in values[position].map(CellText.json) }
        }
    }

    private static func radixSorted(_ order: [Int], descending: Bool, key: (Int) -> UInt64?) -> [Int] {
        guard order.count <= Int(UInt32.max) else {
            return comparisonSorted(order, descending: descending, key: key)
        }
        var keys: [UInt64] = []
        var payloads: [UInt32] = []
        var missing: [Int] = []
        keys.reserveCapacity(order.count)
        payloads.reserveCapacity(order.count)
        for position in order {
            if let value = key(position) {
                keys.append(descending ? ~value : value)
                payloads.append(UInt32(truncatingIfNeeded: position))
            } else {
                missing.append(position)
            }
        }
        RadixSort.sort(keys: &keys, payloads: &payloads)
        var sorted = payloads.map { Int($0) }
        sorted.append(contentsOf: missing)
        return sorted
    }

    private static func comparisonSorted<Key: Comparable>(_ order: [Int], descending: Bool, key: (Int) -> Key?) -> [Int] {
        var present: [(key: Key, position: Int)] = []
        var missing: [Int] = []
        present.reserveCapacity(order.count)
        for position in order {
            if let value = key(position) { present.append((value, position)) } else { missing.append(position) }
        }
        // The standard library's sort is stable.
        if descending { present.sort { $1.key < $0.key } } else { present.sort { $0.key < $1.key } }
        return present.map(\.position) + missing
    }

    private static func partitioned(_ order: [Int], by values: [Bool?], descending: Bool) -> [Int] {
        var first: [Int] = []
        var second: [Int] = []
        var missing: [Int] = []
        for position in order {
            switch values[position] {
            case .some(let value): if value == descending { first.append(position) } else { second.append(position) }
            case nil: missing.append(position)
            }
        }
        return first + second + missing
    }
}
