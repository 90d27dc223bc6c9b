/// Reduces a line to what a screen can show: for each of `buckets` equal runs of points, the
/// lowest and the highest (in their order), so peaks survive and the shape is unchanged at
/// screen resolution.
enum Decimation {
    /// The default number of buckets: about one per horizontal pixel pair of a wide chart.
    static let buckets = 400

    /// The positions in `y` to keep, in order: all of them for a short line.
    static func minMaxPositions(y: [Double], buckets: Int = buckets) -> [Int] {
        let count = y.count
        guard count > buckets * 2 else { return Array(0..<count) }
        var kept: [Int] = []
        kept.reserveCapacity(buckets * 2)
        for bucket in 0..<buckets {
            let start = bucket * count / buckets
            let end = (bucket + 1) * count / buckets
            guard start < end else { continue }
            var low = start
            var high = start
            for index in start..<end {
                if y[index] < y[low] { low = index }
                if y[index] > y[high] { high = index }
            }
            kept += low == high ? [low] : [min(low, high), max(low, high)]
        }
        return kept
    }
}
