import Foundation

extension Table {
    /// Summary statistics of the number columns (integers and numbers), as pandas' `describe()`:
    /// a first column `statistic` with `count`, `mean`, `std`, `min`, `25%`, `50%`, `75%` and `max`,
    /// then one column of numbers per number column.
    ///
    /// ```swift
    /// st.dataframe(sales.describe())
    /// ```
    /// Missing values are left out. `std` is the sample standard deviation (missing with fewer
    /// than two values); percentiles interpolate linearly between values. A table without number
    /// columns gives the `statistic` column alone.
    public func describe() -> Table {
        let statistics = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]
        var result = [Column("statistic", statistics)]
        for column in columns {
            let present: [Double]
            switch column.values {
            case .integers(let values): present = values.prefix(rowCount).compactMap { $0.map(Double.init) }
            case .doubles(let values): present = values.prefix(rowCount).compactMap { $0.flatMap { $0.isNaN ? nil : $0 } }
            default: continue
            }
            result.append(Column(column.name, values: .doubles(Self.summary(of: present))))
        }
        return Table(result)
    }

    /// count, mean, std, min, 25%, 50%, 75%, max of `values`.
    private static func summary(of values: [Double]) -> [Double?] {
        let count = values.count
        guard count > 0 else { return [0, nil, nil, nil, nil, nil, nil, nil] }
        let sorted = values.sorted()
        let mean = values.reduce(0, +) / Double(count)
        // Two passes: the squares of deviations from the mean lose less precision than sums of squares.
        let variance = count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(count - 1) : nil
        func percentile(_ fraction: Double) -> Double {
            let rank = fraction * Double(count - 1)
            let below = Int(rank.rounded(.down))
            let above = Swift.min(below + 1, count - 1)
            return sorted[below] + (sorted[above] - sorted[below]) * (rank - Double(below))
        }
        return [
            Double(count), mean, variance.map { $0.squareRoot() }, sorted[0], percentile(0.25), percentile(0.5),
            percentile(0.75), sorted[count - 1],
        ]
    }
}
