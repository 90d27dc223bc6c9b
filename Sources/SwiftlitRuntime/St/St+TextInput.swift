public import SwiftlitProtocol

/// What a text input holds, which changes how the browser shows it.
public enum TextInputType: Sendable {
    /// Plain text.
    case `default`
    /// Masked characters.
    case password
}

extension St {
    /// A one-line text field. Returns its text.
    ///
    /// ```swift
    /// let name = st.textInput("Your name", value: "world")
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - value: The starting text.
    ///   - maxChars: The most characters it accepts.
    ///   - type: `.password` masks the text.
    ///   - placeholder: Shown while it is empty.
    ///   - key: A unique identity; the text is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the field but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` fills the container, `.content` fits the widget, `.points(n)` is n points wide; default `.stretch`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func textInput(
        _ label: String, value: String = "", maxChars: Int? = nil, type: TextInputType = .default,
        placeholder: String? = nil, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> String {
        if let maxChars, maxChars < 1 {
            reportMisuse(.maxCharsBelowOne(maxChars, in: "st.textInput"))
            return value
        }
        let spec = textSpec(.textInput, label, value, maxChars, key, onChange)
        return widget(spec, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))) { info, text in
            .textInput(
                TextInputElement(
                    widget: info, value: text, placeholder: placeholder, maxChars: maxChars, password: type == .password))
        }
    }

    /// A multi-line text field. Returns its text. The parameters are those of
    /// ``textInput(_:value:maxChars:type:placeholder:key:help:disabled:labelVisibility:width:onChange:)``,
    /// plus `height` in pixels.
    @discardableResult
    public func textArea(
        _ label: String, value: String = "", height: Int? = nil, maxChars: Int? = nil, placeholder: String? = nil,
        key: String? = nil, help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> String {
        if let maxChars, maxChars < 1 {
            reportMisuse(.maxCharsBelowOne(maxChars, in: "st.textArea"))
            return value
        }
        let spec = textSpec(.textArea, label, value, maxChars, key, onChange)
        return widget(spec, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))) { info, text in
            .textArea(TextAreaElement(widget: info, value: text, placeholder: placeholder, maxChars: maxChars, height: height))
        }
    }

    private func textSpec(
        _ kind: Element.Kind, _ label: String, _ value: String, _ maxChars: Int?, _ key: String?,
        _ onChange: WidgetCallback?
    ) -> WidgetSpec<String> {
        WidgetSpec(
            kind: kind, label: label, key: key, defaultValue: value,
            decode: { wire in
                switch wire {
                case .string(let text): maxChars.map { String(text.prefix($0)) } ?? text
                case .null: ""
                default: nil
                }
            },
            encode: { .string($0) }, expected: "a string", onChange: onChange)
    }
}
