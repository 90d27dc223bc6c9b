public import SwiftlitProtocol

extension St {
    /// A time field with the browser's time picker. Returns the chosen time, or `nil` when the field is empty.
    ///
    /// ```swift
    /// let wakeUp = st.timeInput("Wake up at", value: TimeOfDay(hour: 6, minute: 45), step: 300)
    /// ```
    /// The value is a ``TimeOfDay``: a wall-clock time with no day and no time zone; `.now` is the
    /// current minute in the server's time zone.
    /// - Parameters:
    ///   - label: The label, also the accessible name and (without `key`) the identity.
    ///   - value: The time shown at first (default now); `nil` starts empty.
    ///   - step: The step between the times the picker offers, in seconds (1 to 82 800, 23 hours); default 15 minutes.
    ///     A step that is not a whole number of minutes lets the user enter seconds.
    ///   - format: `.hour24` (default), `.hour12` or `.localized`, for the time written under the
    ///     field. The field itself follows the browser's locale.
    ///   - key: A unique identity; the time is then also `st.session[key]` (a `TimeOfDay`).
    ///   - help: A tooltip.
    ///   - disabled: Shows the field but ignores changes.
    ///   - labelVisibility: Hide the label while keeping it as the accessible name.
    ///   - width: `.stretch` (default) fills the container, `.points(n)` is n points wide.
    ///   - onChange: Runs before the app body of the run a change causes.
    @discardableResult
    public func timeInput(
        _ label: String, value: TimeOfDay? = .now, step: Int = 900, format: TimeFormat = .hour24, key: String? = nil,
        help: String? = nil, disabled: Bool = false, labelVisibility: LabelVisibility = .visible,
        width: ElementWidth = .stretch, onChange: WidgetCallback? = nil
    ) -> TimeOfDay? {
        guard validStep(step, "st.timeInput") else { return value }
        let spec = WidgetSpec<TimeOfDay?>(
            kind: .timeInput, label: label, key: key, defaultValue: value,
            decode: { wire in
                switch wire {
                case .null: .some(nil)
                case .string(let text): TimeOfDay(text).map { .some($0) }
                default: nil
                }
            },
            encode: { $0.map { .string($0.description) } ?? .null },
            expected: "a time (HH:MM or HH:MM:SS) or null", onChange: onChange,
            toSession: { $0 },
            fromSession: { assigned -> TimeOfDay?? in (assigned as? TimeOfDay).map { .some($0) } },
            sessionTypeName: "TimeOfDay", keepsValueWhenRefused: true)
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        return widget(spec, options) { info, time in
            .timeInput(TimeInputElement(widget: info, value: time?.description, step: step, format: format))
        }
    }

    /// A field for a day and a time, with the browser's picker. Returns the chosen wall-clock time,
    /// or `nil` when the field is empty.
    ///
    /// ```swift
    /// let start = st.datetimeInput("Starts", min: .now, step: 1800)
    /// if let start { st.write("Starts \(start.date(in: .current))") }
    /// ```
    /// The value is a ``LocalDateTime``: a day and time with no time zone, as the user typed it
    /// (Streamlit's naive `datetime`); turn it into an instant with ``LocalDateTime/date(in:)``.
    /// - Parameters:
    ///   - value: The time shown at first (default now, to the minute, in the server's time zone); `nil` starts empty.
    ///   - min: The earliest time that can be chosen; default ten years before `value` (or today 00:00).
    ///   - max: The latest time that can be chosen; default ten years after `value` (or today 23:59).
    ///   - step: The step between the times the picker offers, in seconds; default 15 minutes.
    ///   - format: How the day is written under the field, as for ``dateInput(_:value:min:max:format:key:help:disabled:labelVisibility:width:onChange:)``.
    ///   - The others are those of ``timeInput(_:value:step:format:key:help:disabled:labelVisibility:width:onChange:)``;
    ///     `st.session[key]` holds a `LocalDateTime`.
    @discardableResult
    public func datetimeInput(
        _ label: String, value: LocalDateTime? = .now, min: LocalDateTime? = nil, max: LocalDateTime? = nil,
        step: Int = 900, format: String = "YYYY/MM/DD", key: String? = nil, help: String? = nil,
        disabled: Bool = false, labelVisibility: LabelVisibility = .visible, width: ElementWidth = .stretch,
        onChange: WidgetCallback? = nil
    ) -> LocalDateTime? {
        guard validStep(step, "st.datetimeInput"), let bounds = dateTimeBounds(value, min, max, format) else {
            return value
        }
        let spec = WidgetSpec<LocalDateTime?>(
            kind: .datetimeInput, label: label, key: key, defaultValue: value,
            decode: { wire in
                switch wire {
                case .null: .some(nil)
                case .string(let text): LocalDateTime(text).flatMap { bounds.contains($0) ? .some($0) : nil }
                default: nil
                }
            },
            encode: { $0.map { .string($0.description) } ?? .null },
            expected: "a time (YYYY-MM-DDTHH:MM[:SS]) from \(bounds.lowerBound) to \(bounds.upperBound), or null",
            onChange: onChange,
            toSession: { $0 },
            fromSession: { assigned -> LocalDateTime?? in
                guard let moment = assigned as? LocalDateTime, bounds.contains(moment) else { return nil }
                return .some(moment)
            },
            sessionTypeName: "LocalDateTime within \(bounds.lowerBound)...\(bounds.upperBound)", keepsValueWhenRefused: true)
        let options = WidgetOptions(help: help, disabled: disabled, labelVisibility: labelVisibility, width: width.unless(.stretch))
        return widget(spec, options) { info, moment in
            .datetimeInput(
                DateTimeInputElement(
                    widget: info, value: moment?.description, min: bounds.lowerBound.description,
                    max: bounds.upperBound.description, step: step, format: format))
        }
    }

    /// Whether `step` is a usable step in seconds; reports it when not.
    private func validStep(_ step: Int, _ function: String) -> Bool {
        guard !(1...82_800).contains(step) else { return true }
        reportMisuse(.badWidgetArgument(function, "step \(step) must be between 1 and 82800 seconds (23 hours); the default is 900 (15 minutes)."))
        return false
    }

    /// The times a datetime input allows, or `nil` after reporting arguments that cannot work.
    private func dateTimeBounds(
        _ value: LocalDateTime?, _ min: LocalDateTime?, _ max: LocalDateTime?, _ format: String
    ) -> ClosedRange<LocalDateTime>? {
        let function = "st.datetimeInput"
        guard DateDisplayFormat.isValid(format) else {
            reportMisuse(
                .badWidgetArgument(
                    function, "format '\(format)' is not one of YYYY/MM/DD, DD/MM/YYYY or MM/DD/YYYY (with /, - or . between the parts)."))
            return nil
        }
        let midnight = TimeOfDay(secondsSinceMidnight: 0)
        let lastMinute = TimeOfDay(secondsSinceMidnight: 86_340)
        let lowest = min ?? value.map { LocalDateTime(day: $0.day.adding(years: -10), time: $0.time) }
            ?? LocalDateTime(day: CalendarDate.today.adding(years: -10), time: midnight)
        let highest = max ?? value.map { LocalDateTime(day: $0.day.adding(years: 10), time: $0.time) }
            ?? LocalDateTime(day: CalendarDate.today.adding(years: 10), time: lastMinute)
        guard lowest <= highest else {
            reportMisuse(.badWidgetArgument(function, "min \(lowest) is after max \(highest). Swap them."))
            return nil
        }
        if let value, !(lowest...highest).contains(value) {
            reportMisuse(
                .badWidgetArgument(
                    function, "the value \(value) is not within min \(lowest) and max \(highest). Move the value or widen the bounds."))
            return nil
        }
        return lowest...highest
    }
}
