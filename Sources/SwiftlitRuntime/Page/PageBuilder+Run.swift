import SwiftlitProtocol

extension PageBuilder {
    /// Takes in the browser's values, sets up the run's scope, and returns the callbacks this
    /// request fires, in page order.
    mutating func prepare(_ request: RerunRequest) -> [WidgetCallback] {
        if request.isReconnect { core.differ.reset() }
        // A whole-app run declares its pages anew (or none).
        if case .app = scope { core.navigation = nil }
        if let connection = request.connection { core.browser = BrowserState(facts: connection) }
        isReconnect = request.isReconnect
        if let location = request.location { arrive(at: location) }
        let registry = core.registry
        // The server decides what is disabled: what the browser says of such a widget is ignored.
        var widgets = request.widgets.filter { !registry.isDisabled($0.key) }
        // A value the widget refuses (a chat message over its limit) is dropped with its trigger.
        var refused = Set<WidgetID>()
        for (id, value) in widgets {
            guard let problem = registry.refusal(of: value, for: id) else { continue }
            widgets[id] = nil
            refused.insert(id)
            note(.invalidWidgetValue(problem))
        }
        let previous = core.widgetValues
        valuesBeforeRequest = previous.filter { widgets[$0.key] != nil }
        core.widgetValues.merge(widgets) { _, new in new }
        core.differ.recordClientValues(widgets)
        triggers = Set(request.triggers.filter { !registry.isDisabled($0) && !refused.contains($0) })
        for (key, widget) in registry.keyed where !core.store.assignedKeys.contains(key) {
            if let wire = core.widgetValues[widget.id], let value = widget.decode(wire) {
                core.store.values[key] = value
            }
        }
        if case .fragments(let records) = scope { beginFragments(records) }
        return registry.order.compactMap { id in
            let changed = widgets[id].map { $0 != previous[id] } ?? false
            return changed || triggers.contains(id) ? registry.callbacks[id] : nil
        }
    }

    /// The operations for what the run drew since the last send.
    mutating func takeDelta() -> [DeltaOp] {
        draft.takeChanges(diffingWith: &core.differ)
    }

    /// Ends the run: how the browser is told it ended, and the operations that go with that.
    /// A run stopped by a newer event sends nothing: what it built is dropped, and the next run
    /// diffs against what the browser has. Otherwise the run's widgets, fragments and slots
    /// become the session's.
    mutating func finish(_ outcome: RunOutcome) -> (status: RunStatus, ops: [DeltaOp]) {
        // Nothing draws after the end, even from a handle a background task kept.
        halt()
        let status: RunStatus
        switch outcome {
        case .interrupted, .rerunRequested:
            // The browser may already load what the stopped run sent: its files stay until a
            // run completes without them.
            core.media.merge(media) { kept, _ in kept }
            return (.interrupted, [])
        case .completed, .stopped:
            clearSubmittedForms()
            status = .complete
        case .failed(let error):
            if misuse == nil { place(.exception(ExceptionElement(error, details: errorDetails, redacting: secrets)), in: .root(.main)) }
            status = .error
        }
        let scopes =
            switch scope {
            case .app: RootContainer.allCases.map { ElementPath([$0.rawValue]) }
            case .fragments(let records): records.map(\.placement.path)
            }
        let ops = draft.takeChanges(diffingWith: &core.differ, finalTrimsUnder: scopes)
        keepWhatWasRendered()
        return (status, ops)
    }

    /// Forgets the run's hold on media files and tables, once the session has taken them over.
    mutating func dropLeases() {
        core.media = [:]
        core.tables = [:]
        media = [:]
        tables = [:]
    }

    /// Widgets the run did not render lose their state, as in Streamlit.
    private mutating func keepWhatWasRendered() {
        let rendered = rendered
        core.widgetValues = core.widgetValues.filter { rendered.contains($0.key) }
        for (key, widget) in core.registry.keyed where rendered.keyed[key] == nil {
            if !rendered.contains(widget.id), !core.store.assignedKeys.contains(key) {
                core.store.values[key] = nil
            }
        }
        core.registry = rendered
        // An upload widget that is gone takes its files with it.
        core.uploads.closeSlots { rendered.contains($0) }
        core.fragments = fragments
        core.slots = slots
        core.tables = tables
        core.media = media
    }
}
