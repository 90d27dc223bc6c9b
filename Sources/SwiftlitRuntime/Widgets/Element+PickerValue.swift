import SwiftlitProtocol

extension Element {
    /// A picker (date, time, colour, select slider, button group, feedback) as the browser shows it
    /// once the user has set `value`, or `nil` when the value's shape does not fit. Whether the value
    /// is allowed (a real day, within bounds, an option) is the run's business, which reports it.
    func showingPick(_ value: WidgetValue) -> Element? {
        switch self {
        case .dateInput(var e):
            if e.range == true {
                guard let days = value.strings, days.count <= 2 else { return nil }
                e.value = days
            } else {
                guard let day = value.optionalString else { return nil }
                e.value = day.map { [$0] } ?? []
            }
            return .dateInput(e)
        case .timeInput(var e):
            guard let time = value.optionalString else { return nil }
            e.value = time
            return .timeInput(e)
        case .datetimeInput(var e):
            guard let moment = value.optionalString else { return nil }
            e.value = moment
            return .datetimeInput(e)
        case .colorPicker(var e):
            guard let color = value.string else { return nil }
            e.value = color
            return .colorPicker(e)
        case .selectSlider(var e):
            let labels = e.value.count == 1 ? value.string.map { [$0] } : value.strings
            guard let labels, labels.count == e.value.count else { return nil }
            e.value = labels
            return .selectSlider(e)
        case .pills(let e): return showingChoice(e, value).map(Element.pills)
        case .segmentedControl(let e): return showingChoice(e, value).map(Element.segmentedControl)
        case .feedback(var e):
            switch value {
            case .null: e.value = nil
            case .number(let n) where n.rounded() == n && abs(n) <= 1_000: e.value = Int(n)
            default: return nil
            }
            return .feedback(e)
        default:
            return nil
        }
    }

    private func showingChoice(_ group: ButtonGroupElement, _ value: WidgetValue) -> ButtonGroupElement? {
        var group = group
        if group.multi == true {
            guard let labels = value.strings else { return nil }
            group.value = labels
        } else {
            guard let label = value.optionalString else { return nil }
            group.value = label.map { [$0] } ?? []
        }
        return group
    }
}

extension WidgetValue {
    /// The strings of a list value made only of strings.
    var strings: [String]? {
        guard case .list(let items) = self else { return nil }
        let strings = items.compactMap(\.string)
        return strings.count == items.count ? strings : nil
    }
}

extension WidgetValue {
    /// The value's type and, for a short scalar, the value itself, for error messages:
    /// `a string ("2026-13-01")`. Long strings, strings with control characters (a forged line
    /// break in a log) and lists show only their type.
    var preview: String {
        switch self {
        case .string(let text) where text.count <= 40 && !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }):
            "\(typeDescription) (\"\(text)\")"
        case .number(let number): "\(typeDescription) (\(number))"
        case .list(let items): "\(typeDescription) of \(items.count)"
        default: typeDescription
        }
    }
}
