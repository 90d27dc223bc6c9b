extension VegaLite {
    /// A position channel's axis; ``hidden`` hides it.
    ///
    /// ```swift
    /// .x("date", type: .temporal, axis: Axis(title: "Day", format: "%b %d", labelAngle: -45))
    /// .y("count", axis: .hidden)
    /// ```
    public struct Axis: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        /// No axis (Vega-Lite's `"axis": null`).
        public static let hidden = Axis(specNode: .null)

        public init(
            title: String? = nil, format: String? = nil, labelAngle: Double? = nil, grid: Bool? = nil,
            tickCount: Int? = nil, labels: Bool? = nil, ticks: Bool? = nil, orient: AxisOrient? = nil,
            values: [Double]? = nil
        ) {
            var object = SpecObject()
            object.set("title", title)
            object.set("format", format)
            object.set("labelAngle", labelAngle)
            object.set("grid", grid)
            object.set("tickCount", tickCount)
            object.set("labels", labels)
            object.set("ticks", ticks)
            object.set("orient", orient?.rawValue)
            object.set("values", values)
            specNode = object.specNode
        }

        private init(specNode: SpecNode) { self.specNode = specNode }
    }

    /// The side of the chart an axis is on.
    public enum AxisOrient: String, Sendable, Equatable {
        case top, bottom, left, right
    }

    /// A mark property channel's legend; ``hidden`` hides it.
    ///
    /// ```swift
    /// .color("region", legend: Legend(title: "Region", orient: .bottom))
    /// ```
    public struct Legend: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        /// No legend (Vega-Lite's `"legend": null`).
        public static let hidden = Legend(specNode: .null)

        public init(
            title: String? = nil, orient: LegendOrient? = nil, format: String? = nil, direction: Orientation? = nil,
            columns: Int? = nil, symbolType: String? = nil
        ) {
            var object = SpecObject()
            object.set("title", title)
            object.set("orient", orient?.rawValue)
            object.set("format", format)
            object.set("direction", direction?.rawValue)
            object.set("columns", columns)
            object.set("symbolType", symbolType)
            specNode = object.specNode
        }

        private init(specNode: SpecNode) { self.specNode = specNode }
    }

    /// Where a legend is placed.
    public enum LegendOrient: String, Sendable, Equatable {
        case none, left, right, top, bottom
        case topLeft = "top-left", topRight = "top-right", bottomLeft = "bottom-left", bottomRight = "bottom-right"
    }

    /// Horizontal or vertical.
    public enum Orientation: String, Sendable, Equatable {
        case horizontal, vertical
    }

    /// The header of a facet's rows or columns.
    public struct Header: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        public init(
            title: String? = nil, labelAngle: Double? = nil, labelOrient: AxisOrient? = nil,
            titleOrient: AxisOrient? = nil, format: String? = nil, labels: Bool? = nil
        ) {
            var object = SpecObject()
            object.set("title", title)
            object.set("labelAngle", labelAngle)
            object.set("labelOrient", labelOrient?.rawValue)
            object.set("titleOrient", titleOrient?.rawValue)
            object.set("format", format)
            object.set("labels", labels)
            specNode = object.specNode
        }
    }

    /// The field a facet splits the data by.
    ///
    /// ```swift
    /// VegaLite.facet(bars, column: Field("region", header: Header(title: nil, labelAngle: 0)))
    /// ```
    public struct Field: Sendable, Equatable, SpecConvertible {
        var members: [String: SpecNode]

        public init(
            _ field: String, type: FieldType? = nil, title: String? = nil, timeUnit: TimeUnit? = nil, bin: Bin? = nil,
            sort: Sort? = nil, header: Header? = nil
        ) {
            var object = SpecObject()
            object.set("field", field)
            object.set("type", type?.rawValue)
            object.set("title", title)
            object.set("timeUnit", timeUnit)
            object.set("bin", bin)
            object.set("sort", sort)
            object.set("header", header)
            members = object.members
        }

        var specNode: SpecNode { .object(members) }
    }
}
