import Foundation
import SwiftlitRuntime

/// One result cell, already read from the driver's format.
enum ResultCell: Sendable {
    case missing
    case integer(Int)
    case double(Double)
    case bool(Bool)
    case text(String)
    /// A calendar day, the start of its day in UTC.
    case day(Date)
    case instant(Date)
}

/// The type a column has when its database says so: PostgreSQL's declared result types. Used when a
/// column has no values to look at (an empty result, or only NULLs).
enum DeclaredKind: Sendable {
    case integer, double, bool, text, day, instant
}

/// Collects one column's cells and picks its ``Table/ColumnValues`` case from them: all integers
/// stay integers, integers mixed with doubles become doubles, and any other mix becomes text (each
/// value written out), as SQLite stores a type per value rather than per column.
struct ResultColumn {
    let name: String
    let declared: DeclaredKind?
    private(set) var cells: [ResultCell] = []

    init(name: String, declared: DeclaredKind? = nil) {
        self.name = name
        self.declared = declared
    }

    mutating func append(_ cell: ResultCell) { cells.append(cell) }

    func column() -> Table.Column {
        Table.Column(name, values: values())
    }

    private func values() -> Table.ColumnValues {
        var seen: (integer: Bool, double: Bool, bool: Bool, text: Bool, day: Bool, instant: Bool) =
            (false, false, false, false, false, false)
        for cell in cells {
            switch cell {
            case .missing: break
            case .integer: seen.integer = true
            case .double: seen.double = true
            case .bool: seen.bool = true
            case .text: seen.text = true
            case .day: seen.day = true
            case .instant: seen.instant = true
            }
        }
        let kinds = [seen.integer, seen.double, seen.bool, seen.text, seen.day, seen.instant].filter { $0 }.count
        if kinds == 0 { return empty(declared ?? .text) }
        if kinds == 1 || (kinds == 2 && seen.integer && seen.double) {
            if seen.double { return .doubles(cells.map(\.double)) }
            if seen.integer { return .integers(cells.map(\.integer)) }
            if seen.bool { return .booleans(cells.map(\.bool)) }
            if seen.day { return .dates(cells.map(\.date)) }
            if seen.instant { return .datetimes(cells.map(\.date)) }
        }
        return .strings(cells.map(\.text))
    }

    private func empty(_ kind: DeclaredKind) -> Table.ColumnValues {
        let count = cells.count
        switch kind {
        case .integer: return .integers(Array(repeating: nil, count: count))
        case .double: return .doubles(Array(repeating: nil, count: count))
        case .bool: return .booleans(Array(repeating: nil, count: count))
        case .text: return .strings(Array(repeating: nil, count: count))
        case .day: return .dates(Array(repeating: nil, count: count))
        case .instant: return .datetimes(Array(repeating: nil, count: count))
        }
    }
}

extension ResultCell {
    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    var double: Double? {
        switch self {
        case .double(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var date: Date? {
        switch self {
        case .day(let value), .instant(let value): value
        default: nil
        }
    }

    /// The cell written out, for a column of mixed types.
    var text: String? {
        switch self {
        case .missing: nil
        case .integer(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .text(let value): value
        case .day(let value): value.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
        case .instant(let value): value.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        }
    }
}

extension Table {
    /// A table of the result's columns, in order. Repeated names (`SELECT a.id, b.id`) get `_1`,
    /// `_2`… so every column stays reachable by name.
    init(resultColumns: [ResultColumn]) {
        var used: Set<String> = []
        let columns = resultColumns.map { result -> Table.Column in
            var column = result.column()
            var name = column.name
            var suffix = 1
            while used.contains(name) {
                name = "\(column.name)_\(suffix)"
                suffix += 1
            }
            used.insert(name)
            column.name = name
            return column
        }
        self.init(columns)
    }
}
