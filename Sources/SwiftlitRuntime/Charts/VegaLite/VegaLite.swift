public import SwiftlitProtocol

/// A Vega-Lite 6 chart specification, built from typed parts: what `st.vegaLiteChart` shows.
///
/// A unit view is data, a mark and an encoding of fields into channels. Revenue per category:
/// ```swift
/// let chart = VegaLite(.table(sales))
///     .mark(.bar)
///     .encode(.x("category"), .y("revenue", aggregate: .sum, title: "Revenue"))
///     .title("Revenue per category")
/// ```
/// A scatter plot whose brushed points keep their colour:
/// ```swift
/// VegaLite(.table(cars))
///     .mark(.point)
///     .encode(
///         .x("horsepower", type: .quantitative), .y("mpg", type: .quantitative),
///         .color(condition: .param("brush", .field("origin", type: .nominal)), otherwise: .value("lightgray")))
///     .params(.interval("brush", encodings: [.x, .y]))
/// ```
/// Views combine with ``layer(_:data:)``, ``hconcat(_:data:)``, ``vconcat(_:data:)``,
/// ``concat(_:columns:data:)`` and ``facet(_:row:column:columns:data:)``; ``init(json:)`` takes any
/// raw Vega-Lite. ``json`` is the spec to render and ``datasets`` the tables it refers to by name.
public struct VegaLite: Sendable, Equatable {
    /// The spec's top-level properties, by Vega-Lite key.
    var members: [String: SpecNode]
    /// Raw JSON given to ``init(json:)`` that is not an object, kept to be reported (see ``problem``).
    var notAnObject: JSONValue?

    /// A unit view of `data` (or of the data of the view it is layered or concatenated into).
    public init(_ data: ChartData? = nil) {
        members = [:]
        if let data { members["data"] = .data(data) }
    }

    init(members: [String: SpecNode]) { self.members = members }

    /// This spec with `key` set to `node`.
    func setting(_ key: String, _ node: SpecNode) -> VegaLite {
        var copy = self
        copy.members[key] = node
        return copy
    }

    /// This spec with `items` added to the array under `key` (params and transforms add up).
    func appending(_ key: String, _ items: [SpecNode]) -> VegaLite {
        var existing: [SpecNode] = []
        switch members[key] {
        case .array(let nodes): existing = nodes
        case .json(.array(let values)): existing = values.map(SpecNode.json)
        default: break
        }
        return setting(key, .array(existing + items))
    }

    /// The mark: `.bar`, `.line.point(true).interpolate(.monotone)`, `.arc.innerRadius(50)`…
    public func mark(_ mark: Mark) -> VegaLite { setting("mark", mark.specNode) }

    /// Maps fields or constant values to visual channels; a channel given again replaces the earlier one.
    ///
    /// ```swift
    /// chart.encode(.x("month", type: .temporal, timeUnit: .yearmonth), .y("revenue", aggregate: .sum))
    /// ```
    public func encode(_ channels: Channel...) -> VegaLite { encode(channels) }

    /// Maps fields or constant values to visual channels (see ``encode(_:)-(Channel...)``).
    public func encode(_ channels: [Channel]) -> VegaLite {
        var encoding = SpecObject(members["encoding"]?.members ?? [:])
        for channel in channels { encoding[channel.name.rawValue] = channel.definition }
        return setting("encoding", encoding.specNode)
    }

    /// Adds transforms, applied in order before encoding: `.filter("datum.revenue > 0")`,
    /// `.calculate("datum.price * datum.count", as: "revenue")`…
    public func transform(_ transforms: Transform...) -> VegaLite { transform(transforms) }

    /// Adds transforms, applied in order before encoding.
    public func transform(_ transforms: [Transform]) -> VegaLite {
        appending("transform", transforms.map(\.specNode))
    }

    /// Adds parameters: selections (`.point("pick", fields: ["category"])`,
    /// `.interval("brush", encodings: [.x])`) and values bound to inputs.
    public func params(_ params: Param...) -> VegaLite { self.params(params) }

    /// Adds parameters: selections and values bound to inputs.
    public func params(_ params: [Param]) -> VegaLite { appending("params", params.map(\.specNode)) }

    /// The chart's title.
    public func title(_ title: String) -> VegaLite { setting("title", title.specNode) }

    /// The chart's title with a subtitle.
    public func title(_ title: String, subtitle: String) -> VegaLite {
        var object = SpecObject()
        object.set("text", title)
        object.set("subtitle", subtitle)
        return setting("title", object.specNode)
    }

    /// A description of the chart, for screen readers.
    public func description(_ text: String) -> VegaLite { setting("description", text.specNode) }

    /// The width of the plot area in points.
    public func width(_ points: Int) -> VegaLite { setting("width", points.specNode) }

    /// The width: the container's (`.container`) or a step per discrete value (`.step(20)`).
    public func width(_ size: ViewSize) -> VegaLite { setting("width", size.specNode) }

    /// The height of the plot area in points.
    public func height(_ points: Int) -> VegaLite { setting("height", points.specNode) }

    /// The height: the container's (`.container`) or a step per discrete value (`.step(20)`).
    public func height(_ size: ViewSize) -> VegaLite { setting("height", size.specNode) }

    /// The map projection of `geoshape` marks and longitude/latitude channels.
    public func projection(_ projection: Projection) -> VegaLite { setting("projection", projection.specNode) }

    /// The map projection of `type` with its default centre and scale.
    public func projection(_ type: ProjectionType) -> VegaLite { projection(Projection(type)) }

    /// The view's data (replacing any set before).
    public func data(_ data: ChartData) -> VegaLite { setting("data", .data(data)) }

    /// Any other Vega-Lite property of this view (`config`, `background`, `autosize`…), as raw JSON.
    ///
    /// ```swift
    /// chart.property("background", .string("#fafafa"))
    /// ```
    public func property(_ key: String, _ value: JSONValue) -> VegaLite { setting(key, .json(value)) }
}

/// A view's width or height other than a number of points.
public struct ViewSize: Sendable, Equatable, SpecConvertible {
    let specNode: SpecNode

    /// As wide (or high) as the element that holds the chart.
    public static let container = ViewSize(specNode: "container".specNode)

    /// `points` per discrete value of the x (or y) field.
    public static func step(_ points: Double) -> ViewSize {
        ViewSize(specNode: SpecObject(["step": points.specNode]).specNode)
    }
}
