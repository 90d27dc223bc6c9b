/// The values of the chart widgets. A chart whose selections rerun the app holds its selection as a
/// JSON string widget value (as the table widgets do); these types are its shapes. The server reads
/// them through the chart's rules: only its own parameters, traces and points.

/// What one selection parameter of a Vega-Lite chart holds.
public enum ChartParamSelection: Hashable, Sendable, Codable {
    /// A point selection: each picked mark's values of the parameter's fields (`[{"category": "A"}]`).
    case points([[String: JSONValue]])
    /// An interval selection: each projected field's extent, `[low, high]` for continuous fields
    /// (dates as milliseconds since 1970) or the covered values of a discrete one.
    case interval([String: [JSONValue]])

    private enum CodingKeys: String, CodingKey { case points, interval }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["points", "interval"], in: "chart selection parameter")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard !(container.contains(.points) && container.contains(.interval)) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a selection holds `points` or `interval`, not both"))
        }
        if let points = try container.decodeIfPresent([[String: JSONValue]].self, forKey: .points) {
            self = .points(points)
        } else if let interval = try container.decodeIfPresent([String: [JSONValue]].self, forKey: .interval) {
            self = .interval(interval)
        } else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a selection holds `points` or `interval`"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .points(let points): try container.encode(points, forKey: .points)
        case .interval(let interval): try container.encode(interval, forKey: .interval)
        }
    }

    /// The picked points' field values; empty for an interval.
    public var points: [[String: JSONValue]] {
        if case .points(let points) = self { return points }
        return []
    }

    /// The numeric extent of `field` in an interval selection (dates as milliseconds since 1970).
    public func range(_ field: String) -> ClosedRange<Double>? {
        guard case .interval(let fields) = self, let bounds = fields[field], bounds.count == 2,
            case .number(let low) = bounds[0], case .number(let high) = bounds[1]
        else { return nil }
        return min(low, high)...max(low, high)
    }

    /// The values of a discrete `field` an interval selection covers.
    public func values(_ field: String) -> [JSONValue] {
        guard case .interval(let fields) = self else { return [] }
        return fields[field] ?? []
    }
}

/// What is selected in a Vega-Lite chart, by selection parameter; a parameter holding nothing is
/// absent. On the wire: `{"brush": {"interval": {"x": [1, 5]}}, "pick": {"points": [{"k": "A"}]}}`.
public struct ChartSelection: Hashable, Sendable, Codable {
    public var params: [String: ChartParamSelection]

    public init(_ params: [String: ChartParamSelection] = [:]) {
        self.params = params
    }

    /// Nothing selected.
    public static let none = ChartSelection()

    public var isEmpty: Bool { params.isEmpty }

    /// What the parameter `name` holds; `nil` when nothing.
    public subscript(name: String) -> ChartParamSelection? { params[name] }

    public init(from decoder: any Decoder) throws {
        params = try decoder.singleValueContainer().decode([String: ChartParamSelection].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(params)
    }
}

/// One selected point of a Plotly chart.
public struct PlotlyPoint: Hashable, Sendable, Codable {
    /// The trace's position in the figure's `data`.
    public var curve: Int
    /// The point's position in its trace.
    public var index: Int
    public var x: JSONValue?
    public var y: JSONValue?
    public var z: JSONValue?

    public init(curve: Int, index: Int, x: JSONValue? = nil, y: JSONValue? = nil, z: JSONValue? = nil) {
        self.curve = curve
        self.index = index
        self.x = x
        self.y = y
        self.z = z
    }
}

/// A region a Plotly selection drew: a box's two corners, or a lasso's outline, in axis units.
public struct PlotlyRegion: Hashable, Sendable, Codable {
    public var x: [JSONValue]
    public var y: [JSONValue]

    public init(x: [JSONValue], y: [JSONValue]) {
        self.x = x
        self.y = y
    }
}

/// What is selected in a Plotly chart (Streamlit's `selection` of `on_select`).
public struct PlotlySelection: Hashable, Sendable, Codable {
    public var points: [PlotlyPoint]
    public var boxes: [PlotlyRegion]
    public var lassos: [PlotlyRegion]

    public init(points: [PlotlyPoint] = [], boxes: [PlotlyRegion] = [], lassos: [PlotlyRegion] = []) {
        self.points = points
        self.boxes = boxes
        self.lassos = lassos
    }

    /// Nothing selected.
    public static let none = PlotlySelection()

    public var isEmpty: Bool { points.isEmpty && boxes.isEmpty && lassos.isEmpty }

    /// The selected points' positions in their traces (Streamlit's `point_indices`).
    public var pointIndices: [Int] { points.map(\.index) }

    private enum CodingKeys: String, CodingKey { case points, boxes, lassos }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["points", "boxes", "lassos"], in: "plotly selection")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        points = try container.decodeIfPresent([PlotlyPoint].self, forKey: .points) ?? []
        boxes = try container.decodeIfPresent([PlotlyRegion].self, forKey: .boxes) ?? []
        lassos = try container.decodeIfPresent([PlotlyRegion].self, forKey: .lassos) ?? []
    }
}
