import Foundation
import SwiftlitProtocol

/// Reads what a user typed or chose in a cell as a value of the cell's column type.
enum CellParser {
    static func parse(_ value: CellValue, as column: Table.ColumnValues) -> Result<TableValue, TableEditing.Problem> {
        switch (column, value) {
        case (_, .null): return .success(.missing)
        case (.integers, .number(let number)):
            guard number.rounded() == number, let integer = Int(exactly: number) else { return fail("a whole number") }
            return .success(.integer(integer))
        case (.integers, .string(let text)):
            return Int(text.trimmingCharacters(in: .whitespaces)).map { .success(.integer($0)) } ?? fail("a whole number")
        case (.doubles, .number(let number)):
            return number.isFinite ? .success(.double(number)) : fail("a number")
        case (.doubles, .string(let text)):
            guard let number = Double(text.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                return fail("a number")
            }
            return .success(.double(number))
        case (.booleans, .bool(let flag)): return .success(.bool(flag))
        case (.booleans, .string(let text)):
            switch text.lowercased() {
            case "true": return .success(.bool(true))
            case "false": return .success(.bool(false))
            default: return fail("true or false")
            }
        case (.strings, .string(let text)): return .success(.string(text))
        case (.strings, .number(let number)): return .success(.string(TableValue.double(number).description))
        case (.strings, .bool(let flag)): return .success(.string(String(flag)))
        case (.dates, .string(let text)):
            return day(text).map { .success(.date($0)) } ?? fail("a date like 2024-05-01")
        case (.datetimes, .string(let text)):
            return instant(text).map { .success(.datetime($0)) } ?? fail("a date and time like 2024-05-01T13:45")
        case (.json, _): return fail("a value of a column that can be edited (JSON cells cannot)")
        default: return fail(expected(column))
        }
    }

    private static func fail(_ expected: String) -> Result<TableValue, TableEditing.Problem> {
        .failure(TableEditing.Problem(message: "must be \(expected)"))
    }

    private static func expected(_ column: Table.ColumnValues) -> String {
        switch column {
        case .integers: "a whole number"
        case .doubles: "a number"
        case .booleans: "true or false"
        case .strings: "text"
        case .dates: "a date like 2024-05-01"
        case .datetimes: "a date and time like 2024-05-01T13:45"
        case .json: "JSON"
        }
    }

    /// `2024-05-01` as the start of that day in UTC.
    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// ISO 8601 with a zone, or a browser's `datetime-local` value (no zone: UTC).
    static func instant(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: false)) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        let local = text.count == 16 ? text + ":00" : text
        return try? Date(local, strategy: Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().time(includingFractionalSeconds: false).dateTimeSeparator(.standard))
    }
}

extension TableValue: CustomStringConvertible {
    /// The value as a table shows it by default (and as its search matches it): integers plainly,
    /// doubles without a trailing `.0`, days as `2024-05-01`, missing values empty.
    public var description: String { CellText.text(of: self) ?? "" }

}

extension Table.ColumnValues {
    /// These values with `changes` made, only the rows `keeping` (all when `nil`), then `appending`.
    /// A value of the wrong case is missing (parsing made them right).
    func replacing(_ changes: [Int: TableValue], keeping: [Int]?, appending: [TableValue]) -> Self {
        func edit<T>(_ values: [T?], _ read: (TableValue) -> T?) -> [T?] {
            var values = values
            for (row, value) in changes { values[row] = read(value) }
            if let keeping { values = keeping.map { values[$0] } }
            return values + appending.map(read)
        }
        switch self {
        case .integers(let values): return .integers(edit(values) { if case .integer(let v) = $0 { v } else { nil } })
        case .doubles(let values): return .doubles(edit(values) { $0.number })
        case .booleans(let values): return .booleans(edit(values) { if case .bool(let v) = $0 { v } else { nil } })
        case .strings(let values): return .strings(edit(values) { if case .string(let v) = $0 { v } else { nil } })
        case .dates(let values): return .dates(edit(values) { if case .date(let v) = $0 { v } else { nil } })
        case .datetimes(let values): return .datetimes(edit(values) { if case .datetime(let v) = $0 { v } else { nil } })
        case .json(let values): return .json(edit(values) { if case .json(let v) = $0 { v } else { nil } })
        }
    }
}
