import SwiftlitProtocol
public import SwiftlitRuntime

// What a user does with the pickers of issue 13: each sends what the browser would send.
extension WidgetHandle {
    /// Picks a day in a date input (`nil` clears it).
    public func pickDate(_ day: CalendarDate?) { setRaw(day.map { .string($0.description) } ?? .null) }
    /// Picks the days of a date-range input: the start alone (while choosing), or both ends.
    public func pickDates(_ start: CalendarDate?, _ end: CalendarDate? = nil) {
        setRaw(.list([start, end].compactMap { $0.map { WidgetValue.string($0.description) } }))
    }
    /// Sets a time input (`nil` clears it).
    public func setTime(_ time: TimeOfDay?) { setRaw(time.map { .string($0.description) } ?? .null) }
    /// Sets a datetime input (`nil` clears it).
    public func setDateTime(_ moment: LocalDateTime?) { setRaw(moment.map { .string($0.description) } ?? .null) }
    /// Picks a colour, `#rrggbb`, as the browser's colour picker sends it.
    public func pickColor(_ hex: String) { setRaw(.string(hex)) }
    /// Moves both handles of a range select slider to the options labelled `low` and `high`.
    public func selectRange(_ low: String, _ high: String) { setRaw(.list([.string(low), .string(high)])) }
    /// Clears a single-choice pills or segmented control (clicking the chosen button again).
    public func unselect() { setRaw(.null) }
    /// Chooses a feedback index (0 is the least satisfied); `nil` clears it.
    public func rate(_ index: Int?) { setRaw(index.map { .number(Double($0)) } ?? .null) }
}
