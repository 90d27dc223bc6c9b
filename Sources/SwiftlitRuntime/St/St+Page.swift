public import SwiftlitProtocol

extension St {
    /// Sets the tab's title and icon, the page width and how the sidebar starts. Several calls
    /// in one run add up; a later value wins.
    ///
    /// ```swift
    /// st.setPageConfig(title: "Sales", icon: "📈", layout: .wide)
    /// ```
    public func setPageConfig(
        title: String? = nil, icon: String? = nil, layout: PageLayout? = nil, initialSidebarState: SidebarState? = nil
    ) {
        let config = PageConfigElement(title: title, icon: icon, layout: layout, initialSidebarState: initialSidebarState)
        run.withBuilder { $0.setPageConfig(config) }
    }

    /// A key figure with its change, e.g. in a row of columns.
    ///
    /// ```swift
    /// left.metric("Revenue", "$1.2M", delta: "+4%", chart: [1.0, 1.1, 1.05, 1.2])
    /// ```
    /// - Parameters:
    ///   - label: What the figure is.
    ///   - value: The figure.
    ///   - delta: Its change; a leading `-` means down.
    ///   - deltaColor: `.normal` shows up in green and down in red, `.inverse` the other way round,
    ///     `.off` in grey.
    ///   - deltaArrow: The arrow when not the one the sign gives: `.up`, `.down` or `.off` (none).
    ///   - help: A tooltip.
    ///   - border: Draws a border around it.
    ///   - chart: A sparkline under the figure, e.g. its recent history.
    ///   - chartType: `.line`, `.bar` or `.area`.
    public func metric(
        _ label: String, _ value: some CustomStringConvertible, delta: String? = nil,
        deltaColor: DeltaColor = .normal, deltaArrow: DeltaArrow? = nil, help: String? = nil, border: Bool = false,
        chart: [Double]? = nil, chartType: MetricChartType = .line
    ) {
        var element = MetricElement(
            label: label, value: value.description, delta: delta, deltaColor: deltaColor, help: help, border: border)
        element.deltaArrow = deltaArrow
        // Points JSON cannot carry (NaN, infinities) are gaps the line skips.
        element.chart = chart.map { $0.filter(\.isFinite) }
        element.chartType = chart == nil || chartType == .line ? nil : chartType
        emit(.metric(element))
    }

    /// A key figure whose change is a number (shown with its sign).
    public func metric(
        _ label: String, _ value: some CustomStringConvertible, delta: Double, deltaColor: DeltaColor = .normal,
        deltaArrow: DeltaArrow? = nil, help: String? = nil, border: Bool = false, chart: [Double]? = nil,
        chartType: MetricChartType = .line
    ) {
        let text = delta.rounded() == delta && abs(delta) < 1e15 ? String(Int(delta)) : String(delta)
        metric(
            label, value, delta: delta > 0 ? "+" + text : text, deltaColor: deltaColor, deltaArrow: deltaArrow, help: help,
            border: border, chart: chart, chartType: chartType)
    }

    /// A key figure whose change is a whole number (shown with its sign).
    public func metric(
        _ label: String, _ value: some CustomStringConvertible, delta: Int, deltaColor: DeltaColor = .normal,
        deltaArrow: DeltaArrow? = nil, help: String? = nil, border: Bool = false, chart: [Double]? = nil,
        chartType: MetricChartType = .line
    ) {
        metric(
            label, value, delta: Double(delta), deltaColor: deltaColor, deltaArrow: deltaArrow, help: help, border: border,
            chart: chart, chartType: chartType)
    }
}
