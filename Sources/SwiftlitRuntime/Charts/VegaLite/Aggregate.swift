extension VegaLite {
    /// How a field's values are summarised per group: `.sum`, `.mean`, `.count`…, or the row with the
    /// largest or smallest value of another field (`.argmax("price")`).
    public enum Aggregate: Sendable, Equatable, SpecConvertible {
        case count, valid, values, missing, distinct, sum, product, mean, average, variance, variancep
        case stdev, stdevp, stderr, median, q1, q3, ci0, ci1, min, max
        /// The row with the largest value of the field.
        case argmax(String)
        /// The row with the smallest value of the field.
        case argmin(String)

        /// The operation's Vega-Lite name (for `argmax`/`argmin`, the name of the operation itself).
        var name: String {
            switch self {
            case .count: "count"
            case .valid: "valid"
            case .values: "values"
            case .missing: "missing"
            case .distinct: "distinct"
            case .sum: "sum"
            case .product: "product"
            case .mean: "mean"
            case .average: "average"
            case .variance: "variance"
            case .variancep: "variancep"
            case .stdev: "stdev"
            case .stdevp: "stdevp"
            case .stderr: "stderr"
            case .median: "median"
            case .q1: "q1"
            case .q3: "q3"
            case .ci0: "ci0"
            case .ci1: "ci1"
            case .min: "min"
            case .max: "max"
            case .argmax: "argmax"
            case .argmin: "argmin"
            }
        }

        var specNode: SpecNode {
            switch self {
            case .argmax(let field), .argmin(let field): SpecObject([name: field.specNode]).specNode
            default: name.specNode
            }
        }
    }
}
