import Foundation
import SwiftlitProtocol

extension ChartColumn {
    /// The values of `values` in `rows` (every row when `nil`), as a chart column named `name`.
    /// Dates become milliseconds since 1970, what Vega-Lite reads as timestamps; JSON cells and
    /// non-finite numbers are missing (a chart cannot place them).
    init(name: String, values: Table.ColumnValues, rows: [Int]? = nil) {
        func pick<T>(_ all: [T?]) -> [T?] { rows.map { $0.map { all[$0] } } ?? all }
        func finite(_ value: Double?) -> Double? { value.flatMap { $0.isFinite ? $0 : nil } }
        switch values {
        case .integers(let all): self.init(name: name, numbers: pick(all).map { $0.map(Double.init) })
        case .doubles(let all): self.init(name: name, numbers: pick(all).map(finite))
        case .booleans(let all): self.init(name: name, booleans: pick(all))
        case .strings(let all): self.init(name: name, texts: pick(all))
        case .dates(let all), .datetimes(let all):
            self.init(name: name, numbers: pick(all).map { $0.map { ($0.timeIntervalSince1970 * 1000).rounded() } })
        case .json(let all):
            self.init(name: name, texts: pick(all).map { _ in nil })
        }
    }
}

extension ChartDataset {
    /// Every column of `table`, named `name`.
    init(name: String, table: Table) {
        self.init(name: name, columns: table.columns.map { ChartColumn(name: $0.name, values: $0.values) })
    }
}
