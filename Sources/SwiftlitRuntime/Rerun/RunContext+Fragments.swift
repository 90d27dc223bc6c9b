import SwiftlitProtocol

/// A form a run drew: where, and what its submission clears.
struct FormRecord: Sendable {
    var path: ElementPath
    var clearOnSubmit: Bool
    var submitButtons: Set<WidgetID> = []
}

extension RunContext {
    /// A fragment run starts from the page as the browser shows it, with the fragments' blocks
    /// emptied and their widgets, nested fragments and slots forgotten; the bodies redraw them.
    func beginFragments(_ records: [FragmentRecord], _ state: inout State) {
        state.built = state.core.differ.mirror
        state.rendered = state.core.registry
        state.fragments = state.core.fragments
        state.slots = state.core.slots
        state.tables = state.core.tables
        for record in records {
            let path = record.placement.path
            try? state.built.trim(path, to: 0)
            state.rendered.removeWidgets(under: path)
            state.fragments = state.fragments.filter { !$0.value.placement.path.isInside(path) }
            state.slots = state.slots.filter { !$0.value.isInside(path) }
        }
    }

    /// Records a fragment this run drew, so a later request can rerun it alone. Returns the id
    /// (made unique when the same call site draws several), or `nil` when the run is halted.
    func registerFragment(
        baseID: String, placement: Placement, body: @escaping AppBody, runEvery: Duration?
    ) -> String? {
        withState { state in
            guard !state.halted else { return nil }
            var id = baseID
            var copy = 1
            while state.fragments[id] != nil && state.fragments[id]?.placement.path != placement.path {
                copy += 1
                id = "\(baseID)#\(copy)"
            }
            state.fragments[id] = FragmentRecord(id: id, placement: placement, body: body, runEvery: runEvery)
            return id
        }
    }

    /// Records a keyed slot, where server pushes land.
    func registerSlot(_ key: String, at path: ElementPath) {
        withState { $0.slots[key] = path }
    }

    /// Records a form; returns `false` (after reporting the misuse) when its id is taken.
    func registerForm(_ id: String, at path: ElementPath, clearOnSubmit: Bool, in placement: Placement) -> Bool {
        withState { state in
            guard state.forms[id] == nil else {
                reportMisuse(.duplicateForm(id), in: placement, &state)
                return false
            }
            state.forms[id] = FormRecord(path: path, clearOnSubmit: clearOnSubmit)
            return true
        }
    }

    /// Records a form's submit button.
    func registerSubmitButton(_ id: WidgetID, form: String, _ state: inout State) {
        state.forms[form]?.submitButtons.insert(id)
    }

    /// After a submission, the widgets of a form with `clearOnSubmit` go back to their defaults:
    /// the run saw the submitted values, the browser is sent the defaults.
    func clearSubmittedForms(_ state: inout State) {
        for (formID, form) in state.forms where form.clearOnSubmit && !form.submitButtons.isDisjoint(with: state.triggers) {
            for (id, record) in state.rendered.records where record.form == formID {
                guard let defaultValue = record.defaultValue,
                    let element = state.built.node(at: record.path)?.element.showing(defaultValue)
                else { continue }
                state.core.widgetValues[id] = defaultValue
                try? state.built.set(element, at: record.path)
                state.pending.append(.node(record.path))
            }
        }
    }
}

extension RunContext {
    /// Stores the placement a fragment's body draws in (which names the fragment itself).
    func updateFragmentPlacement(_ id: String, _ placement: Placement) {
        withState { $0.fragments[id]?.placement = placement }
    }
}
