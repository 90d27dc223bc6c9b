import SwiftlitProtocol

extension Element {
    /// This widget as the browser shows it once the user has set `value`, or `nil` when the
    /// value does not fit the widget (the next run then sends the widget with a valid value).
    func showing(_ value: WidgetValue) -> Element? {
        switch (self, value) {
        case (.checkbox(var e), .bool(let v)):
            e.value = v
            return .checkbox(e)
        case (.toggle(var e), .bool(let v)):
            e.value = v
            return .toggle(e)
        case (.textInput(var e), _):
            guard let v = value.optionalString else { return nil }
            e.value = v
            return .textInput(e)
        case (.textArea(var e), _):
            guard let v = value.optionalString else { return nil }
            e.value = v
            return .textArea(e)
        case (.numberInput(var e), .number(let v)):
            e.value = v
            return .numberInput(e)
        case (.numberInput(var e), .null):
            e.value = nil
            return .numberInput(e)
        case (.slider(var e), _):
            guard let numbers = value.numbers, numbers.count == e.value.count else { return nil }
            e.value = numbers
            return .slider(e)
        case (.selectbox(var e), _):
            guard let v = value.optionalString else { return nil }
            e.value = v
            return .selectbox(e)
        case (.radio(var e), _):
            guard let v = value.optionalString else { return nil }
            e.value = v
            return .radio(e)
        case (.multiselect(var e), .list(let items)):
            let labels = items.compactMap(\.string)
            guard labels.count == items.count else { return nil }
            e.value = labels
            return .multiselect(e)
        case (.dateInput, _), (.timeInput, _), (.datetimeInput, _), (.colorPicker, _), (.selectSlider, _),
            (.pills, _), (.segmentedControl, _), (.feedback, _):
            return showingPick(value)
        case (.fileUploader, _), (.cameraInput, _), (.audioInput, _):
            // The browser shows the files it uploaded; the names and sizes come from the server's
            // store, in the element the next run draws.
            return self
        case (.dataframe, _), (.vegaLiteChart, _), (.plotlyChart, _):
            // Selections and edits live in the browser, not in the element: the element the
            // browser shows is right whatever the value, and is not sent back.
            return self
        default:
            return nil
        }
    }
}

extension WidgetValue {
    /// The string, or `.some(nil)` for `null`; `nil` for any other case.
    var optionalString: String?? {
        switch self {
        case .string(let s): .some(s)
        case .null: .some(nil)
        default: nil
        }
    }

    /// The string case's value.
    var string: String? {
        if case .string(let s) = self { s } else { nil }
    }

    /// One number as a one-element array, or an array of numbers.
    var numbers: [Double]? {
        switch self {
        case .number(let n): [n]
        case .list(let items):
            items.allSatisfy({ if case .number = $0 { true } else { false } })
                ? items.compactMap { if case .number(let n) = $0 { n } else { nil } } : nil
        default: nil
        }
    }
}
