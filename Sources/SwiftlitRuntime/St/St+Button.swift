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
    ///   - onClick: Runs before the app body of the run the click causes; may change `st.session`.
    @discardableResult
    public func button(
        _ label: String, key: String? = nil, help: String? = nil, style: ButtonStyle = .secondary,
        disabled: Bool = false, onClick: WidgetCallback? = nil
    ) -> Bool {
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: .visible)
        return run.button(label: label, key: key, onClick: onClick, options: options, in: container) { info in
            .button(ButtonElement(widget: info, style: style))
        }
    }
}
