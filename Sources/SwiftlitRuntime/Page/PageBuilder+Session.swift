import SwiftlitProtocol

extension PageBuilder {
    mutating func sessionValue(forKey key: String) -> (any Sendable)? {
        core.store.usedByApp = true
        return core.store.values[key]
    }

    mutating func sessionKeys() -> [String] {
        core.store.usedByApp = true
        return core.store.values.keys.sorted()
    }

    /// Sets or removes `st.session[key]`; a widget drawn with that key in this run can no longer
    /// be moved this way, which is a misuse.
    mutating func setSessionValue<Value: Sendable>(_ value: Value?, forKey key: String) {
        guard !halted else { return }
        core.store.usedByApp = true
        if let widget = rendered.keyed[key], drawn.contains(widget.id) {
            reportMisuse(.widgetKeyAssignedAfterRender(key: key, widget: widget.id), in: .root(.main))
            return
        }
        if let value {
            core.store.values[key] = value
            core.store.assignedKeys.insert(key)
        } else {
            core.store.values[key] = nil
            core.store.assignedKeys.remove(key)
        }
    }
}
