extension VegaLite {
    /// How a field's values map to a channel's range: the scale's type, domain, range or colour scheme.
    ///
    /// ```swift
    /// .y("price", scale: Scale(type: .log))
    /// .color("region", scale: Scale(domain: .values(["North", "South"]), range: .values(["#1f77b4", "#ff7f0e"])))
    /// .x("date", type: .temporal, scale: Scale(domain: .param("brush")))
    /// ```
    public struct Scale: Sendable, Equatable, SpecConvertible {
        var object = SpecObject()

        public init(
            type: ScaleType? = nil, domain: ScaleDomain? = nil, range: ScaleRange? = nil, scheme: String? = nil,
            zero: Bool? = nil, nice: Bool? = nil, reverse: Bool? = nil, clamp: Bool? = nil, padding: Double? = nil
        ) {
            object.set("type", type?.rawValue)
            object.set("domain", domain?.specNode)
            object.set("range", range?.specNode)
            object.set("scheme", scheme)
            object.set("zero", zero)
            object.set("nice", nice)
            object.set("reverse", reverse)
            object.set("clamp", clamp)
            object.set("padding", padding)
        }

        var specNode: SpecNode { object.specNode }
    }

    /// A scale's type.
    public enum ScaleType: String, Sendable, Equatable {
        case linear, log, pow, sqrt, symlog, identity, sequential, time, utc, quantile, quantize, threshold
        case binOrdinal = "bin-ordinal"
        case ordinal, point, band
    }

    /// The values a scale maps from.
    public struct ScaleDomain: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        /// From `bounds.lowerBound` to `bounds.upperBound`.
        public static func range(_ bounds: ClosedRange<Double>) -> ScaleDomain {
            ScaleDomain(specNode: [bounds.lowerBound, bounds.upperBound].specNode)
        }

        /// These numbers (the bounds of a continuous scale, or the values of a discrete one).
        public static func values(_ values: [Double]) -> ScaleDomain { ScaleDomain(specNode: values.specNode) }

        /// These categories, in order.
        public static func values(_ values: [String]) -> ScaleDomain { ScaleDomain(specNode: values.specNode) }

        /// The extent of an interval selection (zooming a detail view to a brushed overview).
        public static func param(_ name: String) -> ScaleDomain {
            ScaleDomain(specNode: SpecObject(["param": name.specNode]).specNode)
        }

        /// The values before aggregation.
        public static let unaggregated = ScaleDomain(specNode: "unaggregated".specNode)

        private init(specNode: SpecNode) { self.specNode = specNode }
    }

    /// The values a scale maps to.
    public struct ScaleRange: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        /// These colours, shapes or other strings, in order.
        public static func values(_ values: [String]) -> ScaleRange { ScaleRange(specNode: values.specNode) }

        /// These numbers (sizes, positions…).
        public static func values(_ values: [Double]) -> ScaleRange { ScaleRange(specNode: values.specNode) }

        /// A named range of the configuration: `category`, `diverging`, `heatmap`, `ordinal`, `ramp`,
        /// `symbol`, `width` or `height`.
        public static func named(_ name: String) -> ScaleRange { ScaleRange(specNode: name.specNode) }

        private init(specNode: SpecNode) { self.specNode = specNode }
    }
}
