import SwiftlitProtocol

extension RunContext {
    func sessionValue(forKey key: String) -> (any Sendable)? {
        withState { $0.core.store.values[key] }
    }

    func sessionKeys() -> [String] {
        withState { $0.core.store.values.keys.sorted() }
    }

    func setSessionValue<Value: Sendable>(_ value: Value?, forKey key: String) {
        withState { state in
            guard !state.halted else { return }
            if let widget = state.rendered.keyed[key], state.drawn.contains(widget.id) {
                let error = SwiftlitError.widgetKeyAssignedAfterRender(key: key, widget: widget.id)
                reportMisuse(error, in: .root(.main), &state)
                return
            }
            if let value {
                state.core.store.values[key] = value
                state.core.store.assignedKeys.insert(key)
            } else {
                state.core.store.values[key] = nil
                state.core.store.assignedKeys.remove(key)
            }
        }
    }
}
