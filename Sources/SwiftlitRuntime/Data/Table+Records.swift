extension Table {
    /// A table with one row per record and one column per property, in declaration order.
    ///
    /// ```swift
    /// struct Sale: Encodable {
    ///     var city: String
    ///     var amount: Double
    ///     var note: String?
    /// }
    /// let sales = try Table(records: [Sale(city: "Oslo", amount: 12.5, note: nil)])
    /// st.dataframe(sales)
    /// ```
    /// Integers of any width make integer columns; `Double`, `Float` and `Decimal` make number
    /// columns; `Date` makes a date-and-time column; `URL` and enums with `String` raw values make
    /// text. Arrays and nested structs make JSON columns. A `nil` optional is a missing cell, and
    /// a property that is `nil` in the first records still gets its place among the columns.
    /// A column whose records disagree on the type holds numbers when they are integers and doubles,
    /// text otherwise.
    /// - Throws: ``TableError/recordNotKeyed(index:type:)`` for a record that is not a struct or class
    ///   with named properties, ``TableError/recordEncodingFailed(index:reason:)`` when one throws.
    public init(records: [some Encodable]) throws(TableError) {
        var collector = ColumnCollector(keepingDeclarationOrder: true)
        let node = EncodedNode()
        for (position, record) in records.enumerated() {
            node.reset()
            do {
                try record.encode(to: NodeEncoder(node: node, codingPath: []))
            } catch {
                throw .recordEncodingFailed(index: position, reason: "\(error)")
            }
            guard node.kind == .object || node.kind == .empty else {
                throw .recordNotKeyed(index: position, type: String(describing: type(of: record)))
            }
            collector.beginRow()
            for (key, field) in node.namedFields { collector.set(key, field.cell) }
            collector.endRow()
        }
        self.init(collector.columns)
    }
}
