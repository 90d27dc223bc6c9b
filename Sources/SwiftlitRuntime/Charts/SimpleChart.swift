import SwiftlitProtocol

/// `lineChart`, `areaChart`, `barChart` and `scatterChart`: a Vega-Lite spec over the long-form data
/// of ``SimpleChartData``, with the axes typed as Streamlit types them.
struct SimpleChart: Sendable {
    enum Kind: String, Sendable { case line, area, bar, scatter }

    var kind: Kind
    var data: SimpleChartData
    var xLabel: String?
    var yLabel: String?
    var color: ChartColor?
    var size: ChartSize?
    var stack: ChartStack?
    var horizontal = false

    var draft: ChartDraft {
        ChartDraft(spec: spec, datasets: [data.dataset], selectionParams: [:])
    }

    var spec: JSONValue {
        var encoding: [String: JSONValue] = [:]
        let (xChannel, yChannel, offsetChannel) = horizontal ? ("y", "x", "yOffset") : ("x", "y", "xOffset")
        encoding[xChannel] = xEncoding
        encoding[yChannel] = yEncoding
        var tooltip: [JSONValue] = [tooltipField(data.x, title: xLabel), tooltipField(data.y, title: yLabel)]
        if let series = data.series {
            var colorEncoding = field(series, title: nil)
            if data.melted { colorEncoding["title"] = .null }
            if case .perSeries(let colours) = color {
                colorEncoding["scale"] = [
                    "domain": .array(data.yColumns.map(JSONValue.string)),
                    "range": .array(colours.map(JSONValue.string)),
                ]
            }
            encoding["color"] = colorEncoding
            tooltip.append(tooltipField(series, title: nil))
            if kind == .bar && stack == .unstacked {
                encoding[offsetChannel] = ["field": .string(series.name.vegaLiteField)]
            }
        }
        if let sizeField = data.size {
            encoding["size"] = field(sizeField, title: nil)
            tooltip.append(tooltipField(sizeField, title: nil))
        }
        encoding["tooltip"] = .array(tooltip)
        var spec: JSONValue = [
            "data": ["name": .string(SimpleChartData.datasetName)],
            "mark": mark,
            "encoding": .object(encoding),
        ]
        if let fold = data.fold {
            spec["transform"] = [
                ["fold": .array(fold.columns.map(JSONValue.string)), "as": [.string(fold.key), .string(fold.value)]],
                [
                    "lookup": .string(fold.key),
                    "from": [
                        "data": [
                            "values": .array(
                                zip(fold.columns, fold.names).map { [fold.key: .string($0), fold.series: .string($1)] })
                        ],
                        "key": .string(fold.key), "fields": [.string(fold.series)],
                    ],
                ],
            ]
        }
        if kind != .bar {
            // Streamlit's charts pan and zoom (Altair's `interactive()`).
            spec["params"] = [["name": "zoom", "select": "interval", "bind": "scales"]]
        }
        return spec
    }

    private var mark: JSONValue {
        var mark: [String: JSONValue] = [:]
        switch kind {
        case .line: mark["type"] = "line"
        case .area:
            mark["type"] = "area"
            mark["opacity"] = stack == .unstacked ? 0.4 : 0.7
        case .bar: mark["type"] = "bar"
        case .scatter: mark["type"] = "circle"
        }
        if titlesNeedNoDescriptions { mark["aria"] = false }
        if case .fixed(let colour) = color { mark["color"] = .string(colour) }
        if case .fixed(let area) = size { mark["size"] = .number(area) }
        return .object(mark)
    }

    private var xEncoding: JSONValue {
        var encoding = field(data.x, title: xLabel)
        // Bars stand on categories: numbers on a bar chart's x axis are labels, as in Streamlit.
        if kind == .bar && data.x.type == .number { encoding["type"] = "ordinal" }
        if data.x.type == .time { encoding["scale"] = ["type": "utc"] }
        return encoding
    }

    private var yEncoding: JSONValue {
        var encoding = field(data.y, title: yLabel ?? (data.melted ? .some("value") : nil))
        if kind == .bar || kind == .area {
            switch stack {
            case nil, .stacked?: encoding["stack"] = "zero"
            case .normalized?: encoding["stack"] = "normalize"
            case .centered?: encoding["stack"] = "center"
            case .unstacked?: encoding["stack"] = .null
            }
        }
        return encoding
    }

    /// A tooltip entry, always titled: on one line, its backslashes doubled, because Vega-Lite 6.3
    /// writes tooltip titles into an expression string escaping only their quotes.
    private func tooltipField(_ field: SimpleChartData.Field, title: String?) -> JSONValue {
        var entry = self.field(field, title: nil)
        entry["title"] = .string((title ?? field.name).singleLine.replacingOccurrences(of: "\\", with: "\\\\"))
        return entry
    }

    /// Whether a title has a backslash, which Vega-Lite 6.3 cannot write into the expression of its
    /// marks' ARIA descriptions (the chart would not draw): such charts leave those descriptions out.
    private var titlesNeedNoDescriptions: Bool {
        let titles = [xLabel, yLabel, data.x.name, data.y.name, data.series?.name, data.size?.name].compactMap { $0 }
        return titles.contains { $0.contains("\\") }
    }

    private func field(_ field: SimpleChartData.Field, title: String?) -> JSONValue {
        var encoding: JSONValue = ["field": .string(field.name.vegaLiteField), "type": .string(field.type.vegaLiteType)]
        // Titles on one line: Vega-Lite 6.3 writes them into expressions (marks' ARIA descriptions,
        // tooltips) that a line break in them breaks, and the chart would not draw.
        let named = field.name.vegaLiteField != field.name || field.name.contains(where: \.isNewline)
        if let title = title ?? (named ? field.name : nil) {
            encoding["title"] = .string(title.singleLine)
        }
        return encoding
    }
}

extension Table.ColumnValues.Kind {
    /// The Vega-Lite type of a field of this kind.
    var vegaLiteType: String {
        switch self {
        case .number: "quantitative"
        case .time: "temporal"
        case .text: "nominal"
        }
    }
}

extension JSONValue {
    /// An object's member; setting one on a non-object makes it an object.
    subscript(key: String) -> JSONValue? {
        get {
            guard case .object(let members) = self else { return nil }
            return members[key]
        }
        set {
            var members: [String: JSONValue] = [:]
            if case .object(let existing) = self { members = existing }
            members[key] = newValue
            self = .object(members)
        }
    }
}
