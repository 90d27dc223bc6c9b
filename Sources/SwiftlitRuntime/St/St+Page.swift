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
    /// left.metric("Revenue", "$1.2M", delta: "+4%")
    /// ```
    /// - Parameters:
    ///   - label: What the figure is.
    ///   - value: The figure.
    ///   - delta: Its change; a leading `-` means down.
    ///   - deltaColor: `.normal` shows up in green, `.inverse` in red, `.off` in grey.
    ///   - help: A tooltip.
    ///   - border: Draws a border around it.
    public func metric(
        _ label: String, _ value: some CustomStringConvertible, delta: String? = nil,
        deltaColor: DeltaColor = .normal, help: String? = nil, border: Bool = false
    ) {
        emit(
            .metric(
                MetricElement(
                    label: label, value: value.description, delta: delta, deltaColor: deltaColor, help: help,
                    border: border)))
    }

    /// A key figure whose change is a number (shown with its sign).
    public func metric(
        _ label: String, _ value: some CustomStringConvertible, delta: Double, deltaColor: DeltaColor = .normal,
        help: String? = nil, border: Bool = false
    ) {
        let text = delta.rounded() == delta && abs(delta) < 1e15 ? String(Int(delta)) : String(delta)
        metric(label, value, delta: delta > 0 ? "+" + text : text, deltaColor: deltaColor, help: help, border: border)
    }

    /// A key figure whose change is a whole number (shown with its sign).
    public func metric(
        _ label: String, _ value: some CustomStringConvertible, delta: Int, deltaColor: DeltaColor = .normal,
        help: String? = nil, border: Bool = false
    ) {
        metric(label, value, delta: Double(delta), deltaColor: deltaColor, help: help, border: border)
    }
}
