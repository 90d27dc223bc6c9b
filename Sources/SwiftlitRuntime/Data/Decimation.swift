/// Reduces a line to what a screen can show: for each of `buckets` equal runs of points, the
/// lowest and the highest (in their order), so peaks survive and the shape is unchanged at
/// screen resolution.
enum Decimation {
    /// The default number of buckets: about one per horizontal pixel pair of a wide chart.
    static let buckets = 400

    static func minMax(x: [Double], y: [Double], buckets: Int = buckets) -> (x: [Double], y: [Double]) {
        let count = min(x.count, y.count)
        guard count > buckets * 2 else { return (Array(x.prefix(count)), Array(y.prefix(count))) }
        var outX: [Double] = []
        var outY: [Double] = []
        outX.reserveCapacity(buckets * 2)
        outY.reserveCapacity(buckets * 2)
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
            for index in low == high ? [low] : [min(low, high), max(low, high)] {
                outX.append(x[index])
                outY.append(y[index])
            }
        }
        return (outX, outY)
    }
}
