public import Foundation

/// A day of the (proleptic Gregorian) calendar, without a time or a time zone: what `st.dateInput`
/// returns. "30 November 2026" is the same `CalendarDate` for a user in Tokyo and one in Lima.
///
/// Convert to and from Foundation's `Date` (an instant) by naming the time zone whose day you
/// mean, or rely on the default, the server's time zone (`TimeZone.current`):
///
/// ```swift
/// let day = st.dateInput("Start", value: CalendarDate(year: 2026, month: 11, day: 30))
/// let start: Date? = day?.date(in: TimeZone(identifier: "Europe/Paris")!)  // midnight in Paris
/// ```
public struct CalendarDate: Hashable, Strideable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    /// 1…9999.
    public let year: Int
    /// 1…12.
    public let month: Int
    /// 1…31, within the month's length.
    public let day: Int

    /// A day; `nil` when there is no such day (30 February, month 13, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads ISO 8601 text, `YYYY-MM-DD` exactly (what `<input type="date">` sends); `nil` otherwise.
    public init?(_ iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = ISODigits.number(parts[0]), let month = ISODigits.number(parts[1]),
            let day = ISODigits.number(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `date` falls on in `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // Foundation's components of a Gregorian date are always present and valid.
        self.init(unchecked: parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = min(max(year, 1), 9999)
        self.month = month
        self.day = day
    }

    /// Today in the server's time zone (`TimeZone.current`).
    public static var today: CalendarDate { CalendarDate(Date()) }

    /// The instant this day starts (midnight) in `timeZone`.
    public func date(in timeZone: TimeZone = .current) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day)
        // A valid Gregorian day always has a start; the fallback is unreachable.
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The day `days` days later (earlier when negative), clamped to years 1…9999.
    public func adding(days: Int) -> CalendarDate {
        let (lowest, highest) = (Self.first.dayNumber, Self.last.dayNumber)
        return CalendarDate(dayNumber: min(max(dayNumber + days, lowest), highest))
    }

    /// The number of days from this day to `other` (negative when `other` is earlier). With
    /// ``advanced(by:)`` it makes a range of days a collection: `for day in start...end`, `(start...end).count`.
    public func distance(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }

    /// The day `days` days later; the same as ``adding(days:)``.
    public func advanced(by days: Int) -> CalendarDate { adding(days: days) }

    /// `YYYY-MM-DD`.
    public var description: String { ISODigits.pad(year, 4) + "-" + ISODigits.pad(month, 2) + "-" + ISODigits.pad(day, 2) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a YYYY-MM-DD day")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static let first = CalendarDate(unchecked: 1, 1, 1)
    static let last = CalendarDate(unchecked: 9999, 12, 31)

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`), for day arithmetic without a calendar.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (`civil_from_days`).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// The fixed-width decimal fields of ISO 8601 text.
enum ISODigits {
    /// The number written by `text`, ASCII digits only (no sign, no spaces).
    static func number(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    /// `value` with leading zeros to `width` digits.
    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
