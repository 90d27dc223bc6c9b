import Foundation
import SwiftlitRuntime

/// A small column-oriented table of doubles, enough for the dashboard benchmark.
struct Frame: Sendable {
    let columns: [String]
    /// One array per column, all of `rowCount` values.
    let values: [[Double]]
    /// Each row's position in the original table (pandas' index).
    var index: [Double] = []

    var rowCount: Int { values.first?.count ?? 0 }

    /// A table of uniform values in [0, 100), rounded to 3 decimals, from a deterministic generator.
    static func random(rows: Int, columns: [String], seed: UInt64) -> Frame {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            // SplitMix64, mapped to [0, 1).
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        var table = Array(repeating: [Double](), count: columns.count)
        for column in table.indices { table[column].reserveCapacity(rows) }
        for _ in 0..<rows {
            for column in table.indices { table[column].append((next() * 100_000).rounded() / 1000) }
        }
        return Frame(columns: columns, values: table, index: (0..<rows).map(Double.init))
    }

    /// The rows whose `column` lies in `low...high`.
    func filter(column: String, from low: Double, through high: Double) -> Frame {
        guard let key = columns.firstIndex(of: column) else { return self }
        let keep = values[key].indices.filter { values[key][$0] >= low && values[key][$0] <= high }
        return Frame(
            columns: columns, values: values.map { column in keep.map { column[$0] } }, index: keep.map { index[$0] })
    }

    /// Every value multiplied by `factor`.
    func scaled(by factor: Double) -> Frame {
        factor == 1 ? self : Frame(columns: columns, values: values.map { $0.map { $0 * factor } }, index: index)
    }

    /// The frame as a table for `st.dataframe`.
    var table: Table { Table(zip(columns, values).map { Table.Column($0, $1) }) }

    /// One column against the index, for `st.lineChart`.
    func line(_ name: String) -> Table {
        let values = columns.firstIndex(of: name).map { self.values[$0] } ?? []
        return Table([Table.Column("index", index), Table.Column(name, values)])
    }

    func mean(column: String) -> Double {
        guard let index = columns.firstIndex(of: column), rowCount > 0 else { return .nan }
        return values[index].reduce(0, +) / Double(rowCount)
    }

    func aggregate(_ name: String, column: String) -> Double {
        guard let index = columns.firstIndex(of: column), rowCount > 0 else { return .nan }
        switch name {
        case "median":
            let sorted = values[index].sorted()
            return rowCount % 2 == 1 ? sorted[rowCount / 2] : (sorted[rowCount / 2 - 1] + sorted[rowCount / 2]) / 2
        case "max": return values[index].max() ?? .nan
        default: return mean(column: column)
        }
    }
}

extension Double {
    func rounded(to decimals: Int) -> Double {
        let factor = pow(10, Double(decimals))
        return (self * factor).rounded() / factor
    }

    func formatted(decimals: Int) -> String { String(format: "%.\(decimals)f", self) }
}
