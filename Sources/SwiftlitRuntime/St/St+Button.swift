public import SwiftlitProtocol

extension St {
    /// A button. Returns `true` only in the run its click causes.
    ///
    /// ```swift
    /// if st.button("Say hi") { st.write("Hi!") }
    /// st.button("Reset") { state in state["count"] = 0 }
    /// ```
    /// - Parameters:
    ///   - label: The text on the button, also its accessible name and (without `key`) its identity.
    ///   - key: A unique identity, needed when two buttons share a label.
    ///   - help: A tooltip.
    ///   - style: `.primary` for the main action.
    ///   - disabled: Shows the button but ignores clicks.
    ///   - width: `.stretch` fills the container, `.content` fits the widget, `.points(n)` is n points wide; default `.content`.
    ///   - onClick: Runs before the app body of the run the click causes; may change `st.session`.
    @discardableResult
    public func button(
        _ label: String, key: String? = nil, help: String? = nil, style: ButtonStyle = .secondary,
        disabled: Bool = false, width: ElementWidth = .content, onClick: WidgetCallback? = nil
    ) -> Bool {
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: .visible, width: width.unless(.content))
        return run.withBuilder { [placement] builder in
            builder.button(label: label, key: key, formSubmit: false, onClick: onClick, options: options, in: placement) {
                .button(ButtonElement(widget: $0, style: style))
            }
        }
    }

    /// A form's submit button: clicking it sends every widget value of the form at once and
    /// reruns the app. Returns `true` in the run the submission causes.
    ///
    /// ```swift
    /// st.form("signup") { form in
    ///     let name = form.textInput("Name")
    ///     if form.formSubmitButton("Sign up") { st.success("Welcome, \(name)") }
    /// }
    /// ```
    /// Call it on the form's handle; anywhere else it is an error.
    @discardableResult
    public func formSubmitButton(
        _ label: String = "Submit", key: String? = nil, help: String? = nil, style: ButtonStyle = .secondary,
        disabled: Bool = false, width: ElementWidth = .content, onClick: WidgetCallback? = nil
    ) -> Bool {
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: .visible, width: width.unless(.content))
        return run.withBuilder { [placement] builder in
            builder.button(label: label, key: key, formSubmit: true, onClick: onClick, options: options, in: placement) {
                .button(ButtonElement(widget: $0, style: style, formSubmit: true))
            }
        }
    }
}
