import SwiftlitProtocol

extension PageBuilder {
    /// Resolves a value widget: finds its current value (assigned in `st.session`, sent by the
    /// browser, or the default), records it, renders the widget and returns the value.
    mutating func widget<Value: Sendable>(
        _ spec: WidgetSpec<Value>, options: WidgetOptions, in placement: Placement,
        render: (WidgetInfo, Value) -> Element
    ) -> Value {
        let id = placement.widgetID(kind: spec.kind, label: spec.label, key: spec.key)
        guard !halted else { return spec.defaultValue }
        if placement.form != nil, spec.onChange != nil {
            reportMisuse(.callbackInForm(id), in: placement)
            return spec.defaultValue
        }
        let (decode, toSession) = (spec.decode, spec.toSession)
        let sessionDecode: @Sendable (WidgetValue) -> (any Sendable)? = { decode($0).flatMap(toSession) }
        let record = WidgetRegistry.Record(
            path: nextPath(in: placement), form: placement.form, defaultValue: spec.encode(spec.defaultValue),
            disabled: options.disabled)
        guard rendered.register(id, record: record, key: spec.key, callback: spec.onChange, decode: sessionDecode)
        else {
            reportMisuse(.duplicateWidget(id, kind: spec.kind, label: spec.label), in: placement)
            return spec.defaultValue
        }
        drawn.insert(id)
        if options.disabled, !core.registry.contains(id) {
            // A widget first drawn disabled cannot have been changed in the browser.
            core.widgetValues[id] = nil
        }
        guard let value = currentValue(of: spec, id: id, in: placement) else { return spec.defaultValue }
        core.widgetValues[id] = spec.encode(value)
        if let key = spec.key { core.store.values[key] = spec.toSession(value) }
        place(render(options.info(id, label: spec.label), value), in: placement)
        return value
    }

    /// Resolves a button, or a form's submit button: `true` only in the run its click caused.
    mutating func button(
        label: String, key: String?, formSubmit: Bool, onClick: WidgetCallback?, options: WidgetOptions,
        kind: Element.Kind = .button, in placement: Placement, render: (WidgetInfo) -> Element
    ) -> Bool {
        let id = placement.widgetID(kind: kind, label: label, key: key)
        guard !halted else { return false }
        switch (formSubmit, placement.form) {
        case (false, .some):
            reportMisuse(kind == .downloadButton ? .downloadButtonInForm(label) : .buttonInForm(label), in: placement)
            return false
        case (true, .none):
            reportMisuse(.submitOutsideForm(label), in: placement)
            return false
        case (true, .some(let form)): registerSubmitButton(id, form: form)
        case (false, .none): break
        }
        let record = WidgetRegistry.Record(path: nextPath(in: placement), form: placement.form, disabled: options.disabled)
        guard rendered.register(id, record: record, key: nil, callback: onClick, decode: nil) else {
            reportMisuse(.duplicateWidget(id, kind: kind, label: label), in: placement)
            return false
        }
        place(render(options.info(id, label: label)), in: placement)
        // A click on a disabled button is a forged message: the browser does not send one.
        return !options.disabled && triggers.contains(id)
    }

    /// Resolves a chat input: its message in the run its submission caused, else `nil`. The
    /// message is not kept: the box empties after each one, and its attachments leave the upload
    /// store with it (the returned files hold their bytes).
    mutating func chatInput(
        label: String, key: String?, maxChars: Int?, attachments: UploadRules?, onSubmit: WidgetCallback?,
        options: WidgetOptions, in placement: Placement, render: (WidgetInfo) -> Element
    ) -> ChatSubmission? {
        let id = placement.widgetID(kind: .chatInput, label: label, key: key)
        guard !halted else { return nil }
        let store = core.uploads
        let record = WidgetRegistry.Record(path: placement.path, form: placement.form, disabled: options.disabled)
        let refusal: WidgetRegistry.Refusal = {
            ChatMessageCheck(id: id, maxChars: maxChars, attachments: attachments, store: store).refusal(of: $0)
        }
        guard rendered.register(id, record: record, key: nil, callback: onSubmit, decode: nil, refusal: refusal) else {
            reportMisuse(.duplicateWidget(id, kind: .chatInput, label: label), in: placement)
            return nil
        }
        if let attachments { store.open(id, rules: attachments, disabled: options.disabled) }
        place(render(options.info(id, label: label)), in: placement)
        let sent = core.widgetValues.removeValue(forKey: id)
        guard triggers.contains(id), let sent, let message = ChatMessageCheck.parts(of: sent) else { return nil }
        let files = store.files(id, ids: message.fileIDs) ?? []
        for file in files { store.remove(id, fileID: file.id) }
        return ChatSubmission(text: message.text, files: files)
    }

    /// The value a widget shows in this run; `nil` after a misuse was reported.
    private mutating func currentValue<Value: Sendable>(
        of spec: WidgetSpec<Value>, id: WidgetID, in placement: Placement
    ) -> Value? {
        if let key = spec.key, core.store.assignedKeys.contains(key) {
            core.store.assignedKeys.remove(key)
            guard let assigned = core.store.values[key] else { return spec.defaultValue }
            guard let value = spec.fromSession(assigned) else {
                let error = SwiftlitError.sessionValueType(
                    key: key, found: type(of: assigned), expected: spec.sessionTypeName, widget: id)
                reportMisuse(error, in: placement)
                return nil
            }
            return value
        }
        guard let wire = core.widgetValues[id] else { return spec.defaultValue }
        if let value = spec.decode(wire) { return value }
        // The value the widget had before the browser's refused one, else its default.
        let kept = spec.keepsValueWhenRefused ? valuesBeforeRequest[id].flatMap(spec.decode) : nil
        note(
            .invalidWidgetValue(
                "widget '\(id)' expects \(spec.expected), but the browser sent \(wire.preview); "
                    + (kept == nil ? "it shows its default value instead" : "it keeps its previous value")))
        return kept ?? spec.defaultValue
    }
}
