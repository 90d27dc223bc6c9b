import SwiftlitProtocol

/// The option-list specs of the newer choice widgets (select slider, pills, segmented control).
/// Unlike selectbox and radio, which fall back quietly when a label is no longer an option, these
/// refuse an unknown label: the browser only offers the labels it was sent, so another label is a
/// forged or stale message, reported and ignored.
extension ChoiceList {
    /// One option, or none when `allowsNone`.
    func strictSingle(kind: Element.Kind, label: String, key: String?, start: Int?, allowsNone: Bool, onChange: WidgetCallback?)
        -> WidgetSpec<Int?>
    {
        let list = self
        return WidgetSpec(
            kind: kind, label: label, key: key, defaultValue: start,
            decode: { wire -> Int?? in
                switch wire {
                case .string(let chosen): list.labels.firstIndex(of: chosen).map { .some($0) }
                case .null: allowsNone ? .some(nil) : nil
                default: nil
                }
            },
            encode: { selected in selected.map { .string(list.labels[$0]) } ?? .null },
            expected: "one of the option labels \(list.labelSummary)" + (allowsNone ? " or null" : ""),
            onChange: onChange,
            toSession: { selected in selected.map { list.options[$0] } },
            fromSession: { assigned -> Int?? in
                guard let option = assigned as? T, let index = list.labels.firstIndex(of: list.format(option)) else { return nil }
                return .some(index)
            },
            sessionTypeName: "\(T.self) (one of the options)", keepsValueWhenRefused: true)
    }

    /// Any number of options, in option order.
    func strictMultiple(kind: Element.Kind, label: String, key: String?, start: [Int], onChange: WidgetCallback?)
        -> WidgetSpec<[Int]>
    {
        let list = self
        return WidgetSpec(
            kind: kind, label: label, key: key, defaultValue: start,
            decode: { wire in
                guard let chosen = wire.strings else { return nil }
                let indices = chosen.compactMap { list.labels.firstIndex(of: $0) }
                guard indices.count == chosen.count, Set(indices).count == indices.count else { return nil }
                return indices.sorted()
            },
            encode: { selected in .list(selected.map { .string(list.labels[$0]) }) },
            expected: "an array of distinct option labels \(list.labelSummary)", onChange: onChange,
            toSession: { selected in selected.map { list.options[$0] } },
            fromSession: { assigned -> [Int]? in
                guard let options = assigned as? [T] else { return nil }
                let indices = options.compactMap { list.labels.firstIndex(of: list.format($0)) }
                return indices.count == options.count ? Array(Set(indices)).sorted() : nil
            },
            sessionTypeName: "[\(T.self)] (options only)", keepsValueWhenRefused: true)
    }

    /// Two options, low then high, for a range select slider.
    func strictPair(label: String, key: String?, start: [Int], onChange: WidgetCallback?) -> WidgetSpec<[Int]> {
        let list = self
        return WidgetSpec(
            kind: .selectSlider, label: label, key: key, defaultValue: start,
            decode: { wire in
                guard let chosen = wire.strings, chosen.count == 2 else { return nil }
                let indices = chosen.compactMap { list.labels.firstIndex(of: $0) }
                guard indices.count == 2, indices[0] <= indices[1] else { return nil }
                return indices
            },
            encode: { selected in .list(selected.map { .string(list.labels[$0]) }) },
            expected: "an array of two option labels, low then high, \(list.labelSummary)", onChange: onChange,
            toSession: { selected in selected.map { list.options[$0] } },
            fromSession: { assigned -> [Int]? in
                guard let options = assigned as? [T], options.count == 2 else { return nil }
                let indices = options.compactMap { list.labels.firstIndex(of: list.format($0)) }
                return indices.count == 2 && indices[0] <= indices[1] ? indices : nil
            },
            sessionTypeName: "[\(T.self)] (two options, low then high)", keepsValueWhenRefused: true)
    }

    /// The first few labels, for error messages.
    var labelSummary: String {
        let shown = labels.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        return "(" + shown + (labels.count > 5 ? ", … \(labels.count) in all" : "") + ")"
    }
}
