public import SwiftlitProtocol

/// `selectionMode: .single` of ``St/pills(_:options:selectionMode:default:required:format:key:help:disabled:labelVisibility:width:onChange:)``
/// and ``St/segmentedControl(_:options:selectionMode:default:required:format:key:help:disabled:labelVisibility:width:onChange:)``:
/// one option (or none), returned as `T?`.
public enum SingleSelectionMode: Sendable { case single }

/// `selectionMode: .multi` of `st.pills` and `st.segmentedControl`: any number of options,
/// returned as `[T]` in option order.
public enum MultiSelectionMode: Sendable { case multi }

extension St {
    /// A row of rounded buttons ("pills") to pick one option. Returns it, or `nil` when none is chosen.
    ///
    /// ```swift
    /// let mood = st.pills("Mood", options: ["😀 Happy", "😐 Meh", "😞 Sad"])
    /// let tags = st.pills("Tags", options: allTags, selectionMode: .multi, default: [allTags[0]])
    /// ```
    /// Clicking the chosen pill again clears the choice, unless `required`.
    /// - Parameters:
    ///   - label: The label, also the accessible name of the group and (without `key`) the identity.
    ///   - options: The choices, of any type; `format` gives their labels (emoji and other text are
    ///     shown as they are). Keep labels unique: they are what the browser sends back.
    ///   - selectionMode: `.single` (this function) or `.multi` (the overload returning `[T]`).
    ///   - default: The option chosen at first (matched by label); `nil` for none.
    ///   - required: Once an option is chosen, it cannot be cleared, only changed.
    ///   - format: An option's label. It must not call `st`.
    ///   - key: A unique identity; the chosen option is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the group but ignores clicks.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.content` (default) fits the buttons, `.stretch` fills the container, `.points(n)`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func pills<T: Sendable>(
        _ label: String, options: [T], selectionMode: SingleSelectionMode = .single, default initial: T? = nil,
        required: Bool = false, format: @escaping @Sendable (T) -> String = { "\($0)" }, key: String? = nil,
        help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> T? {
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        return chooseInGroup(.pills, label, ChoiceList(options: options, format: format), initial, required, key, onChange, shared)
    }

    /// A row of pills to pick any number of options. Returns them in option order. The parameters
    /// are those of the single-choice `pills`, with `default` a list.
    @discardableResult
    public func pills<T: Sendable>(
        _ label: String, options: [T], selectionMode: MultiSelectionMode, default initial: [T] = [],
        format: @escaping @Sendable (T) -> String = { "\($0)" }, key: String? = nil, help: String? = nil,
        disabled: Bool = false, labelVisibility: LabelVisibility = .visible, width: ElementWidth = .content,
        onChange: WidgetCallback? = nil
    ) -> [T] {
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        return chooseManyInGroup(.pills, label, ChoiceList(options: options, format: format), initial, key, onChange, shared)
    }

    /// A segmented control: joined buttons to pick one option. Returns it, or `nil` when none is
    /// chosen. The parameters are those of ``pills(_:options:selectionMode:default:required:format:key:help:disabled:labelVisibility:width:onChange:)``.
    ///
    /// ```swift
    /// let view = st.segmentedControl("View", options: ["Day", "Week", "Month"], default: "Week", required: true)
    /// ```
    @discardableResult
    public func segmentedControl<T: Sendable>(
        _ label: String, options: [T], selectionMode: SingleSelectionMode = .single, default initial: T? = nil,
        required: Bool = false, format: @escaping @Sendable (T) -> String = { "\($0)" }, key: String? = nil,
        help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> T? {
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        return chooseInGroup(
            .segmentedControl, label, ChoiceList(options: options, format: format), initial, required, key, onChange, shared)
    }

    /// A segmented control to pick any number of options. Returns them in option order.
    @discardableResult
    public func segmentedControl<T: Sendable>(
        _ label: String, options: [T], selectionMode: MultiSelectionMode, default initial: [T] = [],
        format: @escaping @Sendable (T) -> String = { "\($0)" }, key: String? = nil, help: String? = nil,
        disabled: Bool = false, labelVisibility: LabelVisibility = .visible, width: ElementWidth = .content,
        onChange: WidgetCallback? = nil
    ) -> [T] {
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        return chooseManyInGroup(
            .segmentedControl, label, ChoiceList(options: options, format: format), initial, key, onChange, shared)
    }

    private func chooseInGroup<T: Sendable>(
        _ kind: Element.Kind, _ label: String, _ choice: ChoiceList<T>, _ initial: T?, _ required: Bool,
        _ key: String?, _ onChange: WidgetCallback?, _ options: WidgetOptions
    ) -> T? {
        let function = "st.\(kind.rawValue)"
        var start: Int?
        if let initial {
            guard let index = choice.labels.firstIndex(of: choice.format(initial)) else {
                reportMisuse(.badWidgetArgument(function, "default '\(choice.format(initial))' is not one of the options \(choice.labelSummary)."))
                return nil
            }
            start = index
        }
        // A required group that starts empty may stay empty until the user picks; one that starts
        // with a choice can never go back to none.
        let spec = choice.strictSingle(
            kind: kind, label: label, key: key, start: start, allowsNone: !required || start == nil, onChange: onChange)
        let chosen = widget(spec, options) { info, selected in
            let group = ButtonGroupElement(
                widget: info, options: choice.labels, value: selected.map { [choice.labels[$0]] } ?? [], multi: false,
                required: required)
            return kind == .pills ? .pills(group) : .segmentedControl(group)
        }
        return chosen.map { choice.options[$0] }
    }

    private func chooseManyInGroup<T: Sendable>(
        _ kind: Element.Kind, _ label: String, _ choice: ChoiceList<T>, _ initial: [T], _ key: String?,
        _ onChange: WidgetCallback?, _ options: WidgetOptions
    ) -> [T] {
        let start = choice.indices(ofLabels: initial.map(choice.format))
        guard start.count == initial.count else {
            let unknown = initial.map(choice.format).filter { !choice.labels.contains($0) }
            reportMisuse(.badWidgetArgument("st.\(kind.rawValue)", "default \(unknown) holds labels that are not options \(choice.labelSummary)."))
            return []
        }
        let spec = choice.strictMultiple(kind: kind, label: label, key: key, start: start.sorted(), onChange: onChange)
        let chosen = widget(spec, options) { info, selected in
            let group = ButtonGroupElement(
                widget: info, options: choice.labels, value: selected.map { choice.labels[$0] }, multi: true, required: false)
            return kind == .pills ? .pills(group) : .segmentedControl(group)
        }
        return chosen.map { choice.options[$0] }
    }

    /// A rating row: thumbs, faces or stars. Returns the chosen index (0 is the least satisfied),
    /// or `nil` when nothing is chosen.
    ///
    /// ```swift
    /// if let stars = st.feedback(.stars, key: "answer-42") { st.write("You gave \(stars + 1) stars") }
    /// ```
    /// - Parameters:
    ///   - style: `.thumbs` (0 down, 1 up), `.faces` (0 sad … 4 happy) or `.stars` (0 is one star … 4 five).
    ///   - default: The index chosen at first.
    ///   - label: The group's accessible name (not shown unless `labelVisibility: .visible`) and,
    ///     without `key`, its identity.
    ///   - key: A unique identity, needed when a page has several; the index is then also `st.session[key]` (an `Int`).
    ///   - help: A tooltip.
    ///   - disabled: Shows the row but ignores clicks.
    ///   - labelVisibility: `.collapsed` by default: the label only names the group for screen readers.
    ///   - width: `.content` (default) fits the row, `.stretch` fills the container, `.points(n)`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func feedback(
        _ style: FeedbackStyle = .thumbs, default initial: Int? = nil, label: String = "Feedback", key: String? = nil,
        help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .collapsed,
        width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> Int? {
        let choices = 0..<style.count
        if let initial, !choices.contains(initial) {
            reportMisuse(.badWidgetArgument("st.feedback", "default \(initial) is not an index of the \(style.rawValue) style (0 to \(style.count - 1))."))
            return nil
        }
        let spec = WidgetSpec<Int?>(
            kind: .feedback, label: label, key: key, defaultValue: initial,
            decode: { wire in
                switch wire {
                case .null: .some(nil)
                case .number(let n) where n.rounded() == n && Double(choices.lowerBound) <= n && n < Double(choices.upperBound):
                    .some(Int(n))
                default: nil
                }
            },
            encode: { $0.map { .number(Double($0)) } ?? .null },
            expected: "an index from 0 to \(style.count - 1), or null", onChange: onChange,
            toSession: { $0 },
            fromSession: { assigned -> Int?? in
                guard let index = assigned as? Int, choices.contains(index) else { return nil }
                return .some(index)
            },
            sessionTypeName: "Int (0 to \(style.count - 1))", keepsValueWhenRefused: true)
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        return widget(spec, options) { info, index in .feedback(FeedbackElement(widget: info, style: style, value: index)) }
    }
}
