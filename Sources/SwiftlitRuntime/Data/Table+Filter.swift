public import Foundation

extension Table {
    /// The rows for which `isIncluded` is true, in order. They keep their labels (``index``), so a
    /// filtered table shows where each row came from, as pandas does.
    ///
    /// ```swift
    /// let large = table.filter { ($0.double("price") ?? 0) > 10 && $0.string("city") != "Lima" }
    /// ```
    public func filter(_ isIncluded: (Row) throws -> Bool) rethrows -> Table {
        let lookup = ColumnLookup(self)
        var kept: [Int] = []
        for position in 0..<rowCount where try isIncluded(Row(columns: lookup, position: position)) {
            kept.append(position)
        }
        return picking(kept)
    }

    /// The rows whose number in `column` satisfies `isIncluded` (integer columns too); rows where
    /// it is missing are left out. Faster than a filter on rows: it reads one column.
    ///
    /// ```swift
    /// let large = try table.filter("price") { (price: Double) in price > 10 }
    /// ```
    /// - Throws: ``TableError`` for an unknown column or one that holds no numbers, or what
    ///   `isIncluded` throws.
    public func filter(_ column: String, _ isIncluded: (Double) throws -> Bool) throws -> Table {
        switch try self.column(named: column).values {
        case .doubles(let values): try filtered(values) { $0.isNaN ? false : try isIncluded($0) }
        case .integers(let values): try filtered(values) { try isIncluded(Double($0)) }
        case let values: throw mismatch(column, values, "A Double filter")
        }
    }

    /// The rows whose integer in `column` satisfies `isIncluded`; rows where it is missing are left out.
    ///
    /// ```swift
    /// let adults = try people.filter("age") { (age: Int) in age >= 18 }
    /// ```
    public func filter(_ column: String, _ isIncluded: (Int) throws -> Bool) throws -> Table {
        let values = try self.column(named: column).values
        guard case .integers(let typed) = values else { throw mismatch(column, values, "An Int filter") }
        return try filtered(typed, isIncluded)
    }

    /// The rows whose text in `column` satisfies `isIncluded`; rows where it is missing are left out.
    ///
    /// ```swift
    /// let nordic = try table.filter("city") { (city: String) in ["Oslo", "Bergen"].contains(city) }
    /// ```
    public func filter(_ column: String, _ isIncluded: (String) throws -> Bool) throws -> Table {
        let values = try self.column(named: column).values
        guard case .strings(let typed) = values else { throw mismatch(column, values, "A String filter") }
        return try filtered(typed, isIncluded)
    }

    /// The rows whose `true`/`false` value in `column` satisfies `isIncluded`; missing ones are left out.
    ///
    /// ```swift
    /// let active = try users.filter("active") { (active: Bool) in active }
    /// ```
    public func filter(_ column: String, _ isIncluded: (Bool) throws -> Bool) throws -> Table {
        let values = try self.column(named: column).values
        guard case .booleans(let typed) = values else { throw mismatch(column, values, "A Bool filter") }
        return try filtered(typed, isIncluded)
    }

    /// The rows whose day or date with time in `column` satisfies `isIncluded`; missing ones are left out.
    ///
    /// ```swift
    /// let recent = try orders.filter("placed") { (placed: Date) in placed > .now.addingTimeInterval(-86_400) }
    /// ```
    public func filter(_ column: String, _ isIncluded: (Date) throws -> Bool) throws -> Table {
        switch try self.column(named: column).values {
        case .dates(let values), .datetimes(let values): try filtered(values, isIncluded)
        case let values: throw mismatch(column, values, "A Date filter")
        }
    }

    private func filtered<Value>(_ values: [Value?], _ isIncluded: (Value) throws -> Bool) rethrows -> Table {
        var kept: [Int] = []
        for position in 0..<rowCount {
            if let value = values[position], try isIncluded(value) { kept.append(position) }
        }
        return picking(kept)
    }

    private func mismatch(_ column: String, _ values: ColumnValues, _ operation: String) -> TableError {
        .typeMismatch(
            column: column, holds: values.kindDescription, operation: operation,
            suggestion: "Filter it with the type of its values: (Double) for numbers and integers, (Int) for integers, "
                + "(String) for text, (Bool) for true/false, (Date) for dates.")
    }
}
