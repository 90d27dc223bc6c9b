extension VegaLite {
    /// How a quantitative field is cut into bins: `.auto`, `Bin(maxbins: 20)`, `Bin(step: 5)`, or
    /// `.binned` for data that is binned already.
    public struct Bin: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        /// Vega-Lite's default binning (`true`).
        public static let auto = Bin(specNode: true.specNode)
        /// The data holds bins already (start in the field, end in `x2`/`y2`).
        public static let binned = Bin(specNode: "binned".specNode)

        /// Bins with at most `maxbins` bins, of width `step`, over `extent`, at nice boundaries or not.
        public init(maxbins: Int? = nil, step: Double? = nil, extent: ClosedRange<Double>? = nil, nice: Bool? = nil) {
            var object = SpecObject()
            object.set("maxbins", maxbins)
            object.set("step", step)
            object.set("extent", extent.map { [$0.lowerBound, $0.upperBound] })
            object.set("nice", nice)
            specNode = object.specNode
        }

        private init(specNode: SpecNode) { self.specNode = specNode }
    }
}
