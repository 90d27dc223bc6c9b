public import SwiftlitProtocol

/// What a date-range input holds: nothing, a start (while the user is still choosing the end), or
/// both ends. Streamlit returns a tuple of zero, one or two dates for the same three states.
///
/// ```swift
/// let trip = st.dateInput("Trip", range: .today ... CalendarDate.today.adding(days: 7))
/// if let days = trip.range { st.write("\(days.lowerBound) to \(days.upperBound)") }
/// ```
public struct DateRangeSelection: Hashable, Sendable {
    /// The first day; `nil` when nothing is chosen.
    public var start: CalendarDate?
    /// The last day; `nil` until the user has chosen it.
    public var end: CalendarDate?

    /// An empty selection, a start alone, or a whole range; `end` without `start` is read as `start`.
    public init(start: CalendarDate? = nil, end: CalendarDate? = nil) {
        self.start = start ?? end
        self.end = start == nil ? nil : end
    }

    /// Both ends of `range`.
    public init(_ range: ClosedRange<CalendarDate>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    /// The chosen days once both ends are chosen; `nil` before.
    public var range: ClosedRange<CalendarDate>? {
        guard let start, let end, start <= end else { return nil }
        return start...end
    }

    /// The days as ISO text, as the browser holds them.
    var isoDays: [String] { [start, end].compactMap { $0?.description } }
}

extension St {
    /// A date field with the browser's calendar. Returns the chosen day, or `nil` when the field is empty.
    ///
    /// ```swift
    /// let birthday = st.dateInput("Birthday", value: CalendarDate(year: 1990, month: 7, day: 6))
    /// let due = st.dateInput("Due", value: nil, min: .today)   // starts empty, nothing in the past
    /// ```
    /// The value is a ``CalendarDate``: a day with no time zone. `.today` is today in the server's
    /// time zone; turn a day into an instant with ``CalendarDate/date(in:)``.
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - value: The day shown at first (default today); `nil` starts empty.
    ///   - min: The earliest day that can be chosen; default ten years before `value` (or today).
    ///   - max: The latest day that can be chosen; default ten years after `value` (or today).
    ///   - format: How the chosen day is written under the field: `YYYY`, `MM` and `DD` in the order
    ///     `YYYY/MM/DD` (default), `DD/MM/YYYY` or `MM/DD/YYYY`, separated by `/`, `-` or `.`. The field
    ///     itself follows the browser's locale.
    ///   - key: A unique identity; the day is then also `st.session[key]` (a `CalendarDate`).
    ///   - help: A tooltip.
    ///   - disabled: Shows the field but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` (default) fills the container, `.points(n)` is n points wide.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func dateInput(
        _ label: String, value: CalendarDate? = .today, min: CalendarDate? = nil, max: CalendarDate? = nil,
        format: String = "YYYY/MM/DD", key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> CalendarDate? {
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        guard let bounds = dateBounds("st.dateInput", around: value.map { $0...$0 }, min: min, max: max, format: format)
        else { return value }
        let spec = WidgetSpec<CalendarDate?>(
            kind: .dateInput, label: label, key: key, defaultValue: value,
            decode: { wire in
                switch wire {
                case .null: .some(nil)
                case .string(let text): CalendarDate(text).flatMap { bounds.contains($0) ? .some($0) : nil }
                default: nil
                }
            },
            encode: { $0.map { .string($0.description) } ?? .null },
            expected: "a day (YYYY-MM-DD) from \(bounds.lowerBound) to \(bounds.upperBound), or null",
            onChange: onChange,
            toSession: { $0 },
            fromSession: { assigned -> CalendarDate?? in
                guard let day = assigned as? CalendarDate, bounds.contains(day) else { return nil }
                return .some(day)
            },
            sessionTypeName: "CalendarDate within \(bounds.lowerBound)...\(bounds.upperBound)", keepsValueWhenRefused: true)
        return widget(spec, options) { info, day in
            .dateInput(
                DateInputElement(
                    widget: info, value: day.map { [$0.description] } ?? [], range: false,
                    min: bounds.lowerBound.description, max: bounds.upperBound.description, format: format))
        }
    }

    /// A date field choosing a range of days. Returns what is chosen so far: nothing, a start, or
    /// both ends (``DateRangeSelection/range``).
    ///
    /// ```swift
    /// let stay = st.dateInput("Stay", range: .today ... CalendarDate.today.adding(days: 3))
    /// if let nights = stay.range { st.write("\(nights.count) days") }
    /// ```
    /// The browser shows two native date fields, "<label> (start)" and "<label> (end)". The other
    /// parameters are those of ``dateInput(_:value:min:max:format:key:help:disabled:labelVisibility:width:onChange:)``;
    /// `range: nil` starts empty. `st.session[key]` holds a ``DateRangeSelection``.
    @discardableResult
    public func dateInput(
        _ label: String, range: ClosedRange<CalendarDate>?, min: CalendarDate? = nil, max: CalendarDate? = nil,
        format: String = "YYYY/MM/DD", key: String? = nil, help: String? = nil, disabled: Bool = false,
        labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> DateRangeSelection {
        let start = range.map(DateRangeSelection.init) ?? DateRangeSelection()
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        guard let bounds = dateBounds("st.dateInput", around: range, min: min, max: max, format: format) else {
            return start
        }
        let fits: @Sendable (DateRangeSelection) -> Bool = { chosen in
            [chosen.start, chosen.end].allSatisfy { day in day.map { bounds.contains($0) } ?? true }
                && (chosen.end == nil || chosen.range != nil)
        }
        let spec = WidgetSpec<DateRangeSelection>(
            kind: .dateInput, label: label, key: key, defaultValue: start,
            decode: { wire in
                guard let texts = wire.strings, texts.count <= 2 else { return nil }
                let days = texts.compactMap(CalendarDate.init)
                guard days.count == texts.count else { return nil }
                let chosen = DateRangeSelection(start: days.first, end: days.count == 2 ? days[1] : nil)
                return fits(chosen) ? chosen : nil
            },
            encode: { .list($0.isoDays.map(WidgetValue.string)) },
            expected: "an array of up to two days (YYYY-MM-DD), in order, from \(bounds.lowerBound) to \(bounds.upperBound)",
            onChange: onChange,
            fromSession: { assigned in
                let chosen = (assigned as? DateRangeSelection) ?? (assigned as? ClosedRange<CalendarDate>).map(DateRangeSelection.init)
                return chosen.flatMap { fits($0) ? $0 : nil }
            },
            sessionTypeName: "DateRangeSelection within \(bounds.lowerBound)...\(bounds.upperBound)", keepsValueWhenRefused: true)
        return widget(spec, options) { info, chosen in
            .dateInput(
                DateInputElement(
                    widget: info, value: chosen.isoDays, range: true, min: bounds.lowerBound.description,
                    max: bounds.upperBound.description, format: format))
        }
    }

    /// The days a date input allows, or `nil` after reporting an argument that cannot work.
    private func dateBounds(
        _ function: String, around value: ClosedRange<CalendarDate>?, min: CalendarDate?, max: CalendarDate?,
        format: String
    ) -> ClosedRange<CalendarDate>? {
        guard DateDisplayFormat.isValid(format) else {
            reportMisuse(
                .badWidgetArgument(
                    function, "format '\(format)' is not one of YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY (with /, - or . between the parts)."))
            return nil
        }
        let lowest = min ?? (value?.lowerBound ?? .today).adding(years: -10)
        let highest = max ?? (value?.upperBound ?? .today).adding(years: 10)
        guard lowest <= highest else {
            reportMisuse(.badWidgetArgument(function, "min \(lowest) is after max \(highest). Swap them."))
            return nil
        }
        if let value, !(lowest...highest).contains(value.lowerBound) || !(lowest...highest).contains(value.upperBound) {
            reportMisuse(
                .badWidgetArgument(
                    function, "the value \(value.lowerBound == value.upperBound ? "\(value.lowerBound)" : "\(value)") is not within min \(lowest) and max \(highest). Move the value or widen the bounds."))
            return nil
        }
        return lowest...highest
    }
}

/// The display formats `st.dateInput` and `st.datetimeInput` accept, as Streamlit does.
enum DateDisplayFormat {
    static func isValid(_ format: String) -> Bool {
        for separator: Character in ["/", "-", "."] {
            let parts = format.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, [["YYYY", "MM", "DD"], ["DD", "MM", "YYYY"], ["MM", "DD", "YYYY"]].contains(parts) {
                return true
            }
        }
        return false
    }
}

extension CalendarDate {
    /// The same day `years` years later (28 February for 29 February in a common year).
    func adding(years: Int) -> CalendarDate {
        let target = Swift.min(Swift.max(year + years, 1), 9999)
        return CalendarDate(year: target, month: month, day: Swift.min(day, Self.daysIn(month: month, year: target))) ?? self
    }
}
