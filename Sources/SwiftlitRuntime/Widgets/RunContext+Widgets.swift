import SwiftlitProtocol

extension RunContext {
    /// Resolves a value widget: finds its current value (assigned in `st.session`, sent by the
    /// browser, or the default), records it, renders the widget and returns the value.
    func widget<Value: Sendable>(
        _ spec: WidgetSpec<Value>, options: WidgetOptions, in placement: Placement,
        render: (WidgetInfo, Value) -> Element
    ) -> Value {
        let id = spec.id
        return withState { state in
            guard !state.halted else { return spec.defaultValue }
            if placement.form != nil, spec.onChange != nil {
                reportMisuse(.callbackInForm(id), in: placement, &state)
                return spec.defaultValue
            }
            let (decode, toSession) = (spec.decode, spec.toSession)
            let sessionDecode: @Sendable (WidgetValue) -> (any Sendable)? = { decode($0).flatMap(toSession) }
            let record = WidgetRegistry.Record(
                path: nextPath(in: placement, state), form: placement.form, defaultValue: spec.encode(spec.defaultValue),
                disabled: options.disabled)
            guard state.rendered.register(id, record: record, key: spec.key, callback: spec.onChange, decode: sessionDecode)
            else {
                reportMisuse(.duplicateWidget(id, kind: spec.kind, label: spec.label), in: placement, &state)
                return spec.defaultValue
            }
            state.drawn.insert(id)
            if options.disabled, !state.core.registry.contains(id) {
                // A widget first drawn disabled cannot have been changed in the browser.
                state.core.widgetValues[id] = nil
            }
            guard let value = currentValue(of: spec, id: id, in: placement, &state) else { return spec.defaultValue }
            state.core.widgetValues[id] = spec.encode(value)
            if let key = spec.key { state.core.store.values[key] = spec.toSession(value) }
            appendUnchecked(render(options.info(id, label: spec.label), value), in: placement, &state)
            return value
        }
    }

    /// Resolves a button, or a form's submit button: `true` only in the run its click caused.
    func button(
        label: String, key: String?, formSubmit: Bool, onClick: WidgetCallback?, options: WidgetOptions,
        in placement: Placement, render: (WidgetInfo) -> Element
    ) -> Bool {
        let id = WidgetID(kind: .button, label: label, key: key)
        return withState { state in
            guard !state.halted else { return false }
            switch (formSubmit, placement.form) {
            case (false, .some):
                reportMisuse(.buttonInForm(label), in: placement, &state)
                return false
            case (true, .none):
                reportMisuse(.submitOutsideForm(label), in: placement, &state)
                return false
            case (true, .some(let form)): registerSubmitButton(id, form: form, &state)
            case (false, .none): break
            }
            let record = WidgetRegistry.Record(
                path: nextPath(in: placement, state), form: placement.form, disabled: options.disabled)
            guard state.rendered.register(id, record: record, key: nil, callback: onClick, decode: nil) else {
                reportMisuse(.duplicateWidget(id, kind: .button, label: label), in: placement, &state)
                return false
            }
            appendUnchecked(render(options.info(id, label: label)), in: placement, &state)
            // A click on a disabled button is a forged message: the browser does not send one.
            return !options.disabled && state.triggers.contains(id)
        }
    }

    /// Where the next element placed in `placement` will land.
    private func nextPath(in placement: Placement, _ state: State) -> ElementPath {
        placement.path.appending(placement.isSlot ? 0 : state.built.childCount(at: placement.path))
    }

    /// The value a widget shows in this run; `nil` after a misuse was reported.
    private func currentValue<Value: Sendable>(
        of spec: WidgetSpec<Value>, id: WidgetID, in placement: Placement, _ state: inout State
    ) -> Value? {
        if let key = spec.key, state.core.store.assignedKeys.contains(key) {
            state.core.store.assignedKeys.remove(key)
            guard let assigned = state.core.store.values[key] else { return spec.defaultValue }
            guard let value = spec.fromSession(assigned) else {
                let error = SwiftlitError.sessionValueType(
                    key: key, found: type(of: assigned), expected: spec.sessionTypeName, widget: id)
                reportMisuse(error, in: placement, &state)
                return nil
            }
            return value
        }
        guard let wire = state.core.widgetValues[id] else { return spec.defaultValue }
        if let value = spec.decode(wire) { return value }
        let message =
            "widget '\(id)' expects \(spec.expected), but the browser sent \(wire.typeDescription); "
            + "it shows its default value instead"
        options.logger.notice("session \(sessionLogName): \(message)")
        client.send(.error(ProtocolErrorMessage(code: .invalidWidgetValue, message: message)))
        return spec.defaultValue
    }

    /// The widgets this run has rendered so far.
    var renderedWidgets: [WidgetID] { withState { $0.rendered.order } }

    /// Whether this run has rendered the widget `id` so far.
    func hasRendered(_ id: WidgetID) -> Bool { withState { $0.rendered.contains(id) } }
}
