import SwiftlitProtocol

/// A form a run drew: where, and what its submission clears.
struct FormRecord: Sendable {
    var path: ElementPath
    var clearOnSubmit: Bool
    var submitButtons: Set<WidgetID> = []
}

extension PageBuilder {
    /// Records a form; returns `false` (after reporting the misuse) when its id is taken.
    mutating func registerForm(_ id: String, at path: ElementPath, clearOnSubmit: Bool, in placement: Placement) -> Bool {
        guard forms[id] == nil else {
            reportMisuse(.duplicateForm(id), in: placement)
            return false
        }
        forms[id] = FormRecord(path: path, clearOnSubmit: clearOnSubmit)
        return true
    }

    /// Records a form's submit button.
    mutating func registerSubmitButton(_ id: WidgetID, form: String) {
        forms[form]?.submitButtons.insert(id)
    }

    /// After a submission, the widgets of a form with `clearOnSubmit` go back to their defaults:
    /// the run saw the submitted values, the browser is sent the defaults.
    mutating func clearSubmittedForms() {
        for (formID, form) in forms where form.clearOnSubmit && !form.submitButtons.isDisjoint(with: triggers) {
            for (id, record) in rendered.records where record.form == formID {
                guard let defaultValue = record.defaultValue,
                    let element = draft.tree.node(at: record.path)?.element.showing(defaultValue)
                else { continue }
                core.widgetValues[id] = defaultValue
                // The widget was just read at its path, so the replacement holds.
                _ = draft.replace(at: record.path, with: element)
            }
        }
    }
}
