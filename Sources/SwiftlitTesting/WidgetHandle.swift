public import SwiftlitProtocol

/// A widget found by an ``AppTest`` query: read it, or change what the browser holds for it.
///
/// Changes take effect at the next ``AppTest/run(timeout:)``, as a user's would.
public struct WidgetHandle {
    let test: AppTest
    /// The element and where it is.
    public let view: ElementView

    /// The widget's identity.
    public var id: WidgetID { view.element.widget?.id ?? WidgetID(rawValue: "") }
    /// The widget node as last rendered.
    public var element: Element { view.element }
    /// What the browser holds for it now (including changes not yet run).
    public var value: WidgetValue? { test.widgetValues[id] }

    /// Clicks a button.
    public func click() { test.click(id) }
    /// Sends a message from a chat input.
    public func submit(_ text: String) { test.submit(text, to: id) }
    /// Checks a checkbox or switches a toggle on.
    public func check() { test.setValue(.bool(true), for: id) }
    /// Unchecks a checkbox or switches a toggle off.
    public func uncheck() { test.setValue(.bool(false), for: id) }
    /// Types `text` into a text input or area (replacing its text).
    public func input(_ text: String) { test.setValue(.string(text), for: id) }
    /// Sets a slider or number input.
    public func set(_ number: Int) { test.setValue(.number(Double(number)), for: id) }
    /// Sets a slider or number input.
    public func set(_ number: Double) { test.setValue(.number(number), for: id) }
    /// Sets a two-handle slider.
    public func set(_ range: ClosedRange<Int>) {
        test.setValue(.list([.number(Double(range.lowerBound)), .number(Double(range.upperBound))]), for: id)
    }
    /// Chooses an option of a selectbox or radio by its label.
    public func select(_ label: String) { test.setValue(.string(label), for: id) }
    /// Chooses options of a multiselect by their labels.
    public func select(_ labels: [String]) { test.setValue(.list(labels.map(WidgetValue.string)), for: id) }
    /// Sets any raw value, e.g. a wrong type to test validation.
    public func setRaw(_ value: WidgetValue) { test.setValue(value, for: id) }
}
