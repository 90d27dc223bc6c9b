import Foundation
import SwiftlitProtocol

/// A cell as text: what a table on the page shows (for search) and what a text column holds when
/// values of different types meet in one column.
enum CellText {
    /// The text of a value; `nil` when it is missing. Integers plain, doubles as a dataframe shows
    /// them (``number(_:)``), booleans `true`/`false`, dates as on the wire, JSON compact.
    static func text(of value: TableValue) -> String? {
        switch value {
        case .missing: nil
        case .integer(let value): String(value)
        case .double(let value): value.isFinite ? number(value) : nil
        case .bool(let value): value ? "true" : "false"
        case .string(let value): value
        case .date(let value): TableDateFormat.day(value)
        case .datetime(let value): TableDateFormat.instant(value)
        case .json(let value): json(value)
        }
    }

    /// A double as the browser's table shows it (`formatCellNumber` in dataframe-model.js): at
    /// most four decimals with trailing zeros trimmed, scientific notation below 0.0001 and from
    /// 1e15 (`1.2346e-5`, `1e+15`).
    static func number(_ value: Double) -> String {
        let magnitude = value.magnitude
        if magnitude == 0 { return "0" }
        if magnitude < 0.0001 || magnitude >= 1e15 { return scientific(value) }
        // Below 1e11 a double is within 1e-5 of its shortest representation, so when that has at
        // most four decimals it is what rounding to four decimals gives, and it is cheap.
        if magnitude < 1e11 {
            let shortest = value.description
            if let dot = shortest.utf8.firstIndex(of: UInt8(ascii: ".")),
                !shortest.utf8.contains(UInt8(ascii: "e")),
                shortest.utf8.distance(from: dot, to: shortest.utf8.endIndex) <= 5
            {
                return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
            }
        }
        return trimmed(fixed(value))
    }

    /// `value.toFixed(4)`: JavaScript rounds an exact tie away from zero, C's `%.4f` to even, and
    /// ties are the odd multiples of 1/32 (the only binary fractions ending in a 5 at the fifth decimal).
    private static func fixed(_ value: Double) -> String {
        let thirtySeconds = value.magnitude * 32
        guard thirtySeconds < 0x1p53, thirtySeconds == thirtySeconds.rounded(.down),
            Int(thirtySeconds) % 2 == 1
        else { return String(format: "%.4f", value) }
        // |value| = j/32 with j odd, so |value| * 10000 = j * 312.5 exactly: round it up in integers.
        let tenThousandths = (Int(thirtySeconds) * 625 + 1) / 2
        let fraction = String(tenThousandths % 10000)
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(tenThousandths / 10000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    /// Trailing zeros and a bare point removed; `-0` reads `0`.
    private static func trimmed(_ text: String) -> String {
        var result = Substring(text)
        if result.contains(".") {
            while result.hasSuffix("0") { result.removeLast() }
            if result.hasSuffix(".") { result.removeLast() }
        }
        return result == "-0" ? "0" : String(result)
    }

    /// `value.toExponential(4)` with zeros before the `e` trimmed.
    private static func scientific(_ value: Double) -> String {
        let text = String(format: "%.4e", value)
        guard let e = text.firstIndex(of: "e") else { return text }
        let mantissa = trimmed(String(text[..<e]))
        let exponent = text[text.index(after: e)...]
        let sign = exponent.first == "-" ? "-" : "+"
        let digits = exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" }
        return "\(mantissa)e\(sign)\(digits.isEmpty ? "0" : digits)"
    }

    /// Compact JSON, object keys sorted.
    static func json(_ value: JSONValue) -> String {
        var bytes: [UInt8] = []
        appendJSON(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendJSON(_ value: JSONValue, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): appendJSONNumber(number, to: &bytes)
        case .string(let text): appendJSONString(text, to: &bytes)
        case .array(let values):
            bytes.append(UInt8(ascii: "["))
            for (position, element) in values.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                appendJSON(element, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (position, key) in members.keys.sorted().enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                appendJSONString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                members[key].map { appendJSON($0, to: &bytes) }
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Whole numbers without a fraction (`3`, not `3.0`); non-finite numbers as `null`, as JSON has none.
    private static func appendJSONNumber(_ number: Double, to bytes: inout [UInt8]) {
        guard number.isFinite else { return bytes.append(contentsOf: "null".utf8) }
        if number == number.rounded(.towardZero), number.magnitude < 1e15 {
            bytes.append(contentsOf: String(Int(number)).utf8)
        } else {
            bytes.append(contentsOf: number.description.utf8)
        }
    }

    private static func appendJSONString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xf)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
