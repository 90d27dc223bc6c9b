import Foundation

/// Reads typed values from the bytes of one field, without making a `String`: integers, decimal
/// numbers, `true`/`false`, days (`2024-05-01`) and ISO 8601 instants. Each returns `nil` when the
/// field is not entirely one of those.
enum CSVFieldSyntax {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The field without leading and trailing spaces and tabs.
    static func trimmed(_ field: Bytes) -> Bytes {
        var start = 0
        var end = field.count
        while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
        while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
        return start == 0 && end == field.count ? field : Bytes(rebasing: field[start..<end])
    }

    /// The texts that mean "no value", as pandas reads them.
    private static let missingMarkers: [[UInt8]] = [
        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA",
        "NULL", "NaN", "None", "n/a", "nan", "null",
    ].map { Array($0.utf8) }

    /// Whether a trimmed field is empty or a missing-value marker (`NA`, `NaN`, `null`, `None`, ...).
    static func isMissing(_ field: Bytes) -> Bool {
        field.isEmpty || field.count <= 8 && missingMarkers.contains { $0.elementsEqual(field) }
    }

    static func integer(_ field: Bytes) -> Int? {
        var position = 0
        var negative = false
        if let first = field.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            position = 1
        }
        guard position < field.count else { return nil }
        var value = 0
        while position < field.count {
            let digit = Int(field[position]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = next
            position += 1
        }
        return value
    }

    private static let exactPowersOfTen: [Double] = (0...22).map { power in
        (0..<power).reduce(1.0) { value, _ in value * 10 }
    }

    /// A decimal number (`-12`, `3.5`, `.5`, `1e-3`) or an infinity (`inf`, `-Infinity`). Up to 19
    /// significant digits and exponents within ±22 are computed exactly here; others go through
    /// the standard library's correctly rounded parser.
    static func double(_ field: Bytes) -> Double? {
        var position = 0
        var negative = false
        if let first = field.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            position = 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var exponent = 0
        var sawDigit = false
        var truncated = false
        var afterPoint = false
        while position < field.count {
            let byte = field[position]
            if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
                position += 1
                continue
            }
            let digit = UInt64(byte) &- 48
            guard digit <= 9 else { break }
            sawDigit = true
            if mantissa == 0 && digit == 0 {
                if afterPoint { exponent -= 1 }
            } else if significantDigits < 19 {
                mantissa = mantissa * 10 + digit
                significantDigits += 1
                if afterPoint { exponent -= 1 }
            } else {
                truncated = true
                if !afterPoint { exponent += 1 }
            }
            position += 1
        }
        guard sawDigit else { return infinity(field, negative: negative) }
        if position < field.count {
            guard field[position] | 0x20 == UInt8(ascii: "e"), let written = exponentPart(field, from: position + 1)
            else { return nil }
            exponent += written
        }
        if !truncated, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let magnitude = exponent >= 0
                ? Double(mantissa) * exactPowersOfTen[exponent] : Double(mantissa) / exactPowersOfTen[-exponent]
            return negative ? -magnitude : magnitude
        }
        return Double(String(decoding: field, as: UTF8.self))
    }

    /// The exponent after an `e`: an optional sign and at least one digit, to the end of the field.
    private static func exponentPart(_ field: Bytes, from start: Int) -> Int? {
        var position = start
        var negative = false
        if position < field.count, field[position] == UInt8(ascii: "-") || field[position] == UInt8(ascii: "+") {
            negative = field[position] == UInt8(ascii: "-")
            position += 1
        }
        guard position < field.count else { return nil }
        var value = 0
        while position < field.count {
            let digit = Int(field[position]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = min(value * 10 + digit, 100_000)
            position += 1
        }
        return negative ? -value : value
    }

    private static func infinity(_ field: Bytes, negative: Bool) -> Double? {
        let word = field.dropFirst(field.first == UInt8(ascii: "-") || field.first == UInt8(ascii: "+") ? 1 : 0)
        guard equalsIgnoringCase(word, "inf") || equalsIgnoringCase(word, "infinity") else { return nil }
        return negative ? -.infinity : .infinity
    }

    /// `true` or `false`, in any case.
    static func bool(_ field: Bytes) -> Bool? {
        if equalsIgnoringCase(field[...], "true") { return true }
        if equalsIgnoringCase(field[...], "false") { return false }
        return nil
    }

    private static func equalsIgnoringCase(_ field: Slice<Bytes>, _ word: StaticString) -> Bool {
        guard field.count == word.utf8CodeUnitCount else { return false }
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return zip(field, letters).allSatisfy { $0 | 0x20 == $1 }
    }

    /// `YYYY-MM-DD`, the start of that day in UTC.
    static func day(_ field: Bytes) -> Date? {
        guard field.count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-"),
            let year = digits(field, 0, 4), let month = digits(field, 5, 2), let day = digits(field, 8, 2)
        else { return nil }
        return CivilCalendar.startOfDay(year: year, month: month, day: day)
    }

    /// ISO 8601: a day, then `T` or a space, `HH:MM`, optional `:SS` and fraction, and an optional
    /// zone (`Z`, `+02:00`, `-0500`, `+02`), perhaps after a space. Without a zone the time is UTC.
    /// A day alone is its start.
    static func instant(_ field: Bytes) -> Date? {
        guard field.count >= 10, let start = day(Bytes(rebasing: field[0..<10])) else { return nil }
        if field.count == 10 { return start }
        let separator = field[10]
        guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20,
            field.count >= 16, let hour = digits(field, 11, 2), field[13] == UInt8(ascii: ":"),
            let minute = digits(field, 14, 2), hour < 24, minute < 60
        else { return nil }
        var seconds = Double(hour * 3600 + minute * 60)
        var position = 16
        if position < field.count, field[position] == UInt8(ascii: ":") {
            guard let second = digits(field, position + 1, 2), second < 60 else { return nil }
            seconds += Double(second)
            position += 3
            if position < field.count, field[position] == UInt8(ascii: ".") || field[position] == UInt8(ascii: ",") {
                position += 1
                var fraction = 0
                var divisor = 1
                let fractionStart = position
                while position < field.count, let digit = digits(field, position, 1) {
                    if divisor < 1_000_000_000 {  // nanoseconds are as fine as a Date gets
                        fraction = fraction * 10 + digit
                        divisor *= 10
                    }
                    position += 1
                }
                guard position > fractionStart else { return nil }
                seconds += Double(fraction) / Double(divisor)
            }
        }
        if position < field.count, field[position] == 0x20 { position += 1 }
        guard let offset = zoneOffset(field, from: position) else { return nil }
        return start.addingTimeInterval(seconds - Double(offset))
    }

    /// The zone's offset from UTC in seconds; 0 when there is none.
    private static func zoneOffset(_ field: Bytes, from position: Int) -> Int? {
        let rest = field.count - position
        guard rest > 0 else { return 0 }
        let sign = field[position]
        if sign | 0x20 == UInt8(ascii: "z") { return rest == 1 ? 0 : nil }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), rest >= 3, let hours = digits(field, position + 1, 2)
        else { return nil }
        var minutes = 0
        switch rest {
        case 3: break
        case 5: guard let value = digits(field, position + 3, 2) else { return nil }; minutes = value
        case 6:
            guard field[position + 3] == UInt8(ascii: ":"), let value = digits(field, position + 4, 2) else { return nil }
            minutes = value
        default: return nil
        }
        guard hours < 24, minutes < 60 else { return nil }
        let offset = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -offset : offset
    }

    /// The number written by `count` digits at `start`, `nil` if one is not a digit.
    private static func digits(_ field: Bytes, _ start: Int, _ count: Int) -> Int? {
        guard start + count <= field.count else { return nil }
        var value = 0
        for position in start..<(start + count) {
            let digit = Int(field[position]) &- 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return value
    }
}
