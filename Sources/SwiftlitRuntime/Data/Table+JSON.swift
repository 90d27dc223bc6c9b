public import Foundation

extension Table {
    /// A table from JSON: an array of objects, one per row (columns in the order keys first
    /// appear), or an object of equally long arrays, one per column.
    ///
    /// ```swift
    /// let rows = try Table(json: Data(#"[{"city": "Oslo", "sales": 12}, {"city": "Lima", "sales": 7.5}]"#.utf8))
    /// let columns = try Table(json: Data(#"{"city": ["Oslo", "Lima"], "sales": [12, 7.5]}"#.utf8))
    /// ```
    /// Numbers without a fraction or exponent are integers; a column of integers and other numbers
    /// holds numbers, any other mix text. `null` and absent keys are missing; nested arrays and
    /// objects make JSON cells.
    /// - Throws: ``TableError/invalidJSON(_:)`` saying what was found where.
    public init(json: Data) throws(TableError) {
        let columns = try json.withUnsafeBytes { raw in
            Result { () throws(TableError) in
                var reader = JSONTableReader(bytes: raw.assumingMemoryBound(to: UInt8.self))
                return try reader.columns()
            }
        }.get()
        self.init(columns)
    }
}
