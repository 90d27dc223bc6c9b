public import SwiftlitProtocol

extension St {
    /// A slider over whole numbers. Returns its value.
    ///
    /// ```swift
    /// let n = st.slider("Repeat", in: 1...10, value: 3)
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - range: The smallest and largest values.
    ///   - value: The starting value; the smallest value when omitted.
    ///   - step: The distance between two stops.
    ///   - format: A printf-style display format such as `%d%%`.
    ///   - key: A unique identity; the value is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the slider but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` fills the container, `.content` fits the widget, `.points(n)` is n points wide; default `.stretch`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func slider(
        _ label: String, in range: ClosedRange<Int>, value: Int? = nil, step: Int = 1, format: String? = nil,
        key: String? = nil, help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> Int {
        let spec = WidgetSpec(
            kind: .slider, label: label, key: key, defaultValue: (value ?? range.lowerBound).clamped(to: range),
            decode: { NumericValue.int($0, in: range) }, encode: { .number(Double($0)) }, expected: "a whole number",
            onChange: onChange)
        return slider(spec, intFormat(range, step, format), help, disabled, labelVisibility, width) { [Double($0)] }
    }

    /// A two-handle slider over whole numbers. Returns the chosen range.
    ///
    /// ```swift
    /// let years = st.slider("Years", in: 1990...2030, value: 2000...2020)
    /// ```
    @discardableResult
    public func slider(
        _ label: String, in range: ClosedRange<Int>, value: ClosedRange<Int>, step: Int = 1, format: String? = nil,
        key: String? = nil, help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> ClosedRange<Int> {
        let start = value.lowerBound.clamped(to: range)...value.upperBound.clamped(to: range)
        let spec = WidgetSpec(
            kind: .slider, label: label, key: key, defaultValue: start,
            decode: { NumericValue.intRange($0, in: range) },
            encode: { .list([.number(Double($0.lowerBound)), .number(Double($0.upperBound))]) },
            expected: "two whole numbers", onChange: onChange)
        return slider(spec, intFormat(range, step, format), help, disabled, labelVisibility, width) {
            [Double($0.lowerBound), Double($0.upperBound)]
        }
    }

    /// A slider over decimal numbers. Returns its value.
    @discardableResult
    public func slider(
        _ label: String, in range: ClosedRange<Double>, value: Double? = nil, step: Double = 0.01,
        format: String? = nil, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> Double {
        let spec = WidgetSpec(
            kind: .slider, label: label, key: key, defaultValue: (value ?? range.lowerBound).clamped(to: range),
            decode: { NumericValue.double($0, in: range) }, encode: { .number($0) }, expected: "a number",
            onChange: onChange)
        return slider(spec, doubleFormat(range, step, format), help, disabled, labelVisibility, width) { [$0] }
    }

    /// A two-handle slider over decimal numbers. Returns the chosen range.
    @discardableResult
    public func slider(
        _ label: String, in range: ClosedRange<Double>, value: ClosedRange<Double>, step: Double = 0.01,
        format: String? = nil, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> ClosedRange<Double> {
        let start = value.lowerBound.clamped(to: range)...value.upperBound.clamped(to: range)
        let spec = WidgetSpec(
            kind: .slider, label: label, key: key, defaultValue: start,
            decode: { NumericValue.doubleRange($0, in: range) },
            encode: { .list([.number($0.lowerBound), .number($0.upperBound)]) }, expected: "two numbers",
            onChange: onChange)
        return slider(spec, doubleFormat(range, step, format), help, disabled, labelVisibility, width) {
            [$0.lowerBound, $0.upperBound]
        }
    }

    private func slider<Value>(
        _ spec: WidgetSpec<Value>, _ number: NumberFormat, _ help: String?, _ disabled: Bool,
        _ labelVisibility: LabelVisibility, _ width: ElementWidth, numbers: (Value) -> [Double]
    ) -> Value {
        widget(spec, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))) { info, current in
            .slider(SliderElement(widget: info, value: numbers(current), number: number))
        }
    }

    private func intFormat(_ range: ClosedRange<Int>, _ step: Int, _ format: String?) -> NumberFormat {
        NumberFormat(
            min: Double(range.lowerBound), max: Double(range.upperBound), step: Double(max(step, 1)), integer: true,
            format: format)
    }

    private func doubleFormat(_ range: ClosedRange<Double>, _ step: Double, _ format: String?) -> NumberFormat {
        NumberFormat(min: range.lowerBound, max: range.upperBound, step: step, integer: false, format: format)
    }
}
