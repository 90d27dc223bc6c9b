import SwiftlitProtocol

/// A table of named, typed columns: what `st.dataframe` and `st.lineChart` show.
///
/// ```swift
/// let table = Table([
///     ("city", .texts(["Oslo", "Lima"])),
///     ("temperature", .numbers([4.5, 19.0])),
/// ])
/// st.dataframe(table)
/// ```
public struct Table: Sendable, Equatable {
    /// One column's values.
    public enum Column: Sendable, Equatable {
        case numbers([Double])
        case integers([Int])
        case texts([String])
        case booleans([Bool])

        var count: Int {
            switch self {
            case .numbers(let values): values.count
            case .integers(let values): values.count
            case .texts(let values): values.count
            case .booleans(let values): values.count
            }
        }

        var type: ColumnType {
            switch self {
            case .numbers: .number
            case .integers: .integer
            case .texts: .text
            case .booleans: .boolean
            }
        }

        func cell(_ row: Int) -> JSONValue {
            switch self {
            case .numbers(let values): values[row].isFinite ? .number(values[row]) : .null
            case .integers(let values): .number(Double(values[row]))
            case .texts(let values): .string(values[row])
            case .booleans(let values): .bool(values[row])
            }
        }

        /// The values as numbers, for charts; `nil` for text.
        var numbers: [Double]? {
            switch self {
            case .numbers(let values): values
            case .integers(let values): values.map(Double.init)
            case .booleans(let values): values.map { $0 ? 1 : 0 }
            case .texts: nil
            }
        }
    }

    /// The column names, in order.
    public let names: [String]
    /// The columns, in the order of ``names``.
    public let columns: [Column]

    /// A table from named columns. Columns of different lengths are a programming error that
    /// `dataframe` and `lineChart` report on the page.
    public init(_ columns: [(String, Column)]) {
        names = columns.map(\.0)
        self.columns = columns.map(\.1)
    }

    /// The number of rows (the shortest column's length).
    public var rowCount: Int { columns.map(\.count).min() ?? 0 }

    /// Whether some columns are longer than others (which `dataframe` and `lineChart` report).
    var isRagged: Bool { Set(columns.map(\.count)).count > 1 }

    /// The cells of up to `count` rows from `offset`, one array per row. Any offset and count
    /// are safe (a browser chooses them): the rows asked for are clamped to the table, without
    /// arithmetic that could overflow.
    func rows(from offset: Int, count: Int) -> [[JSONValue]] {
        let rows = rowCount
        let start = offset.clamped(to: 0...rows)
        let end = start + count.clamped(to: 0...(rows - start))
        return (start..<end).map { row in columns.map { $0.cell(row) } }
    }

    /// A short hash of the content: equal tables share it, and a changed cell changes it.
    var fingerprint: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: UInt64) {
            hash = (hash ^ value) &* 0x100_0000_01b3
        }
        for (name, column) in zip(names, columns) {
            for byte in name.utf8 { mix(UInt64(byte)) }
            switch column {
            case .numbers(let values): for value in values { mix(value.bitPattern) }
            case .integers(let values): for value in values { mix(UInt64(bitPattern: Int64(value))) }
            case .texts(let values): for value in values { for byte in value.utf8 { mix(UInt64(byte)) }; mix(0xff) }
            case .booleans(let values): for value in values { mix(value ? 1 : 2) }
            }
            mix(0xfe)
        }
        return String(hash, radix: 36)
    }
}
