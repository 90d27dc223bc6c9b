extension Table {
    /// The named columns, in the order given.
    ///
    /// ```swift
    /// let summary = try table.selecting(["city", "sales"])
    /// ```
    /// - Throws: ``TableError/unknownColumn(_:existing:)`` for a name the table lacks.
    public func selecting(_ names: [String]) throws(TableError) -> Table {
        Table(try names.map { name throws(TableError) in try column(named: name) }, index: index)
    }

    /// The named columns, in the order given: `try table.selecting("city", "sales")`.
    public func selecting(_ names: String...) throws(TableError) -> Table {
        try selecting(names)
    }

    /// The table with columns renamed, old name to new; other columns keep theirs.
    ///
    /// ```swift
    /// let shown = try table.renaming(["temp_c": "Temperature (°C)"])
    /// ```
    /// - Throws: ``TableError/unknownColumn(_:existing:)`` for an old name the table lacks,
    ///   ``TableError/duplicateColumn(_:)`` when two columns would share a name.
    public func renaming(_ newNames: [String: String]) throws(TableError) -> Table {
        for old in newNames.keys.sorted() where self[old] == nil { throw .unknownColumn(old, existing: names) }
        let renamed = columns.map { column in Column(newNames[column.name] ?? column.name, values: column.values) }
        var seen = Set<String>()
        for column in renamed where !seen.insert(column.name).inserted {
            throw .duplicateColumn(column.name)
        }
        return Table(renamed, index: index)
    }

    /// The first `count` rows (all of them when there are fewer), keeping their labels.
    ///
    /// ```swift
    /// st.dataframe(table.head(10))
    /// ```
    public func head(_ count: Int = 5) -> Table {
        picking(Array(0..<min(max(count, 0), rowCount)))
    }

    /// The last `count` rows (all of them when there are fewer), keeping their labels.
    public func tail(_ count: Int = 5) -> Table {
        picking(Array(max(0, rowCount - max(count, 0))..<rowCount))
    }

    /// This table's rows followed by `other`'s, numbered afresh from 0.
    ///
    /// ```swift
    /// let year = try january.appending(february)
    /// ```
    /// Columns match by name: the result has this table's columns, then those only `other` has;
    /// a column one table lacks is missing in its rows. Columns of different types become numbers
    /// when they are integers and numbers, text otherwise.
    /// - Throws: ``TableError/duplicateColumn(_:)`` when a table has two columns of one name.
    public func appending(_ other: Table) throws(TableError) -> Table {
        for table in [self, other] {
            var seen = Set<String>()
            for name in table.names where !seen.insert(name).inserted { throw .duplicateColumn(name) }
        }
        let names = self.names + other.names.filter { self[$0] == nil }
        let (ownRows, otherRows) = (rowCount, other.rowCount)
        return Table(
            names.map { name in
                let first = self[name]?.values.prefix(ownRows)
                let second = other[name]?.values.prefix(otherRows)
                return Column(name, values: Table.ColumnValues.concatenated(first, ownRows, second, otherRows))
            })
    }
}

extension Table.ColumnValues {
    /// The first `count` values.
    func prefix(_ count: Int) -> Self {
        self.count == count ? self : picking(Array(0..<count))
    }

    /// `first` followed by `second`, either absent (missing values of the given count).
    static func concatenated(_ first: Self?, _ firstCount: Int, _ second: Self?, _ secondCount: Int) -> Self {
        switch (first ?? second?.missing(count: firstCount), second ?? first?.missing(count: secondCount)) {
        case (.integers(let a), .integers(let b)): return .integers(a + b)
        case (.doubles(let a), .doubles(let b)): return .doubles(a + b)
        case (.booleans(let a), .booleans(let b)): return .booleans(a + b)
        case (.strings(let a), .strings(let b)): return .strings(a + b)
        case (.dates(let a), .dates(let b)): return .dates(a + b)
        case (.datetimes(let a), .datetimes(let b)): return .datetimes(a + b)
        case (.json(let a), .json(let b)): return .json(a + b)
        case (let a?, let b?):
            var builder = ColumnBuilder()
            for values in [a, b] { for row in 0..<values.count { builder.append(values[row]) } }
            return builder.values
        default: return .strings([])
        }
    }
}
