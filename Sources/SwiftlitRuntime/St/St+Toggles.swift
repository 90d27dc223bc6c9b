public import SwiftlitProtocol

extension St {
    /// A checkbox. Returns whether it is checked.
    ///
    /// ```swift
    /// if st.checkbox("Show details") { st.write(details) }
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - value: Whether it starts checked.
    ///   - key: A unique identity; the value is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the checkbox but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` fills the container, `.content` fits the widget, `.points(n)` is n points wide; default `.content`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func checkbox(
        _ label: String, value: Bool = false, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> Bool {
        boolean(.checkbox, label, value, key, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content)), onChange)
    }

    /// An on/off switch. Returns whether it is on. The parameters are those of ``checkbox(_:value:key:help:disabled:labelVisibility:width:onChange:)``.
    @discardableResult
    public func toggle(
        _ label: String, value: Bool = false, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> Bool {
        boolean(.toggle, label, value, key, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content)), onChange)
    }

    private func boolean(
        _ kind: Element.Kind, _ label: String, _ value: Bool, _ key: String?, _ options: WidgetOptions,
        _ onChange: WidgetCallback?
    ) -> Bool {
        let spec = WidgetSpec(
            kind: kind, label: label, key: key, defaultValue: value,
            decode: { if case .bool(let b) = $0 { b } else { nil } }, encode: { .bool($0) }, expected: "a boolean",
            onChange: onChange)
        return widget(spec, options) { info, checked in
            let element = BooleanElement(widget: info, value: checked)
            return kind == .toggle ? .toggle(element) : .checkbox(element)
        }
    }
}
