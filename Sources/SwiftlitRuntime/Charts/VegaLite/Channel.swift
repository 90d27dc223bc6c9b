extension VegaLite {
    /// One encoding channel and what it shows: `.x("month", type: .temporal)`, `.y("revenue", aggregate: .sum)`,
    /// `.color(.value("steelblue"))`… Every channel has a one-line constructor taking a field and the
    /// options Vega-Lite gives that channel (a position has an axis, a colour a legend), and one taking a
    /// ``ChannelDef`` (a constant value, a datum or a field).
    ///
    /// ```swift
    /// chart.encode(
    ///     .x("month", type: .temporal, timeUnit: .yearmonth),
    ///     .y("revenue", aggregate: .sum, axis: Axis(format: "$,.0f")),
    ///     .color("region", legend: Legend(title: "Region")),
    ///     .tooltip([.field("region"), .field("revenue", aggregate: .sum, format: "$,.0f")]))
    /// ```
    public struct Channel: Sendable, Equatable {
        /// The channel's Vega-Lite name.
        public let name: ChannelName
        /// The channel's definition: an object, or an array for several tooltip or detail fields.
        let definition: SpecNode

        init(_ name: ChannelName, _ definition: SpecNode) {
            self.name = name
            self.definition = definition
        }

        /// Any channel with any definition: for channels or options this API does not name.
        public static func custom(_ name: ChannelName, _ definition: ChannelDef) -> Channel {
            Channel(name, definition.specNode)
        }
    }
}
