extension Table {
    /// A table from rows of named cells.
    ///
    /// ```swift
    /// let people = Table(rows: [
    ///     ["name": "Ada", "born": 1815, "score": 9.5],
    ///     ["name": "Alan", "born": 1912, "score": nil],
    /// ], columns: ["name", "born", "score"])
    /// ```
    /// A dictionary has no order, so the columns come in the order of `columns`, or sorted by name
    /// when it is `nil`. With `columns`, other keys are left out. A key a row lacks is a missing
    /// cell. Each column's type comes from its values: integers and doubles together make
    /// doubles, any other mix makes text.
    public init(rows: [[String: TableValue]], columns: [String]? = nil) {
        let names = columns ?? Array(Set(rows.flatMap(\.keys))).sorted()
        self.init(
            names.map { name in
                var builder = ColumnBuilder()
                for row in rows { builder.append(row[name] ?? .missing) }
                return Column(name, values: builder.values)
            })
    }
}
