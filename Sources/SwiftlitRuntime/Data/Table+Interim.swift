// INTERIM: replaced by the Data work on branch issue10-table (sortedPositions, positions(containing:),
// writeCSV). Kept minimal so the runtime builds meanwhile.
import Foundation
import SwiftlitProtocol

extension Table {
    func sortedPositions(by sort: TableSort) -> [Int] {
        guard let column = self[sort.column] else { return Array(0..<rowCount) }
        let text = (0..<rowCount).map { column.values[$0].wireValue }
        return (0..<rowCount).sorted { a, b in
            let l = text[a], r = text[b]
            switch (l, r) {
            case (.number(let x), .number(let y)): return sort.descending ? x > y : x < y
            case (.string(let x), .string(let y)): return sort.descending ? x > y : x < y
            case (.null, _): return false
            case (_, .null): return true
            default: return false
            }
        }
    }

    func positions(containing text: String, among: [Int]?) -> [Int] {
        (among ?? Array(0..<rowCount)).filter { row in
            columns.contains { $0.values[row].description.localizedCaseInsensitiveContains(text) }
        }
    }

    func writeCSV(rows: some Sequence<Int>, header: Bool, separator: Character = ",", to sink: (String) -> Void) {
        if header { sink(names.joined(separator: String(separator)) + "\n") }
        for row in rows { sink(columns.map { let t = $0.values[row].description; return t.contains(",") || t.contains("\"") ? "\"" + t.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : t }.joined(separator: String(separator)) + "\n") }
    }
}
