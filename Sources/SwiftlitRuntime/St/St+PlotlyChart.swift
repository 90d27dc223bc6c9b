import Foundation
public import SwiftlitProtocol

extension St {
    /// A Plotly figure: its `data` traces, `layout` and optional `frames`, as Plotly's JSON.
    ///
    /// ```swift
    /// let figure: JSONValue = .object([
    ///     "data": .array([.object(["type": "scatter", "mode": "markers",
    ///                              "x": .array([1, 2, 3].map(JSONValue.number)),
    ///                              "y": .array([4, 1, 2].map(JSONValue.number))])]),
    ///     "layout": .object(["title": .object(["text": "Scores"])]),
    /// ])
    /// let picked = st.plotlyChart(figure, selectionMode: [.points, .box], key: "scores")
    /// st.write("\(picked.points.count) points selected")
    /// ```
    /// The browser loads plotly.js (served by the app, 4.6 MB) the first time a page shows a Plotly chart.
    /// - Parameters:
    ///   - config: Plotly's `config` object (mode bar buttons, scroll zoom…).
    ///   - width: `.stretch` (the container's width), `.content` (the layout's width) or points.
    ///   - height: The chart's height in points; the layout's, or 450, when `nil`.
    ///   - theme: `.app` follows Swiftlit's light or dark colours; `.library` keeps Plotly's own.
    ///   - selectionMode: What the user can select (points by clicking, a box, a lasso); nothing when
    ///     empty. A selection reruns the app.
    ///   - key: A unique identity for a selectable chart; needed when there are several.
    ///   - onSelect: Runs before the app body of the run a selection causes.
    /// - Returns: The selected points, boxes and lassos.
    @discardableResult
    public func plotlyChart(
        _ figure: JSONValue, config: JSONValue? = nil, width: ElementWidth = .stretch, height: Int? = nil,
        theme: ChartTheme = .app, selectionMode: Set<PlotlySelectionMode> = [], key: String? = nil,
        onSelect: WidgetCallback? = nil
    ) -> PlotlySelection {
        guard case .object(let members) = figure, case .array? = members["data"] else {
            reportMisuse(.notAPlotlyFigure)
            return .none
        }
        var element = PlotlyChartElement(figure: figure)
        element.config = config
        (element.width, element.fitContent) = width.wire
        element.height = height.map { max(0, $0) }
        element.theme = theme == .app ? nil : theme
        guard !selectionMode.isEmpty else {
            emit(.plotlyChart(element))
            return .none
        }
        let modes = PlotlySelectionMode.allCases.filter(selectionMode.contains)
        let rules = PlotlySelectionRules(modes: selectionMode, traceLengths: PlotlySelectionRules.traceLengths(of: figure))
        let spec = WidgetSpec(
            kind: .plotlyChart, label: "Chart", key: key, defaultValue: PlotlySelection.none,
            decode: { rules.decode($0) },
            encode: { $0.isEmpty ? WidgetJSON.noPlotlySelection : WidgetJSON.encode($0) },
            expected: "a Plotly selection",
            onChange: onSelect)
        return widget(spec, WidgetOptions(help: nil, disabled: false, labelVisibility: .collapsed)) { info, _ in
            element.widget = info
            element.selectionModes = modes
            return .plotlyChart(element)
        }
    }

    /// A Plotly figure from its JSON text (what Plotly's `fig.to_json()` writes).
    @discardableResult
    public func plotlyChart(
        json: String, config: JSONValue? = nil, width: ElementWidth = .stretch, height: Int? = nil,
        theme: ChartTheme = .app, selectionMode: Set<PlotlySelectionMode> = [], key: String? = nil,
        onSelect: WidgetCallback? = nil
    ) -> PlotlySelection {
        guard let figure = try? JSONDecoder().decode(JSONValue.self, from: Data(json.utf8)) else {
            reportMisuse(.notAPlotlyFigure)
            return .none
        }
        return plotlyChart(
            figure, config: config, width: width, height: height, theme: theme, selectionMode: selectionMode, key: key,
            onSelect: onSelect)
    }

    /// A Plotly figure from any `Encodable` value that encodes to Plotly's JSON (your own figure types).
    @discardableResult
    public func plotlyChart(
        _ figure: some Encodable, config: JSONValue? = nil, width: ElementWidth = .stretch, height: Int? = nil,
        theme: ChartTheme = .app, selectionMode: Set<PlotlySelectionMode> = [], key: String? = nil,
        onSelect: WidgetCallback? = nil
    ) -> PlotlySelection {
        guard let data = try? JSONEncoder().encode(figure),
            let json = try? JSONDecoder().decode(JSONValue.self, from: data)
        else {
            reportMisuse(.notAPlotlyFigure)
            return .none
        }
        return plotlyChart(
            json, config: config, width: width, height: height, theme: theme, selectionMode: selectionMode, key: key,
            onSelect: onSelect)
    }
}
