extension Element {
    /// The value the browser keeps for this widget node when it arrives (the node wins), or
    /// `nil` for buttons and non-widgets.
    public var browserValue: WidgetValue? {
        switch self {
        case .checkbox(let e), .toggle(let e): .bool(e.value)
        case .textInput(let e): e.value.map(WidgetValue.string) ?? .null
        case .textArea(let e): e.value.map(WidgetValue.string) ?? .null
        case .numberInput(let e): e.value.map(WidgetValue.number) ?? .null
        case .slider(let e): e.value.count == 1 ? .number(e.value[0]) : .list(e.value.map(WidgetValue.number))
        case .selectbox(let e), .radio(let e): e.value.map(WidgetValue.string) ?? .null
        case .multiselect(let e): .list(e.value.map(WidgetValue.string))
        case .dateInput(let e): e.range == true ? .list(e.value.map(WidgetValue.string)) : e.value.first.map(WidgetValue.string) ?? .null
        case .timeInput(let e): e.value.map(WidgetValue.string) ?? .null
        case .datetimeInput(let e): e.value.map(WidgetValue.string) ?? .null
        case .colorPicker(let e): .string(e.value)
        case .selectSlider(let e): e.value.count == 1 ? .string(e.value[0]) : .list(e.value.map(WidgetValue.string))
        case .pills(let e), .segmentedControl(let e):
            e.multi == true ? .list(e.value.map(WidgetValue.string)) : e.value.first.map(WidgetValue.string) ?? .null
        case .feedback(let e): e.value.map { .number(Double($0)) } ?? .null
        case .fileUploader(let e), .cameraInput(let e), .audioInput(let e): .list(e.files.map { .string($0.id) })
        default: nil
        }
    }
}
