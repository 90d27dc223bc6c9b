import SwiftlitProtocol

/// A change callback: it runs before the app body of the run the change causes.
public typealias WidgetCallback = @Sendable (SessionState) -> Void

/// The widgets one run rendered: their order, callbacks, keys and places.
struct WidgetRegistry: Sendable {
    /// A widget created with `key:`, and how to turn its wire value into the value `st.session` holds.
    struct KeyedWidget: Sendable {
        var id: WidgetID
        var decode: @Sendable (WidgetValue) -> (any Sendable)?
    }

    /// Where a widget was drawn, what it returns to when its form is cleared, and whether the
    /// user may change it.
    struct Record: Sendable {
        var path: ElementPath
        var form: String?
        /// The default value, as the browser holds it (`nil` for buttons).
        var defaultValue: WidgetValue?
        /// Drawn with `disabled: true`: the server ignores what the browser says of it.
        var disabled = false
    }

    /// Says why the server refuses a value the browser sent (a chat message over `maxChars`), or
    /// `nil` when it accepts it.
    typealias Refusal = @Sendable (WidgetValue) -> String?

    private(set) var order: [WidgetID] = []
    private(set) var callbacks: [WidgetID: WidgetCallback] = [:]
    private(set) var keyed: [String: KeyedWidget] = [:]
    private(set) var records: [WidgetID: Record] = [:]
    /// The widgets that check the values the browser sends (chat inputs); kept apart from the
    /// records so that every other widget of every idle session costs nothing for it.
    private var refusals: [WidgetID: Refusal] = [:]

    /// Whether `id` was rendered.
    func contains(_ id: WidgetID) -> Bool { records[id] != nil }

    /// Whether `id` was rendered disabled: its clicks and values from the browser do not count.
    func isDisabled(_ id: WidgetID) -> Bool { records[id]?.disabled == true }

    /// Why `id` refuses `value`, or `nil` when it takes it.
    func refusal(of value: WidgetValue, for id: WidgetID) -> String? { refusals[id]?(value) }

    /// Records a widget; returns `false` when one with the same identity was already rendered.
    mutating func register(
        _ id: WidgetID, record: Record, key: String?, callback: WidgetCallback?,
        decode: (@Sendable (WidgetValue) -> (any Sendable)?)?, refusal: Refusal? = nil
    ) -> Bool {
        guard records[id] == nil else { return false }
        records[id] = record
        if let refusal { refusals[id] = refusal }
        order.append(id)
        if let callback { callbacks[id] = callback }
        if let key, let decode { keyed[key] = KeyedWidget(id: id, decode: decode) }
        return true
    }

    /// Forgets the widgets drawn inside the container at `path` (a fragment about to rerun).
    mutating func removeWidgets(under path: ElementPath) {
        let removed = Set(records.filter { $0.value.path.isInside(path) }.map(\.key))
        guard !removed.isEmpty else { return }
        order.removeAll { removed.contains($0) }
        for id in removed {
            records[id] = nil
            callbacks[id] = nil
            refusals[id] = nil
        }
        keyed = keyed.filter { !removed.contains($0.value.id) }
    }
}

extension ElementPath {
    /// Whether this path is strictly inside the container at `ancestor`.
    func isInside(_ ancestor: ElementPath) -> Bool {
        indices.count > ancestor.indices.count && indices.starts(with: ancestor.indices)
    }
}
