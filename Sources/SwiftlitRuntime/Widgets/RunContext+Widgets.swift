import SwiftlitProtocol

extension RunContext {
    /// Resolves a value widget: finds its current value (assigned in `st.session`, sent by the
    /// browser, or the default), records it, renders the widget and returns the value.
    func widget<Value: Sendable>(
        _ spec: WidgetSpec<Value>, options: WidgetOptions, in container: ElementPath,
        render: (WidgetInfo, Value) -> Element
    ) -> Value {
        let id = spec.id
        return withState { state in
            guard !state.halted else { return spec.defaultValue }
            let (decode, toSession) = (spec.decode, spec.toSession)
            let sessionDecode: @Sendable (WidgetValue) -> (any Sendable)? = { decode($0).flatMap(toSession) }
            guard state.rendered.register(id, key: spec.key, callback: spec.onChange, decode: sessionDecode) else {
                reportMisuse(.duplicateWidget(id, kind: spec.kind, label: spec.label), in: container, &state)
                return spec.defaultValue
            }
            guard let value = currentValue(of: spec, id: id, in: container, &state) else { return spec.defaultValue }
            state.core.widgetValues[id] = spec.encode(value)
            if let key = spec.key { state.core.store.values[key] = spec.toSession(value) }
            appendUnchecked(render(options.info(id, label: spec.label), value), in: container, &state)
            return value
        }
    }

    /// Resolves a button: `true` only in the run its click caused.
    func button(
        label: String, key: String?, onClick: WidgetCallback?, options: WidgetOptions, in container: ElementPath,
        render: (WidgetInfo) -> Element
    ) -> Bool {
        let id = WidgetID(kind: .button, label: label, key: key)
        return withState { state in
            guard !state.halted else { return false }
            guard state.rendered.register(id, key: nil, callback: onClick, decode: nil) else {
                reportMisuse(.duplicateWidget(id, kind: .button, label: label), in: container, &state)
                return false
            }
            appendUnchecked(render(options.info(id, label: label)), in: container, &state)
            return state.triggers.contains(id)
        }
    }

    /// The value a widget shows in this run; `nil` after a misuse was reported.
    private func currentValue<Value: Sendable>(
        of spec: WidgetSpec<Value>, id: WidgetID, in container: ElementPath, _ state: inout State
    ) -> Value? {
        if let key = spec.key, state.core.store.assignedKeys.contains(key) {
            state.core.store.assignedKeys.remove(key)
            guard let assigned = state.core.store.values[key] else { return spec.defaultValue }
            guard let value = spec.fromSession(assigned) else {
                let error = SwiftlitError.sessionValueType(
                    key: key, found: type(of: assigned), expected: spec.sessionTypeName, widget: id)
                reportMisuse(error, in: container, &state)
                return nil
            }
            return value
        }
        guard let wire = state.core.widgetValues[id] else { return spec.defaultValue }
        if let value = spec.decode(wire) { return value }
        let message =
            "widget '\(id)' expects \(spec.expected), but the browser sent \(wire.typeDescription); "
            + "it shows its default value instead"
        options.logger.notice("session \(sessionID): \(message)")
        client.send(.error(ProtocolErrorMessage(code: .invalidWidgetValue, message: message)))
        return spec.defaultValue
    }

    /// Whether this run has rendered the widget `id` so far.
    func hasRendered(_ id: WidgetID) -> Bool { withState { $0.rendered.contains(id) } }
}
