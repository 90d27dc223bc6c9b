public import SwiftlitProtocol

extension St {
    /// A field for a whole number, with − and + buttons. Returns its value.
    ///
    /// ```swift
    /// let copies = st.numberInput("Copies", in: 1...10, value: 1)
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - range: The smallest and largest allowed values; `nil` for no limit.
    ///   - value: The starting value.
    ///   - step: How much − and + change it.
    ///   - format: A printf-style display format such as `%d`.
    ///   - placeholder: Shown while it is empty.
    ///   - key: A unique identity; the value is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the field but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` fills the container, `.content` fits the widget, `.points(n)` is n points wide; default `.stretch`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func numberInput(
        _ label: String, in range: ClosedRange<Int>? = nil, value: Int, step: Int = 1, format: String? = nil,
        placeholder: String? = nil, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> Int {
        let start = range.map { value.clamped(to: $0) } ?? value
        let spec = WidgetSpec(
            kind: .numberInput, label: label, key: key, defaultValue: start,
            decode: { NumericValue.int($0, in: range) }, encode: { .number(Double($0)) }, expected: "a whole number",
            onChange: onChange)
        let number = NumberFormat(
            min: range.map { Double($0.lowerBound) }, max: range.map { Double($0.upperBound) }, step: Double(step),
            integer: true, format: format)
        return widget(spec, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))) { info, current in
            .numberInput(NumberInputElement(widget: info, value: Double(current), number: number, placeholder: placeholder))
        }
    }

    /// A field for a decimal number, with − and + buttons. Returns its value. The parameters are
    /// those of the whole-number version; `step` defaults to 0.01 and `format` to two decimals.
    @discardableResult
    public func numberInput(
        _ label: String, in range: ClosedRange<Double>? = nil, value: Double, step: Double = 0.01,
        format: String? = "%.2f", placeholder: String? = nil, key: String? = nil, help: String? = nil,
        disabled: Bool = false, labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> Double {
        let start = range.map { value.clamped(to: $0) } ?? value
        let spec = WidgetSpec(
            kind: .numberInput, label: label, key: key, defaultValue: start,
            decode: { NumericValue.double($0, in: range) }, encode: { .number($0) }, expected: "a number",
            onChange: onChange)
        let number = NumberFormat(
            min: range?.lowerBound, max: range?.upperBound, step: step, integer: false, format: format)
        return widget(spec, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))) { info, current in
            .numberInput(NumberInputElement(widget: info, value: current, number: number, placeholder: placeholder))
        }
    }
}
