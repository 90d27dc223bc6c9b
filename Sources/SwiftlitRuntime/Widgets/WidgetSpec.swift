import SwiftlitMarkdown
import SwiftlitProtocol

/// What the runtime needs to know to resolve one widget call: identity, default, and how its
/// typed value travels to and from the browser.
struct WidgetSpec<Value: Sendable> {
    var kind: Element.Kind
    var label: String
    var key: String?
    var defaultValue: Value
    /// What the browser sends, read as the widget's value; `nil` when it is of the wrong type.
    var decode: @Sendable (WidgetValue) -> Value?
    /// The value as the browser holds it.
    var encode: @Sendable (Value) -> WidgetValue
    /// Words for the value the widget expects, for error messages ("a number").
    var expected: String
    var onChange: WidgetCallback?
    /// What `st.session[key]` holds for a value; `nil` removes the key. Selection widgets map an
    /// option index to the option itself.
    var toSession: @Sendable (Value) -> (any Sendable)? = { $0 }
    /// The widget value for what the app assigned to `st.session[key]`; `nil` when it does not fit.
    var fromSession: @Sendable (any Sendable) -> Value? = { $0 as? Value }
    /// The type `st.session[key]` holds, for error messages.
    var sessionTypeName = String(describing: Value.self)
    /// Whether a value the browser sends and `decode` refuses leaves the widget at its previous
    /// value (the pickers of issue 13) rather than its default (the older widgets).
    var keepsValueWhenRefused = false
}

/// The options every widget shares, bundled so each widget family passes them along in one piece.
struct WidgetOptions {
    var help: String?
    var disabled: Bool
    var labelVisibility: LabelVisibility
    /// `nil` for the widget's default width (see ``ElementWidth/unless(_:)``).
    var width: ElementWidth? = nil

    func info(_ id: WidgetID, label: String) -> WidgetInfo {
        WidgetInfo(
            id: id, label: label, help: help, disabled: disabled, labelVisibility: labelVisibility,
            widthMode: width?.widgetWire.mode, width: width?.widgetWire.points, labelHTML: Markdown.labelHTML(from: label))
    }
}
