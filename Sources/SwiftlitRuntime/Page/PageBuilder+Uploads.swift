import SwiftlitProtocol

/// An upload widget's call: its kind, rules and how its value reaches `st.session`.
struct UploadWidgetCall {
    var kind: Element.Kind
    var label: String
    var key: String?
    var rules: UploadRules
    /// `true` when the app asked for an array (`acceptMultipleFiles:`), so `st.session[key]`
    /// holds `[UploadedFile]`; otherwise it holds the one file.
    var returnsArray: Bool
    var onChange: WidgetCallback?
}

extension PageBuilder {
    /// Resolves an upload widget: opens its slot in the session's upload store (only then does
    /// the server take uploads for it), reads the file ids the browser sent against that store (an
    /// id it does not hold is a forged value, reported, and the widget shows no files), keeps the
    /// files the value lists, and renders it.
    mutating func uploadWidget(
        _ call: UploadWidgetCall, options: WidgetOptions, in placement: Placement,
        render: (WidgetInfo, [UploadedFile]) -> Element
    ) -> [UploadedFile] {
        let id = placement.widgetID(kind: call.kind, label: call.label, key: call.key)
        let store = core.uploads
        let wasRendered = rendered.contains(id)
        if !halted, !wasRendered { store.open(id, rules: call.rules, disabled: options.disabled) }
        let decode: @Sendable (WidgetValue) -> [UploadedFile]? = { wire in
            wire.uploadFileIDs.flatMap { store.files(id, ids: $0) }
        }
        let returnsArray = call.returnsArray
        let spec = WidgetSpec<[UploadedFile]>(
            kind: call.kind, label: call.label, key: call.key, defaultValue: [], decode: decode,
            encode: { .list($0.map { .string($0.id) }) }, expected: "the ids of files uploaded to it",
            onChange: call.onChange,
            toSession: { files -> (any Sendable)? in
                if returnsArray { return files }
                return files.first
            },
            fromSession: { assigned in
                // An array fits either kind (`[UploadedFile]()` clears the widget); one file fits a
                // single-file widget.
                let files = assigned as? [UploadedFile] ?? (returnsArray ? nil : (assigned as? UploadedFile).map { [$0] })
                // Only files this widget holds: the browser could not show another's.
                guard let files, store.files(id, ids: files.map(\.id)) != nil else { return nil }
                return files
            },
            sessionTypeName: returnsArray ? "[UploadedFile]" : "UploadedFile")
        if isReconnect, let wire = core.widgetValues[id], decode(wire) == nil {
            // A tab back after a restart (or after its session expired) names files this process
            // never held: the widget starts empty, with no error to show for it.
            core.widgetValues[id] = nil
        }
        let files = widget(spec, options: options, in: placement, render: render)
        if !wasRendered, rendered.contains(id), core.widgetValues[id] == spec.encode(files) {
            store.keep(id, ids: files.map(\.id))
        }
        return files
    }
}

extension WidgetValue {
    /// The upload ids an upload widget's value lists, as `UploadWidgetCall`'s widgets encode it;
    /// `nil` when the value is not a list of ids.
    var uploadFileIDs: [String]? {
        guard case .list(let items) = self else { return nil }
        let ids = items.compactMap(\.string)
        return ids.count == items.count ? ids : nil
    }
}
