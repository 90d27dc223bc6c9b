import Foundation
public import SwiftlitProtocol
public import SwiftlitRuntime

extension AppTest {
    /// Every Vega-Lite chart (`vegaLiteChart`, the simple charts and `map`), in reading order.
    public var vegaLiteCharts: [ElementView] { elements(.vegaLiteChart) }
    /// Every Plotly chart, in reading order.
    public var plotlyCharts: [ElementView] { elements(.plotlyChart) }

    /// The Vega-Lite spec a chart shows (its data sets referred to by name; see ``chartData(of:)``),
    /// or the Plotly figure.
    public func chartSpec(of view: ElementView) throws -> JSONValue {
        switch view.element {
        case .vegaLiteChart(let chart): return chart.spec
        case .plotlyChart(let chart): return chart.figure
        default: throw AppTestError.noSuchWidget("chart at \(view.path) (it is a \(view.element.kind.rawValue))")
        }
    }

    /// The data sets of a Vega-Lite chart, by name, as tables (dates read back as numbers of
    /// milliseconds since 1970, as they travel).
    public func chartData(of view: ElementView) throws -> [String: Table] {
        guard case .vegaLiteChart(let chart) = view.element else {
            throw AppTestError.noSuchWidget("Vega-Lite chart at \(view.path) (it is a \(view.element.kind.rawValue))")
        }
        return Dictionary(uniqueKeysWithValues: chart.datasets.map { ($0.name, Table(chartDataset: $0)) })
    }

    /// A selectable Vega-Lite chart: by its key, or the one without a key.
    public func vegaLiteChart(key: String? = nil) throws -> WidgetHandle {
        try key.map { try widget(key: $0) } ?? widget(.vegaLiteChart, "Chart")
    }

    /// A selectable Plotly chart: by its key, or the one without a key.
    public func plotlyChart(key: String? = nil) throws -> WidgetHandle {
        try key.map { try widget(key: $0) } ?? widget(.plotlyChart, "Chart")
    }
}

extension WidgetHandle {
    /// A Vega-Lite chart's selection, as the browser holds it.
    public var chartSelection: ChartSelection { decoded(ChartSelection.self) ?? .none }

    /// Picks points of a point selection parameter, as clicking marks would: each point's field values.
    public func selectPoints(_ param: String, _ points: [[String: JSONValue]]) {
        var selection = chartSelection
        selection.params[param] = points.isEmpty ? nil : .points(points)
        setJSON(selection)
    }

    /// Drags an interval selection: each field's extent (`[low, high]`, dates in milliseconds since 1970).
    public func selectInterval(_ param: String, _ extents: [String: ClosedRange<Double>]) {
        var selection = chartSelection
        selection.params[param] =
            extents.isEmpty
            ? nil : .interval(extents.mapValues { [.number($0.lowerBound), .number($0.upperBound)] })
        setJSON(selection)
    }

    /// A Plotly chart's selection, as the browser holds it.
    public var plotlySelection: PlotlySelection { decoded(PlotlySelection.self) ?? .none }

    /// Selects points and regions of a Plotly chart, as a user would.
    public func selectPlotly(points: [PlotlyPoint] = [], boxes: [PlotlyRegion] = [], lassos: [PlotlyRegion] = []) {
        setJSON(PlotlySelection(points: points, boxes: boxes, lassos: lassos))
    }
}

extension Table {
    /// A chart's data set read back as a table.
    init(chartDataset: ChartDataset) {
        self.init(
            chartDataset.columns.map { column in
                if let numbers = column.optionalNumbers { return Table.Column(column.name, values: .doubles(numbers)) }
                if let booleans = column.optionalBooleans { return Table.Column(column.name, values: .booleans(booleans)) }
                return Table.Column(column.name, values: .strings(column.optionalTexts ?? []))
            })
    }
}
