public import Foundation
import Synchronization
public import SwiftlitProtocol

/// A table of named, typed columns: what `st.dataframe`, `st.table`, `st.dataEditor` and the charts
/// show. A value type; its columns share storage until one is changed.
///
/// ```swift
/// let table = Table([
///     Table.Column("city", ["Oslo", "Lima"]),
///     Table.Column("temperature", [4.5, 19.0]),
/// ])
/// st.dataframe(table)
/// ```
/// Tables also come from records (`Table(records:)`), dictionaries (`Table(rows:)`), CSV and JSON.
public struct Table: Sendable {
    /// The columns, in order.
    public let columns: [Column]
    /// Each row's label (its position in the table it came from, as a filtered or sorted table keeps
    /// them); `nil` when the labels are the positions `0..<rowCount`.
    public let index: [Int]?
    /// The content's fingerprint, computed once per storage.
    let identity: TableIdentity

    /// A table from columns of equal length. Columns of different lengths are a programming error that
    /// the elements showing the table report on the page.
    public init(_ columns: [Column], index: [Int]? = nil) {
        self.columns = columns
        self.index = index
        identity = TableIdentity()
    }

    /// Some columns of `base`, in a new order, whose id derives from `base`'s without hashing the
    /// cells again: showing a few columns of a big table on every rerun costs nothing.
    init(projecting base: Table, to columns: [Column]) {
        self.columns = columns
        index = base.index
        var hasher = ContentHasher()
        hasher.mix(base.fingerprint)
        for column in columns { hasher.mix(column.name) }
        identity = TableIdentity(known: "p" + String(hasher.value, radix: 36))
    }

    /// An empty table.
    public init() { self.init([]) }

    /// The column names, in order.
    public var names: [String] { columns.map(\.name) }

    /// The number of rows (the shortest column's length).
    public var rowCount: Int { columns.map(\.count).min() ?? 0 }

    /// The column named `name`, if there is one.
    public subscript(name: String) -> Column? { columns.first { $0.name == name } }

    /// Whether some columns are longer than others (which the elements showing the table report).
    var isRagged: Bool { Set(columns.map(\.count)).count > 1 }

    /// Each row's label: its index label, or its position.
    func label(ofRow row: Int) -> Int { index?[row] ?? row }
}

extension Table: Equatable {
    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.columns == rhs.columns && lhs.index == rhs.index
    }
}

extension Table {
    /// One named column: its values and whether each is missing.
    public struct Column: Sendable, Equatable {
        public var name: String
        /// The values, one type per column.
        public var values: ColumnValues

        public init(_ name: String, values: ColumnValues) {
            self.name = name
            self.values = values
        }

        public init(_ name: String, _ values: [Int]) { self.init(name, values: .integers(values.map(Optional.some))) }
        public init(_ name: String, _ values: [Int?]) { self.init(name, values: .integers(values)) }
        public init(_ name: String, _ values: [Double]) { self.init(name, values: .doubles(values.map(Optional.some))) }
        public init(_ name: String, _ values: [Double?]) { self.init(name, values: .doubles(values)) }
        public init(_ name: String, _ values: [Bool]) { self.init(name, values: .booleans(values.map(Optional.some))) }
        public init(_ name: String, _ values: [Bool?]) { self.init(name, values: .booleans(values)) }
        public init(_ name: String, _ values: [String]) { self.init(name, values: .strings(values.map(Optional.some))) }
        public init(_ name: String, _ values: [String?]) { self.init(name, values: .strings(values)) }
        /// A column of points in time (shown with date and time).
        public init(_ name: String, _ values: [Date]) { self.init(name, values: .datetimes(values.map(Optional.some))) }
        public init(_ name: String, _ values: [Date?]) { self.init(name, values: .datetimes(values)) }
        /// A column of calendar days (shown without a time), each the start of its day in UTC.
        public init(_ name: String, days values: [Date?]) { self.init(name, values: .dates(values)) }

        /// The number of values.
        public var count: Int { values.count }

        /// The value in `row`.
        public subscript(row: Int) -> TableValue { values[row] }
    }

    /// A column's values: one case per type, each value `nil` when missing.
    public enum ColumnValues: Sendable, Equatable {
        case integers([Int?])
        case doubles([Double?])
        case booleans([Bool?])
        case strings([String?])
        /// Calendar days, each the start of its day in UTC.
        case dates([Date?])
        /// Points in time.
        case datetimes([Date?])
        /// Lists, objects or any JSON: list, sparkline and JSON columns.
        case json([JSONValue?])

        public var count: Int {
            switch self {
            case .integers(let values): values.count
            case .doubles(let values): values.count
            case .booleans(let values): values.count
            case .strings(let values): values.count
            case .dates(let values), .datetimes(let values): values.count
            case .json(let values): values.count
            }
        }

        /// The value in `row`, ``TableValue/missing`` when there is none.
        public subscript(row: Int) -> TableValue {
            switch self {
            case .integers(let values): values[row].map(TableValue.integer) ?? .missing
            case .doubles(let values): values[row].map(TableValue.double) ?? .missing
            case .booleans(let values): values[row].map(TableValue.bool) ?? .missing
            case .strings(let values): values[row].map(TableValue.string) ?? .missing
            case .dates(let values): values[row].map(TableValue.date) ?? .missing
            case .datetimes(let values): values[row].map(TableValue.datetime) ?? .missing
            case .json(let values): values[row].map(TableValue.json) ?? .missing
            }
        }

        /// The type the browser is told.
        var wireType: ColumnType {
            switch self {
            case .integers: .integer
            case .doubles: .number
            case .booleans: .boolean
            case .strings: .text
            case .dates: .date
            case .datetimes: .datetime
            case .json: .json
            }
        }

        /// The values as numbers, for charts; `nil` for columns that are not numbers.
        var numbers: [Double]? {
            switch self {
            case .doubles(let values): values.map { $0 ?? .nan }
            case .integers(let values): values.map { $0.map(Double.init) ?? .nan }
            case .booleans(let values): values.map { $0.map { $0 ? 1 : 0 } ?? .nan }
            case .strings, .dates, .datetimes, .json: nil
            }
        }
    }
}

/// One cell's value, of any column type.
///
/// Literals make rows easy to write: `["name": "Ada", "age": 36, "active": true, "score": nil]`.
public enum TableValue: Sendable, Hashable {
    case missing
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    /// A calendar day, the start of its day in UTC.
    case date(Date)
    case datetime(Date)
    case json(JSONValue)

    /// The value as a number, when it is one (integers and doubles).
    public var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// The cell as the browser receives it (see ``ColumnType``).
    var wireValue: JSONValue {
        switch self {
        case .missing: .null
        case .integer(let value): .number(Double(value))
        case .double(let value): value.isFinite ? .number(value) : .null
        case .bool(let value): .bool(value)
        case .string(let value): .string(value)
        case .date(let value): .string(TableDateFormat.day(value))
        case .datetime(let value): .string(TableDateFormat.instant(value))
        case .json(let value): value
        }
    }
}

extension TableValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByStringLiteral, ExpressibleByNilLiteral
{
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(nilLiteral: ()) { self = .missing }
}

/// How dates travel: days as `2024-05-01`, instants as ISO 8601 in UTC (`2024-05-01T12:30:05Z`).
/// Written by ``CivilCalendar``, which prints what Foundation's ISO 8601 style prints, much faster.
enum TableDateFormat {
    static func day(_ date: Date) -> String {
        var bytes: [UInt8] = []
        CivilCalendar.appendDay(of: date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func instant(_ date: Date) -> String {
        var bytes: [UInt8] = []
        CivilCalendar.appendInstant(of: date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func foundationDay(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }

    static func foundationInstant(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}

/// The fingerprint of one table's content, computed the first time it is asked for. Copies of a
/// table share it; a table is never changed in place, so every other table has its own.
final class TableIdentity: Sendable {
    private let cached: Mutex<String?>
    private let firstRows = Mutex<[[JSONValue]]?>(nil)

    init(known: String? = nil) { cached = Mutex(known) }

    /// The first page of rows a grid sends with its element, built once.
    func firstPage(_ compute: () -> [[JSONValue]]) -> [[JSONValue]] {
        if let known = firstRows.withLock({ $0 }) { return known }
        let rows = compute()
        firstRows.withLock { $0 = rows }
        return rows
    }

    func fingerprint(_ compute: () -> String) -> String {
        if let known = cached.withLock({ $0 }) { return known }
        let value = compute()
        cached.withLock { $0 = value }
        return value
    }
}
