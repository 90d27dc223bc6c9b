import Foundation

/// Calendar days and times of day in UTC, converted with integer arithmetic: formatting or parsing
/// millions of cells through Foundation's calendar takes seconds, this takes milliseconds.
///
/// The arithmetic is the proleptic Gregorian calendar. Foundation's Gregorian calendar switches to
/// the Julian one before October 1582, so days outside 1583...9999 go through Foundation and every
/// day reads and prints as it always has.
enum CivilCalendar {
    static let secondsPerDay = 86_400
    /// Days from 1970-01-01 to 1583-01-01 and to 10000-01-01: the range the arithmetic covers.
    private static let fastDays = days(year: 1583, month: 1, day: 1)..<days(year: 10000, month: 1, day: 1)

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (`civil_from_days`).
    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The start (UTC) of a calendar day, `nil` when the day does not exist (February 30).
    static func startOfDay(year: Int, month: Int, day: Int) -> Date? {
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month) else { return nil }
        let dayNumber = days(year: year, month: month, day: day)
        if fastDays.contains(dayNumber) { return Date(timeIntervalSince1970: Double(dayNumber * secondsPerDay)) }
        return foundationCalendar.date(from: DateComponents(year: year, month: month, day: day))
    }

    /// `date` as `2024-05-01` (its UTC day).
    static func appendDay(of date: Date, to bytes: inout [UInt8]) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        guard let (dayNumber, _) = split(seconds) else {
            return bytes.append(contentsOf: TableDateFormat.foundationDay(date).utf8)
        }
        appendDate(days: dayNumber, to: &bytes)
    }

    /// `date` as `2024-05-01T12:30:05Z`, seconds truncated as the wire's format does; with
    /// `milliseconds`, a nonzero fraction follows the seconds (`12:30:05.250Z`).
    static func appendInstant(of date: Date, milliseconds: Bool = false, to bytes: inout [UInt8]) {
        let interval = date.timeIntervalSince1970
        let seconds = interval.rounded(.down)
        guard let (dayNumber, secondOfDay) = split(seconds) else {
            return bytes.append(contentsOf: TableDateFormat.foundationInstant(date).utf8)
        }
        appendDate(days: dayNumber, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendTwoDigits(secondOfDay / 3600, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay / 60 % 60, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay % 60, to: &bytes)
        if milliseconds {
            let millis = min(999, Int(((interval - seconds) * 1000).rounded()))
            if millis > 0 {
                bytes.append(UInt8(ascii: "."))
                appendDigits(millis, width: 3, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Whole seconds since 1970 as a day number and a second of that day, when the day is in range.
    private static func split(_ seconds: Double) -> (Int, Int)? {
        let lower = Double(fastDays.lowerBound * secondsPerDay)
        let upper = Double(fastDays.upperBound * secondsPerDay)
        guard seconds >= lower, seconds < upper else { return nil }
        let whole = Int(seconds)
        let dayNumber = whole >= 0 ? whole / secondsPerDay : (whole - secondsPerDay + 1) / secondsPerDay
        return (dayNumber, whole - dayNumber * secondsPerDay)
    }

    private static func appendDate(days dayNumber: Int, to bytes: inout [UInt8]) {
        let (year, month, day) = civil(days: dayNumber)
        appendDigits(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(month, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(day, to: &bytes)
    }

    private static func appendTwoDigits(_ value: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(truncatingIfNeeded: 48 + value / 10))
        bytes.append(UInt8(truncatingIfNeeded: 48 + value % 10))
    }

    private static func appendDigits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 48 + value / divisor % 10))
            divisor /= 10
        }
    }

    /// Foundation's Gregorian calendar in UTC, for days the arithmetic leaves to it.
    private static let foundationCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()
}
