public import Foundation

/// A time of day on a wall clock, to the second, without a day or a time zone: what
/// `st.timeInput` returns.
///
/// ```swift
/// let alarm = st.timeInput("Alarm", value: TimeOfDay(hour: 7, minute: 30))
/// if let alarm { st.write("Ringing at \(alarm)") }   // "07:30"
/// ```
public struct TimeOfDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// 0…23.
    public let hour: Int
    /// 0…59.
    public let minute: Int
    /// 0…59.
    public let second: Int

    /// A time; `nil` outside 00:00:00…23:59:59.
    public init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads ISO 8601 text, `HH:MM` or `HH:MM:SS` (what `<input type="time">` sends); `nil` otherwise.
    public init?(_ iso: String) {
        let parts = iso.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.count == 2 }) else { return nil }
        let numbers = parts.compactMap(ISODigits.number)
        guard numbers.count == parts.count else { return nil }
        self.init(hour: numbers[0], minute: numbers[1], second: numbers.count == 3 ? numbers[2] : 0)
    }

    /// The time `seconds` after midnight, wrapped into one day.
    public init(secondsSinceMidnight seconds: Int) {
        let wrapped = ((seconds % 86_400) + 86_400) % 86_400
        hour = wrapped / 3600
        minute = wrapped % 3600 / 60
        second = wrapped % 60
    }

    /// The wall-clock time of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        self.init(secondsSinceMidnight: (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0))
    }

    /// The current minute in the server's time zone (`TimeZone.current`); seconds are zero, as in
    /// Streamlit's `value="now"`.
    public static var now: TimeOfDay {
        let time = TimeOfDay(Date())
        return TimeOfDay(secondsSinceMidnight: time.secondsSinceMidnight - time.second)
    }

    /// Seconds since midnight, 0…86 399.
    public var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }

    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero (the form `<input type="time">` shows).
    public var description: String {
        let minutes = ISODigits.pad(hour, 2) + ":" + ISODigits.pad(minute, 2)
        return second == 0 ? minutes : minutes + ":" + ISODigits.pad(second, 2)
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.secondsSinceMidnight < rhs.secondsSinceMidnight }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = TimeOfDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an HH:MM[:SS] time")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A day and a time of day on a wall clock, without a time zone: what `st.datetimeInput` returns
/// (Streamlit's naive `datetime`). Turn it into an instant by naming the time zone it is in.
///
/// ```swift
/// if let meeting = st.datetimeInput("Meeting") {
///     let instant: Date = meeting.date(in: TimeZone(identifier: "America/New_York")!)
/// }
/// ```
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    public let day: CalendarDate
    public let time: TimeOfDay

    public init(day: CalendarDate, time: TimeOfDay) {
        self.day = day
        self.time = time
    }

    /// Reads ISO 8601 text, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (what
    /// `<input type="datetime-local">` sends); `nil` otherwise.
    public init?(_ iso: String) {
        let parts = iso.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = CalendarDate(String(parts[0])), let time = TimeOfDay(String(parts[1])) else {
            return nil
        }
        self.init(day: day, time: time)
    }

    /// The wall-clock day and time of `date` in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        self.init(day: CalendarDate(date, in: timeZone), time: TimeOfDay(date, in: timeZone))
    }

    /// The current minute in the server's time zone (`TimeZone.current`), seconds zero.
    public static var now: LocalDateTime {
        let date = Date()
        let time = TimeOfDay(date)
        return LocalDateTime(day: CalendarDate(date), time: TimeOfDay(secondsSinceMidnight: time.secondsSinceMidnight - time.second))
    }

    /// The instant this wall-clock time names in `timeZone`. In a daylight-saving gap or overlap,
    /// Foundation's choice applies (the later instant in a gap, the earlier in an overlap).
    public func date(in timeZone: TimeZone = .current) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(
            year: day.year, month: day.month, day: day.day, hour: time.hour, minute: time.minute, second: time.second)
        // Every valid Gregorian day and time converts; the fallback is unreachable.
        return calendar.date(from: components) ?? day.date(in: timeZone)
    }

    /// `YYYY-MM-DDTHH:MM`, with `:SS` when the seconds are not zero.
    public var description: String { "\(day)T\(time)" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { (lhs.day, lhs.time) < (rhs.day, rhs.time) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let moment = LocalDateTime(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a YYYY-MM-DDTHH:MM[:SS] time")
        }
        self = moment
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
