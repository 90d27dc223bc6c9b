import SwiftlitProtocol

/// The options of a selection widget and their labels. The widget's value is an option index;
/// the browser sees labels and `st.session` sees the options themselves.
struct ChoiceList<T: Sendable>: Sendable {
    let options: [T]
    let labels: [String]
    let format: @Sendable (T) -> String

    init(options: [T], format: @escaping @Sendable (T) -> String) {
        self.options = options
        self.format = format
        labels = options.map(format)
    }

    /// A one-option widget (selectbox, radio). A label that is no longer an option falls back to
    /// the default quietly: the app changed its options.
    func single(kind: Element.Kind, label: String, key: String?, index: Int?, onChange: WidgetCallback?)
        -> WidgetSpec<Int?>
    {
        let start = index.flatMap { options.indices.contains($0) ? $0 : nil }
        let list = self
        return WidgetSpec(
            kind: kind, label: label, key: key, defaultValue: start,
            decode: { wire -> Int?? in
                switch wire {
                case .string(let chosen): .some(list.labels.firstIndex(of: chosen) ?? start)
                case .null: .some(nil)
                default: nil
                }
            },
            encode: { selected in selected.map { .string(list.labels[$0]) } ?? .null },
            expected: "an option label (a string) or null", onChange: onChange,
            toSession: { selected in selected.map { list.options[$0] } },
            fromSession: { assigned in (assigned as? T).map { list.labels.firstIndex(of: list.format($0)) } },
            sessionTypeName: String(describing: T.self))
    }

    /// A many-option widget (multiselect). Labels that are no longer options are dropped.
    func multiple(label: String, key: String?, defaults: [T], maxSelections: Int?, onChange: WidgetCallback?)
        -> WidgetSpec<[Int]>
    {
        let list = self
        let limit = maxSelections ?? Int.max
        let start = Array(indices(ofLabels: defaults.map(format)).prefix(limit))
        return WidgetSpec(
            kind: .multiselect, label: label, key: key, defaultValue: start,
            decode: { wire in
                guard case .list(let items) = wire else { return nil }
                let chosen = items.compactMap(\.string)
                guard chosen.count == items.count else { return nil }
                return Array(list.indices(ofLabels: chosen).prefix(limit))
            },
            encode: { selected in .list(selected.map { .string(list.labels[$0]) }) },
            expected: "an array of option labels", onChange: onChange,
            toSession: { selected in selected.map { list.options[$0] } },
            fromSession: { assigned in (assigned as? [T]).map { list.indices(ofLabels: $0.map(list.format)) } },
            sessionTypeName: String(describing: [T].self))
    }

    /// The indices of the options with these labels, in the labels' order, without repeats.
    func indices(ofLabels chosen: [String]) -> [Int] {
        var seen = Set<Int>()
        return chosen.compactMap { labels.firstIndex(of: $0) }.filter { seen.insert($0).inserted }
    }
}
