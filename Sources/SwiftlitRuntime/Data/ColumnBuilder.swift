import Foundation
import SwiftlitProtocol

/// Builds one column from cells appended one at a time, choosing its type from what arrives:
/// integers and doubles make doubles, days and instants make instants, any other mix makes text
/// (each value as ``CellText`` writes it). A column of missing values only is text.
struct ColumnBuilder {
    private enum Kind { case none, integers, doubles, booleans, strings, dates, datetimes, json }

    private var kind = Kind.none
    /// Missing values before the first present one, while the type is unknown.
    private var leadingMissing = 0
    private var integers: [Int?] = []
    private var doubles: [Double?] = []
    private var booleans: [Bool?] = []
    private var strings: [String?] = []
    private var dates: [Date?] = []
    private var json: [JSONValue?] = []

    private(set) var count = 0

    init() {}

    mutating func append(_ value: TableValue) {
        count += 1
        switch (kind, value) {
        case (_, .missing): appendMissing()
        case (.integers, .integer(let number)): integers.append(number)
        case (.doubles, .double(let number)): doubles.append(number)
        case (.doubles, .integer(let number)): doubles.append(Double(number))
        case (.booleans, .bool(let flag)): booleans.append(flag)
        case (.strings, _): strings.append(CellText.text(of: value))
        case (.dates, .date(let day)): dates.append(day)
        case (.datetimes, .datetime(let instant)), (.datetimes, .date(let instant)): dates.append(instant)
        case (.json, .json(let document)): json.append(document)
        case (.none, _): start(with: value)
        default: promote(toFit: value)
        }
    }

    /// Removes the last value (a record that sets one key twice keeps the second value).
    mutating func removeLast() {
        guard count > 0 else { return }
        count -= 1
        switch kind {
        case .none: leadingMissing -= 1
        case .integers: integers.removeLast()
        case .doubles: doubles.removeLast()
        case .booleans: booleans.removeLast()
        case .strings: strings.removeLast()
        case .dates, .datetimes: dates.removeLast()
        case .json: json.removeLast()
        }
    }

    /// The column's values.
    var values: Table.ColumnValues {
        switch kind {
        case .none: .strings(Array(repeating: nil, count: leadingMissing))
        case .integers: .integers(integers)
        case .doubles: .doubles(doubles)
        case .booleans: .booleans(booleans)
        case .strings: .strings(strings)
        case .dates: .dates(dates)
        case .datetimes: .datetimes(dates)
        case .json: .json(json)
        }
    }

    private mutating func appendMissing() {
        switch kind {
        case .none: leadingMissing += 1
        case .integers: integers.append(nil)
        case .doubles: doubles.append(nil)
        case .booleans: booleans.append(nil)
        case .strings: strings.append(nil)
        case .dates, .datetimes: dates.append(nil)
        case .json: json.append(nil)
        }
    }

    /// The first present value sets the type; the missing values before it join that type.
    private mutating func start(with value: TableValue) {
        let missing = leadingMissing
        switch value {
        case .missing: return
        case .integer(let number): kind = .integers; integers = Array(repeating: nil, count: missing) + [number]
        case .double(let number): kind = .doubles; doubles = Array(repeating: nil, count: missing) + [number]
        case .bool(let flag): kind = .booleans; booleans = Array(repeating: nil, count: missing) + [flag]
        case .string(let text): kind = .strings; strings = Array(repeating: nil, count: missing) + [text]
        case .date(let day): kind = .dates; dates = Array(repeating: nil, count: missing) + [day]
        case .datetime(let instant): kind = .datetimes; dates = Array(repeating: nil, count: missing) + [instant]
        case .json(let document): kind = .json; json = Array(repeating: nil, count: missing) + [document]
        }
    }

    /// A value that does not fit the column's type widens the type (once per column at most twice).
    private mutating func promote(toFit value: TableValue) {
        switch (kind, value) {
        case (.integers, .double(let number)):
            doubles = integers.map { $0.map(Double.init) } + [number]
            integers = []
            kind = .doubles
        case (.dates, .datetime(let instant)):
            dates.append(instant)
            kind = .datetimes
        default:
            let previous = values
            strings = (0..<previous.count).map { CellText.text(of: previous[$0]) } + [CellText.text(of: value)]
            (integers, doubles, booleans, dates, json) = ([], [], [], [], [])
            kind = .strings
        }
    }
}
