import SwiftlitProtocol

/// A change callback: it runs before the app body of the run the change causes.
public typealias WidgetCallback = @Sendable (SessionState) -> Void

/// The widgets one run rendered: their order, callbacks and keys.
struct WidgetRegistry: Sendable {
    /// A widget created with `key:`, and how to turn its wire value into the value `st.session` holds.
    struct KeyedWidget: Sendable {
        var id: WidgetID
        var decode: @Sendable (WidgetValue) -> (any Sendable)?
    }

    private(set) var order: [WidgetID] = []
    private(set) var callbacks: [WidgetID: WidgetCallback] = [:]
    private(set) var keyed: [String: KeyedWidget] = [:]
    private var rendered: Set<WidgetID> = []

    /// Whether `id` was rendered.
    func contains(_ id: WidgetID) -> Bool { rendered.contains(id) }

    /// Records a widget; returns `false` when one with the same identity was already rendered.
    mutating func register(
        _ id: WidgetID, key: String?, callback: WidgetCallback?, decode: (@Sendable (WidgetValue) -> (any Sendable)?)?
    ) -> Bool {
        guard rendered.insert(id).inserted else { return false }
        order.append(id)
        if let callback { callbacks[id] = callback }
        if let key, let decode { keyed[key] = KeyedWidget(id: id, decode: decode) }
        return true
    }
}
