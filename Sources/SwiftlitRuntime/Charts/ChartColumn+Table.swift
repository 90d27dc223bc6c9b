import Foundation
import SwiftlitProtocol

extension ChartColumn {
    /// The values of `values` in `rows` (every row when `nil`), as a chart column named `name`.
    /// Dates become milliseconds since 1970, what Vega-Lite reads as timestamps; JSON cells and
    /// non-finite numbers are missing (a chart cannot place them). One pass per column: charts are
    /// rebuilt on every run.
    init(name: String, values: Table.ColumnValues, rows: [Int]? = nil) {
        func dense<T, U>(_ all: [T?], empty: U, _ convert: (T) -> U?) -> (values: [U], missing: [Int]?) {
            var values: [U] = []
            var missing: [Int] = []
            let count = rows?.count ?? all.count
            values.reserveCapacity(count)
            for position in 0..<count {
                if let value = all[rows?[position] ?? position].flatMap(convert) {
                    values.append(value)
                } else {
                    missing.append(position)
                    values.append(empty)
                }
            }
            return (values, missing.isEmpty ? nil : missing)
        }
        switch values {
        case .integers(let all):
            let (numbers, missing) = dense(all, empty: 0) { Double($0) }
            self.init(name: name, numbers: numbers, missing: missing)
        case .doubles(let all):
            let (numbers, missing) = dense(all, empty: 0) { $0.isFinite ? $0 : nil }
            self.init(name: name, numbers: numbers, missing: missing)
        case .dates(let all), .datetimes(let all):
            let (numbers, missing) = dense(all, empty: 0) { ($0.timeIntervalSince1970 * 1000).rounded() }
            self.init(name: name, numbers: numbers, missing: missing)
        case .booleans(let all):
            self.init(name: name, booleans: rows.map { $0.map { all[$0] } } ?? all)
        case .strings(let all):
            self.init(name: name, texts: rows.map { $0.map { all[$0] } } ?? all)
        case .json(let all):
            self.init(name: name, texts: (rows ?? Array(all.indices)).map { _ in nil })
        }
    }
}

extension ChartDataset {
    /// Every column of `table`, named `name`.
    init(name: String, table: Table) {
        self.init(name: name, columns: table.columns.map { ChartColumn(name: $0.name, values: $0.values) })
    }
}
