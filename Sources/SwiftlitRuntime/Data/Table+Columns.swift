import Foundation
import SwiftlitProtocol

extension Table {
    /// The column named `name`.
    ///
    /// ```swift
    /// let prices = try table.column(named: "price")
    /// ```
    /// - Throws: ``TableError/unknownColumn(_:existing:)`` naming the columns there are.
    public func column(named name: String) throws(TableError) -> Column {
        columns[try columnPosition(named: name)]
    }

    /// The position of the column named `name` among ``columns``.
    func columnPosition(named name: String) throws(TableError) -> Int {
        guard let position = columns.firstIndex(where: { $0.name == name }) else {
            throw .unknownColumn(name, existing: names)
        }
        return position
    }

    /// The rows at `positions` (in that order) as a new table that keeps their labels, so a
    /// filtered or sorted table still knows where each row came from.
    func picking(_ positions: [Int]) -> Table {
        Table(columns.map { Column($0.name, values: $0.values.picking(positions)) }, index: labels(of: positions))
    }

    /// The labels of the rows at `positions`; `nil` when they are the positions `0..<count`.
    func labels(of positions: [Int]) -> [Int]? {
        let labels = index.map { index in positions.map { index[$0] } } ?? positions
        return labels.elementsEqual(labels.indices) ? nil : labels
    }

    /// Every row position, in order.
    var allPositions: [Int] { Array(0..<rowCount) }
}

extension Table.ColumnValues {
    /// The values at `positions`, in that order.
    func picking(_ positions: [Int]) -> Self {
        switch self {
        case .integers(let values): .integers(positions.map { values[$0] })
        case .doubles(let values): .doubles(positions.map { values[$0] })
        case .booleans(let values): .booleans(positions.map { values[$0] })
        case .strings(let values): .strings(positions.map { values[$0] })
        case .dates(let values): .dates(positions.map { values[$0] })
        case .datetimes(let values): .datetimes(positions.map { values[$0] })
        case .json(let values): .json(positions.map { values[$0] })
        }
    }

    /// `count` missing values of the same type.
    func missing(count: Int) -> Self {
        switch self {
        case .integers: .integers(Array(repeating: nil, count: count))
        case .doubles: .doubles(Array(repeating: nil, count: count))
        case .booleans: .booleans(Array(repeating: nil, count: count))
        case .strings: .strings(Array(repeating: nil, count: count))
        case .dates: .dates(Array(repeating: nil, count: count))
        case .datetimes: .datetimes(Array(repeating: nil, count: count))
        case .json: .json(Array(repeating: nil, count: count))
        }
    }

    /// What the column holds, for messages: "integers", "text", ...
    var kindDescription: String {
        switch self {
        case .integers: "integers"
        case .doubles: "numbers"
        case .booleans: "true/false values"
        case .strings: "text"
        case .dates: "dates"
        case .datetimes: "dates with times"
        case .json: "JSON values"
        }
    }

    /// Whether the value in `row` is missing (a NaN double counts as missing, as the browser shows it).
    func isMissing(_ row: Int) -> Bool {
        switch self {
        case .integers(let values): values[row] == nil
        case .doubles(let values): values[row].map { $0.isNaN } ?? true
        case .booleans(let values): values[row] == nil
        case .strings(let values): values[row] == nil
        case .dates(let values), .datetimes(let values): values[row] == nil
        case .json(let values): values[row] == nil
        }
    }
}
