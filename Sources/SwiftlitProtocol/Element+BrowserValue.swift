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
        case .fileUploader(let e), .cameraInput(let e), .audioInput(let e): .list(e.files.map { .string($0.id) })
        default: nil
        }
    }
}
