import SwiftlitProtocol

/// A misuse of the Swiftlit API, shown on the page where it happened.
///
/// Every message says what to change. The run stops at the misuse, as it would at an error.
public struct SwiftlitError: Error, Sendable, CustomStringConvertible {
    private enum Code: Sendable {
        case duplicateWidget, widgetKeyAssignedAfterRender, sessionValueType
    }

    private let code: Code
    /// What went wrong and what to do about it.
    public let message: String

    private init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }

    static func duplicateWidget(_ id: WidgetID, kind: Element.Kind, label: String) -> SwiftlitError {
        SwiftlitError(
            .duplicateWidget,
            "There are two \(kind.rawValue) widgets with the identity '\(id)' in this run. Give each one a unique "
                + "key, for example st.\(kind.rawValue)(\"\(label)\", key: \"\(label)-2\").")
    }

    static func widgetKeyAssignedAfterRender(key: String, widget: WidgetID) -> SwiftlitError {
        SwiftlitError(
            .widgetKeyAssignedAfterRender,
            "st.session[\"\(key)\"] cannot be changed after the widget '\(widget)' with that key was created in this "
                + "run. Change it before the widget, or in the widget's onChange callback.")
    }

    static func sessionValueType(key: String, found: Any.Type, expected: String, widget: WidgetID) -> SwiftlitError {
        SwiftlitError(
            .sessionValueType,
            "st.session[\"\(key)\"] holds a \(found), but the widget '\(widget)' needs a \(expected). Store a "
                + "\(expected) under that key, or use another key.")
    }
}
