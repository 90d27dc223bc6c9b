import Foundation
import SwiftlitProtocol

/// A `dataEditor`'s edits applied to its table: each edit is checked against the column's type and
/// configuration, as the server never trusts what the browser allowed; the refused ones are
/// reported, cell by cell, and change nothing.
struct TableEditing {
    /// The table the app passed, every column.
    let base: Table
    /// What the editor shows of it: the columns that may be edited and their rules.
    let display: TableDisplay
    let policy: EditorRowPolicy
    /// The whole editor is read-only.
    let disabled: Bool

    /// New rows one editor value may hold: far more than anyone types.
    static let maxAddedRows = 10_000

    struct Outcome {
        /// The edits as the browser will hold them (forged parts removed, refused ones kept).
        var edits: TableEdits
        var issues: [CellIssue]
        var table: Table
    }

    func apply(_ sent: TableEdits) -> Outcome {
        let edits = allowed(sent)
        guard !edits.isEmpty else { return Outcome(edits: edits, issues: [], table: base) }
        let rowCount = base.rowCount
        let deleted = Set(edits.deleted)
        let sortedDeleted = edits.deleted.sorted()
        var issues: [CellIssue] = []
        var changes: [String: [Int: TableValue]] = [:]
        for edit in edits.edited where !deleted.contains(edit.row) {
            switch parse(edit.value, column: edit.column, isNew: false) {
            case .success(let value): changes[edit.column, default: [:]][edit.row] = value
            case .failure(let problem):
                changes[edit.column]?[edit.row] = nil
                issues.append(CellIssue(row: edit.row, column: edit.column, message: problem.message))
            }
        }
        var added: [[String: TableValue]] = []
        for (offset, row) in edits.added.enumerated() {
            var values: [String: TableValue] = [:]
            for column in display.columns where !isLocked(column.name) {
                switch parse(row[column.name] ?? .null, column: column.name, isNew: true) {
                case .success(let value): values[column.name] = value
                case .failure(let problem):
                    issues.append(
                        CellIssue(row: rowCount + offset, column: column.name, message: problem.message))
                }
            }
            added.append(values)
        }
        let table = edited(changes: changes, deleted: sortedDeleted, added: added)
        return Outcome(edits: edits, issues: issues, table: table)
    }

    /// `sent` without what this editor does not allow: edits of read-only or unknown columns, rows
    /// outside the table, additions or deletions the row policy forbids.
    func allowed(_ sent: TableEdits) -> TableEdits {
        guard !disabled else { return .none }
        let rows = 0..<base.rowCount
        let shown = Set(display.columns.map(\.name))
        let canAdd = policy == .dynamic || policy == .add
        let canDelete = policy == .dynamic || policy == .delete
        var seenDeleted = Set<Int>()
        return TableEdits(
            edited: sent.edited.filter { rows.contains($0.row) && shown.contains($0.column) && !isLocked($0.column) },
            added: canAdd
                ? sent.added.prefix(Self.maxAddedRows).map { $0.filter { shown.contains($0.key) && !isLocked($0.key) } } : [],
            deleted: canDelete ? sent.deleted.filter { rows.contains($0) && seenDeleted.insert($0).inserted } : [])
    }

    private func isLocked(_ column: String) -> Bool {
        display.columns.first { $0.name == column }?.disabled == true
    }

    struct Problem: Error { let message: String }

    /// A cell value as the column's type, or why it does not fit.
    private func parse(_ value: CellValue, column name: String, isNew: Bool) -> Result<TableValue, Problem> {
        guard let column = base[name] else { return .failure(Problem(message: "no such column")) }
        let config = display.configs[name]
        if case .null = value {
            return config?.required == true
                ? .failure(Problem(message: "required")) : .success(.missing)
        }
        if case .string(let text) = value, text.isEmpty, !isText(column.values) {
            return config?.required == true ? .failure(Problem(message: "required")) : .success(.missing)
        }
        return CellParser.parse(value, as: column.values).flatMap { checked($0, config: config) }
    }

    private func isText(_ values: Table.ColumnValues) -> Bool {
        if case .strings = values { true } else { false }
    }

    /// `value` against the column's configured bounds, options, length and pattern.
    private func checked(_ value: TableValue, config: ColumnConfig?) -> Result<TableValue, Problem> {
        guard let config else { return .success(value) }
        if let number = value.number {
            if let min = config.min, number < min { return .failure(Problem(message: "must be at least \(clean(min))")) }
            if let max = config.max, number > max { return .failure(Problem(message: "must be at most \(clean(max))")) }
        }
        if case .string(let text) = value {
            if let options = config.options, !options.contains(text) {
                return .failure(Problem(message: "must be one of \(options.joined(separator: ", "))"))
            }
            if let maxChars = config.maxChars, text.count > maxChars {
                return .failure(Problem(message: "must be at most \(maxChars) characters"))
            }
            if let pattern = config.validate {
                guard let regex = try? Regex(pattern) else {
                    return .failure(Problem(message: "the column's validate pattern '\(pattern)' is not a regular expression"))
                }
                if (try? regex.wholeMatch(in: text)) == nil {
                    return .failure(Problem(message: "does not match \(pattern)"))
                }
            }
        }
        return .success(value)
    }

    private func clean(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// The full table with the changes, without the deleted rows, with the added rows after the rest.
    private func edited(changes: [String: [Int: TableValue]], deleted: [Int], added: [[String: TableValue]]) -> Table {
        let keep = deleted.isEmpty ? nil : (0..<base.rowCount).filter { deleted.binarySearch($0) == nil }
        let columns = base.columns.map { column in
            Table.Column(
                column.name,
                values: column.values.replacing(
                    changes[column.name] ?? [:], keeping: keep, appending: added.map { $0[column.name] ?? .missing }))
        }
        let labels = (0..<base.rowCount).map(base.label(ofRow:))
        let kept = keep.map { $0.map { labels[$0] } } ?? labels
        let next = (labels.max() ?? -1) + 1
        let index = kept + (0..<added.count).map { next + $0 }
        let isPositions = index.elementsEqual(0..<index.count)
        return Table(columns, index: isPositions ? nil : index)
    }
}

extension Array where Element == Int {
    /// The position of `value` in this sorted array, if it is there.
    func binarySearch(_ value: Int) -> Int? {
        let index = partitionPoint { $0 >= value }
        return index < count && self[index] == value ? index : nil
    }

    /// The first index whose element satisfies `isAtOrAfter` (which must be false then true along
    /// the array).
    func partitionPoint(_ isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
