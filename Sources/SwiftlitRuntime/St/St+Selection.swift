public import SwiftlitProtocol

extension St {
    /// A drop-down to pick one option. Returns the option, or `nil` when none is chosen.
    ///
    /// Options can be of any type; `format` gives their labels, which are also what the browser
    /// sends back, so keep labels unique.
    ///
    /// ```swift
    /// let color = st.selectbox("Pick", options: [Color.red, .green], format: { $0.name })
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - options: The choices.
    ///   - index: The option chosen at first; `nil` starts with none (showing `placeholder`).
    ///   - format: An option's label. It must not call `st`.
    ///   - placeholder: Shown while nothing is chosen.
    ///   - key: A unique identity; the chosen option is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the drop-down but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func selectbox<T: Sendable>(
        _ label: String, options: [T], index: Int? = 0, format: @escaping @Sendable (T) -> String = { "\($0)" },
        placeholder: String? = nil, key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> T? {
        chooseOne(
            .selectbox, label, ChoiceList(options: options, format: format), index, key, onChange,
            WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        ) { info, labels, value in
            .selectbox(SelectElement(widget: info, options: labels, value: value, placeholder: placeholder))
        }
    }

    /// A group of radio buttons to pick one option. Returns the option, or `nil` when none is
    /// chosen. The parameters are those of ``selectbox(_:options:index:format:placeholder:key:help:disabled:labelVisibility:width:onChange:)``,
    /// plus `horizontal` to lay the options in a row and `captions` to show under each one.
    @discardableResult
    public func radio<T: Sendable>(
        _ label: String, options: [T], index: Int? = 0, format: @escaping @Sendable (T) -> String = { "\($0)" },
        horizontal: Bool = false, captions: [String]? = nil, key: String? = nil, help: String? = nil,
        disabled: Bool = false, labelVisibility: LabelVisibility = .visible, width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> T? {
        chooseOne(
            .radio, label, ChoiceList(options: options, format: format), index, key, onChange,
            WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        ) { info, labels, value in
            .radio(
                SelectElement(widget: info, options: labels, value: value, horizontal: horizontal, captions: captions))
        }
    }

    /// Resolves a one-option widget; `render` gets the labels and the chosen label.
    private func chooseOne<T: Sendable>(
        _ kind: Element.Kind, _ label: String, _ choice: ChoiceList<T>, _ index: Int?, _ key: String?,
        _ onChange: WidgetCallback?, _ options: WidgetOptions,
        render: (WidgetInfo, [String], String?) -> Element
    ) -> T? {
        let spec = choice.single(kind: kind, label: label, key: key, index: index, onChange: onChange)
        let chosen = widget(spec, options) { info, selected in
            render(info, choice.labels, selected.map { choice.labels[$0] })
        }
        return chosen.map { choice.options[$0] }
    }

    /// A field to pick any number of options. Returns them in the order they were picked.
    ///
    /// ```swift
    /// let toppings = st.multiselect("Toppings", options: ["cheese", "ham", "olives"], default: ["cheese"])
    /// ```
    /// - Parameters:
    ///   - default: The options chosen at first (matched by label).
    ///   - maxSelections: The most options that can be chosen.
    ///   - The others are those of ``selectbox(_:options:index:format:placeholder:key:help:disabled:labelVisibility:width:onChange:)``.
    @discardableResult
    public func multiselect<T: Sendable>(
        _ label: String, options: [T], default defaults: [T] = [], maxSelections: Int? = nil,
        format: @escaping @Sendable (T) -> String = { "\($0)" }, placeholder: String? = nil, key: String? = nil,
        help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> [T] {
        let choice = ChoiceList(options: options, format: format)
        let spec = choice.multiple(
            label: label, key: key, defaults: defaults, maxSelections: maxSelections, onChange: onChange)
        let chosen = widget(spec, WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))) {
            info, selected in
            .multiselect(
                MultiselectElement(
                    widget: info, options: choice.labels, value: selected.map { choice.labels[$0] },
                    maxSelections: maxSelections, placeholder: placeholder))
        }
        return chosen.map { options[$0] }
    }
}
