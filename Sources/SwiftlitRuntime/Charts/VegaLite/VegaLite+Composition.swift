/// Views made of other views: layers, concatenations and facets.
extension VegaLite {
    /// Views drawn on top of each other, sharing scales: a line with a rule at its mean.
    ///
    /// ```swift
    /// let line = VegaLite().mark(.line).encode(.x("day", type: .temporal), .y("visits"))
    /// let mean = VegaLite().mark(.rule.color("firebrick")).encode(.y("visits", aggregate: .mean))
    /// VegaLite.layer([line, mean], data: .table(traffic))
    /// ```
    public static func layer(_ views: [VegaLite], data: ChartData? = nil) -> VegaLite {
        composition("layer", views, data: data)
    }

    /// Views side by side.
    public static func hconcat(_ views: [VegaLite], data: ChartData? = nil) -> VegaLite {
        composition("hconcat", views, data: data)
    }

    /// Views one above the other.
    public static func vconcat(_ views: [VegaLite], data: ChartData? = nil) -> VegaLite {
        composition("vconcat", views, data: data)
    }

    /// Views in a grid of `columns` columns.
    public static func concat(_ views: [VegaLite], columns: Int, data: ChartData? = nil) -> VegaLite {
        composition("concat", views, data: data).setting("columns", columns.specNode)
    }

    /// `spec` repeated for each value of `row` and/or `column` (a grid), or, with `columns` and
    /// only one of them, for each value of that field wrapped into `columns` columns.
    ///
    /// ```swift
    /// let bars = VegaLite().mark(.bar).encode(.x("month", type: .ordinal), .y("revenue", aggregate: .sum))
    /// VegaLite.facet(bars, column: Field("region"), data: .table(sales))
    /// ```
    public static func facet(
        _ spec: VegaLite, row: Field? = nil, column: Field? = nil, columns: Int? = nil, data: ChartData? = nil
    ) -> VegaLite {
        var facet = SpecObject()
        var result = VegaLite(data)
        if let columns, (row == nil) != (column == nil), let wrapped = row ?? column {
            result = result.setting("columns", columns.specNode)
            facet = SpecObject(wrapped.members)
        } else {
            facet.set("row", row?.specNode)
            facet.set("column", column?.specNode)
            if let columns { result = result.setting("columns", columns.specNode) }
        }
        return result.setting("facet", facet.specNode).setting("spec", .object(spec.members))
    }

    /// Whether the views of a composition share a scale, axis or legend per channel, or each has its own.
    ///
    /// ```swift
    /// VegaLite.layer([bars, line]).resolve(scale: [.y: .independent])
    /// ```
    public func resolve(
        scale: [ChannelName: ResolveMode] = [:], axis: [ChannelName: ResolveMode] = [:],
        legend: [ChannelName: ResolveMode] = [:]
    ) -> VegaLite {
        var resolve = SpecObject(members["resolve"]?.members ?? [:])
        for (key, modes) in [("scale", scale), ("axis", axis), ("legend", legend)] where !modes.isEmpty {
            var object = SpecObject(resolve[key]?.members ?? [:])
            for (channel, mode) in modes { object.set(channel.rawValue, mode.rawValue) }
            resolve[key] = object.specNode
        }
        return setting("resolve", resolve.specNode)
    }

    /// The space between the views of a concatenation or facet, in points.
    public func spacing(_ points: Int) -> VegaLite { setting("spacing", points.specNode) }

    private static func composition(_ key: String, _ views: [VegaLite], data: ChartData?) -> VegaLite {
        VegaLite(data).setting(key, .array(views.map { .object($0.members) }))
    }
}

/// Whether the views of a composition share a scale, axis or legend, or each has its own.
public enum ResolveMode: String, Sendable, Equatable {
    case shared, independent
}
