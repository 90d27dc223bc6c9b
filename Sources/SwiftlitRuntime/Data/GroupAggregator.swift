import Foundation

/// Reduces one column per group in a single pass over its typed values.
struct GroupAggregator {
    let groupOfRow: [Int]
    let groupCount: Int
    let rowCount: Int

    func aggregate(_ column: Table.Column, _ aggregation: TableAggregation) throws(TableError) -> Table.ColumnValues {
        switch (aggregation, column.values) {
        case (.count, let values):
            var counts = [Int](repeating: 0, count: groupCount)
            for row in 0..<rowCount where !values.isMissing(row) { counts[groupOfRow[row]] += 1 }
            return .integers(counts.map(Optional.some))
        case (.sum, .integers(let values)): return integerSums(values)
        case (.sum, .doubles(let values)): return .doubles(sums(values.map { $0.flatMap { $0.isNaN ? nil : $0 } }).sums)
        case (.sum, .booleans(let values)): return integerSums(values.map { $0.map { $0 ? 1 : 0 } })
        case (.mean, .integers(let values)): return means(values.map { $0.map(Double.init) })
        case (.mean, .doubles(let values)): return means(values.map { $0.flatMap { $0.isNaN ? nil : $0 } })
        case (.mean, .booleans(let values)): return means(values.map { $0.map { $0 ? 1 : 0 } })
        case (.min, let values), (.max, let values):
            let smallest = aggregation == .min
            switch values {
            case .integers(let values): return .integers(extremes(values, smallest))
            case .doubles(let values): return .doubles(extremes(values.map { $0.flatMap { $0.isNaN ? nil : $0 } }, smallest))
            case .booleans(let values): return .booleans(extremes(values.map { $0.map { $0 ? 1 : 0 } }, smallest).map { $0.map { $0 == 1 } })
            case .strings(let values): return .strings(extremes(values, smallest))
            case .dates(let values): return .dates(extremes(values, smallest))
            case .datetimes(let values): return .datetimes(extremes(values, smallest))
            case .json: throw mismatch(column, aggregation, "Use .count for JSON values.")
            }
        case (.sum, _), (.mean, _):
            throw mismatch(column, aggregation, "Use .count, .min or .max for them, or a column of numbers.")
        }
    }

    /// Sums of integers; numbers instead if a sum would not fit in an `Int`.
    private func integerSums(_ values: [Int?]) -> Table.ColumnValues {
        var totals = [Int](repeating: 0, count: groupCount)
        for row in 0..<rowCount {
            guard let value = values[row] else { continue }
            let group = groupOfRow[row]
            let (total, overflow) = totals[group].addingReportingOverflow(value)
            guard !overflow else { return .doubles(sums(values.map { $0.map(Double.init) }).sums) }
            totals[group] = total
        }
        return .integers(totals.map(Optional.some))
    }

    private func sums(_ values: [Double?]) -> (sums: [Double?], counts: [Int]) {
        var totals = [Double](repeating: 0, count: groupCount)
        var counts = [Int](repeating: 0, count: groupCount)
        for row in 0..<rowCount {
            guard let value = values[row] else { continue }
            totals[groupOfRow[row]] += value
            counts[groupOfRow[row]] += 1
        }
        return (totals.map(Optional.some), counts)
    }

    private func means(_ values: [Double?]) -> Table.ColumnValues {
        let (totals, counts) = sums(values)
        return .doubles(zip(totals, counts).map { total, count in count == 0 ? nil : total.map { $0 / Double(count) } })
    }

    private func extremes<Value: Comparable>(_ values: [Value?], _ smallest: Bool) -> [Value?] {
        var result = [Value?](repeating: nil, count: groupCount)
        for row in 0..<rowCount {
            guard let value = values[row] else { continue }
            let group = groupOfRow[row]
            if let current = result[group], smallest ? !(value < current) : !(current < value) { continue }
            result[group] = value
        }
        return result
    }

    private func mismatch(_ column: Table.Column, _ aggregation: TableAggregation, _ suggestion: String) -> TableError {
        .typeMismatch(
            column: column.name, holds: column.values.kindDescription, operation: "The .\(aggregation.rawValue) aggregation",
            suggestion: suggestion)
    }
}
