public import SwiftlitProtocol

extension St {
    /// A chart from a Vega-Lite specification, built with ``VegaLite`` or given as JSON.
    ///
    /// ```swift
    /// let chart = VegaLite(.table(sales))
    ///     .mark(.point)
    ///     .encode(.x("price", type: .quantitative), .y("units", type: .quantitative), .color("region"))
    ///     .params(.interval("brush"))
    /// let selection = st.vegaLiteChart(chart, selectionMode: ["brush"], key: "sales")
    /// if let prices = selection["brush"]?.range("price") { st.write("Prices \(prices)") }
    /// ```
    /// Tables the spec uses travel beside it as columns; a rerun that leaves the spec and its data
    /// unchanged sends nothing for the chart.
    /// - Parameters:
    ///   - width: `.stretch` (the container's width), `.content` (the spec's width) or points.
    ///   - height: The chart's height in points; the spec's when `nil`.
    ///   - theme: `.app` follows Swiftlit's light or dark colours; `.library` keeps Vega-Lite's own.
    ///   - selectionMode: The selection parameters (`Param.point`, `Param.interval`) whose values
    ///     return to the app; selecting reruns it. Nothing returns when empty.
    ///   - key: A unique identity for a selectable chart; needed when there are several.
    ///   - onSelect: Runs before the app body of the run a selection causes.
    /// - Returns: What each parameter of `selectionMode` selects, by parameter name.
    @discardableResult
    public func vegaLiteChart(
        _ spec: VegaLite, width: ElementWidth = .stretch, height: Int? = nil, theme: ChartTheme = .app,
        selectionMode: [String] = [], key: String? = nil, onSelect: WidgetCallback? = nil
    ) -> ChartSelection {
        if let problem = spec.problem {
            reportMisuse(.badChartSpec(problem))
            return .none
        }
        return showChart(
            ChartDraft(spec), function: "vegaLiteChart", width: width, height: height, theme: theme,
            selectionMode: selectionMode, key: key, onSelect: onSelect)
    }

    /// Shows a chart, and when `selectionMode` names parameters, returns their selection as a widget.
    func showChart(
        _ draft: ChartDraft, function: String, width: ElementWidth, height: Int?, theme: ChartTheme,
        selectionMode: [String], key: String?, onSelect: WidgetCallback?
    ) -> ChartSelection {
        var element = VegaLiteChartElement(spec: draft.spec, datasets: draft.datasets)
        (element.width, element.fitContent) = width.wire
        element.height = height.map { max(0, $0) }
        element.theme = theme == .app ? nil : theme
        guard !selectionMode.isEmpty else {
            emit(.vegaLiteChart(element))
            return .none
        }
        var reported: [String: SelectionParamInfo.Kind] = [:]
        for name in selectionMode {
            guard let kind = draft.selectionParams[name] else {
                reportMisuse(.unknownSelectionParam(name, known: draft.selectionParams.keys.sorted(), function: function))
                return .none
            }
            reported[name] = kind
        }
        let rules = ChartSelectionRules(params: reported)
        let spec = WidgetSpec(
            kind: .vegaLiteChart, label: "Chart", key: key, defaultValue: ChartSelection.none,
            decode: { rules.decode($0) },
            encode: { $0.isEmpty ? WidgetJSON.noChartSelection : WidgetJSON.encode($0) },
            expected: "a chart selection",
            onChange: onSelect)
        let names = selectionMode.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return widget(spec, WidgetOptions(help: nil, disabled: false, labelVisibility: .collapsed)) { info, _ in
            element.widget = info
            element.selections = names
            return .vegaLiteChart(element)
        }
    }
}
