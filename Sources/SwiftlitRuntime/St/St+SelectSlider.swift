public import SwiftlitProtocol

extension St {
    /// A slider over a list of options of any type. Returns the chosen option; `nil` only when
    /// `options` is empty (which is reported on the page).
    ///
    /// ```swift
    /// let size = st.selectSlider("Size", options: ["S", "M", "L", "XL"], value: "M")
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - options: The stops of the slider, in order; `format` gives their labels, which must be unique.
    ///   - value: The option chosen at first (matched by label); default the first.
    ///   - format: An option's label. It must not call `st`.
    ///   - key: A unique identity; the chosen option is then also `st.session[key]`.
    ///   - help: A tooltip.
    ///   - disabled: Shows the slider but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` (default) fills the container, `.points(n)` is n points wide.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func selectSlider<T: Sendable>(
        _ label: String, options: [T], value: T? = nil, format: @escaping @Sendable (T) -> String = { "\($0)" },
        key: String? = nil, help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> T? {
        let choice = ChoiceList(options: options, format: format)
        guard let start = sliderStops(choice, value.map { [$0] } ?? []) else { return nil }
        let spec = choice.strictSingle(
            kind: .selectSlider, label: label, key: key, start: start.first ?? 0, allowsNone: false, onChange: onChange)
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        let chosen = widget(spec, shared) { info, selected in
            .selectSlider(SelectSliderElement(widget: info, options: choice.labels, value: [choice.labels[selected ?? 0]]))
        }
        return choice.options[chosen ?? 0]
    }

    /// A select slider with two handles, choosing a range of options. Returns the low and the high
    /// option (equal when both handles are on one stop); `nil` only when `options` is empty.
    ///
    /// ```swift
    /// let hours = st.selectSlider("Open", options: ["6am", "9am", "noon", "3pm", "6pm"], range: ("9am", "6pm"))
    /// ```
    /// `st.session[key]` holds the two options as an array `[low, high]`. The other parameters are
    /// those of ``selectSlider(_:options:value:format:key:help:disabled:labelVisibility:width:onChange:)``.
    @discardableResult
    public func selectSlider<T: Sendable>(
        _ label: String, options: [T], range: (T, T), format: @escaping @Sendable (T) -> String = { "\($0)" },
        key: String? = nil, help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> (lower: T, upper: T)? {
        let choice = ChoiceList(options: options, format: format)
        guard let start = sliderStops(choice, [range.0, range.1]) else { return nil }
        guard start[0] <= start[1] else {
            reportMisuse(.badWidgetArgument("st.selectSlider", "the range starts at '\(choice.labels[start[0]])', after its end '\(choice.labels[start[1]])'. Swap them."))
            return nil
        }
        let spec = choice.strictPair(label: label, key: key, start: start, onChange: onChange)
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        let chosen = widget(spec, shared) { info, selected in
            .selectSlider(SelectSliderElement(widget: info, options: choice.labels, value: selected.map { choice.labels[$0] }))
        }
        return (lower: choice.options[chosen[0]], upper: choice.options[chosen[1]])
    }

    /// The indices of `values` among the options, or `nil` after reporting empty options or an
    /// unknown value.
    private func sliderStops<T>(_ choice: ChoiceList<T>, _ values: [T]) -> [Int]? {
        guard !choice.options.isEmpty else {
            reportMisuse(.badWidgetArgument("st.selectSlider", "options is empty. Pass at least one option."))
            return nil
        }
        var stops: [Int] = []
        for value in values {
            guard let index = choice.labels.firstIndex(of: choice.format(value)) else {
                reportMisuse(.badWidgetArgument("st.selectSlider", "the value '\(choice.format(value))' is not one of the options \(choice.labelSummary)."))
                return nil
            }
            stops.append(index)
        }
        return stops
    }

    /// A colour swatch that opens the browser's colour picker. Returns the colour as `#rrggbb` (lower case).
    ///
    /// ```swift
    /// let accent = st.colorPicker("Accent", value: "#ff4b4b")
    /// st.markdown("Your colour is `\(accent)`")
    /// ```
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - value: The colour at first, `#rrggbb` or `#rgb` (any case); default black.
    ///   - key: A unique identity; the colour is then also `st.session[key]` (a `String`).
    ///   - help: A tooltip.
    ///   - disabled: Shows the swatch but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.content` (default) fits the swatch, `.stretch` fills the container, `.points(n)`.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func colorPicker(
        _ label: String, value: String = "#000000", key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .content, onChange: WidgetCallback? = nil
    ) -> String {
        guard let start = HexColor.normalized(value) else {
            reportMisuse(.badWidgetArgument("st.colorPicker", "value '\(value)' is not a hex colour. Pass #rrggbb or #rgb, e.g. \"#ff4b4b\"."))
            return value
        }
        let spec = WidgetSpec<String>(
            kind: .colorPicker, label: label, key: key, defaultValue: start,
            decode: { wire in wire.string.flatMap(HexColor.normalized) },
            encode: { .string($0) }, expected: "a hex colour (#rrggbb)", onChange: onChange,
            fromSession: { ($0 as? String).flatMap(HexColor.normalized) },
            sessionTypeName: "String (a #rrggbb colour)", keepsValueWhenRefused: true)
        let shared = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.content))
        return widget(spec, shared) { info, color in .colorPicker(ColorPickerElement(widget: info, value: color)) }
    }
}

/// Hex colour text, as `st.colorPicker` takes and returns it.
enum HexColor {
    /// `#rrggbb` in lower case for `#rrggbb` or `#rgb` in any case; `nil` for anything else.
    static func normalized(_ text: String) -> String? {
        guard text.first == "#" else { return nil }
        let digits = text.dropFirst().lowercased()
        guard digits.count == 3 || digits.count == 6, digits.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        return "#" + (digits.count == 6 ? digits : digits.map { "\($0)\($0)" }.joined())
    }
}
