import Foundation
import SwiftlitProtocol

/// Reads a JSON array of objects or object of arrays into columns, keeping keys in document order
/// (which `JSONSerialization` and `JSONDecoder` do not). Nested arrays and objects become JSON cells.
struct JSONTableReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Deeper nesting is refused rather than risking the stack.
    private static let maximumDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func columns() throws(TableError) -> [Table.Column] {
        skipWhitespace()
        let columns: [Table.Column]
        switch peek() {
        case UInt8(ascii: "["): columns = try arrayOfObjects()
        case UInt8(ascii: "{"): columns = try objectOfArrays()
        default: throw .invalidJSON("needs an array or an object at the top, not \(found()).")
        }
        skipWhitespace()
        guard position == bytes.count else { throw .invalidJSON("found \(found()) after the end of the JSON.") }
        return columns
    }

    private mutating func arrayOfObjects() throws(TableError) -> [Table.Column] {
        var collector = ColumnCollector(keepingDeclarationOrder: false)
        var element = 0
        try elements(closing: UInt8(ascii: "]")) { reader throws(TableError) in
            guard reader.peek() == UInt8(ascii: "{") else {
                throw .invalidJSON("found \(reader.found()) as element \(element) of the array, where an object should be.")
            }
            collector.beginRow()
            try reader.members { reader, key throws(TableError) in collector.set(key, try reader.cell(depth: 2)) }
            collector.endRow()
            element += 1
        }
        return collector.columns
    }

    private mutating func objectOfArrays() throws(TableError) -> [Table.Column] {
        var columns: [Table.Column] = []
        try members { reader, key throws(TableError) in
            guard reader.peek() == UInt8(ascii: "[") else {
                throw .invalidJSON("found \(reader.found()) for key \"\(key)\", where an array of values should be.")
            }
            var builder = ColumnBuilder()
            try reader.elements(closing: UInt8(ascii: "]")) { reader throws(TableError) in builder.append(try reader.cell(depth: 2)) }
            if let first = columns.first, first.count != builder.count {
                throw .invalidJSON("has \(builder.count) values for \"\(key)\" but \(first.count) for \"\(first.name)\"; give every key as many values.")
            }
            columns.removeAll { $0.name == key }
            columns.append(Table.Column(key, values: builder.values))
        }
        return columns
    }

    /// One cell: scalars as themselves, `null` missing, arrays and objects as JSON.
    private mutating func cell(depth: Int) throws(TableError) -> TableValue {
        switch peek() {
        case UInt8(ascii: "["), UInt8(ascii: "{"): return .json(try json(depth: depth))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .missing
        default: return try number()
        }
    }

    private mutating func json(depth: Int) throws(TableError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw .invalidJSON("nests arrays and objects more than \(Self.maximumDepth) deep.") }
        switch peek() {
        case UInt8(ascii: "["):
            var values: [JSONValue] = []
            try elements(closing: UInt8(ascii: "]")) { reader throws(TableError) in values.append(try reader.json(depth: depth + 1)) }
            return .array(values)
        case UInt8(ascii: "{"):
            var members: [String: JSONValue] = [:]
            try self.members { reader, key throws(TableError) in members[key] = try reader.json(depth: depth + 1) }
            return .object(members)
        default:
            return EncodedNode.json(try cell(depth: depth))
        }
    }

    /// Reads `[a, b, ...]` (the opening bracket at the current position), calling `element` at each.
    private mutating func elements(
        closing: UInt8, _ element: (inout JSONTableReader) throws(TableError) -> Void
    ) throws(TableError) {
        position += 1
        skipWhitespace()
        if peek() == closing {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            skipWhitespace()
            let next = peek()
            position += 1
            if next == closing { return }
            guard next == UInt8(ascii: ",") else {
                position -= 1
                throw .invalidJSON("found \(found()) where a comma or a closing bracket should be.")
            }
        }
    }

    /// Reads `{"key": value, ...}`, calling `member` with each key, the reader on its value.
    private mutating func members(_ member: (inout JSONTableReader, String) throws(TableError) -> Void) throws(TableError) {
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw .invalidJSON("found \(found()) where a key should be.") }
            let key = try string()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw .invalidJSON("found \(found()) where a colon should be.") }
            position += 1
            skipWhitespace()
            try member(&self, key)
            skipWhitespace()
            let next = peek()
            position += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else {
                position -= 1
                throw .invalidJSON("found \(found()) where a comma or a closing brace should be.")
            }
        }
    }

    private mutating func number() throws(TableError) -> TableValue {
        let start = position
        var isInteger = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") {
                isInteger = false
            } else if !(byte >= 48 && byte <= 57 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) {
                break
            }
            position += 1
        }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard !text.isEmpty, text.first != UInt8(ascii: "+") else {
            position = start
            throw .invalidJSON("found \(found()) where a value should be.")
        }
        if isInteger, let integer = CSVFieldSyntax.integer(text) { return .integer(integer) }
        guard let double = CSVFieldSyntax.double(text), double.isFinite else {
            position = start
            throw .invalidJSON("found \(found()), which is not a number.")
        }
        return .double(double)
    }

    private mutating func literal(_ word: StaticString) throws(TableError) {
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count - position >= letters.count, zip(bytes[position...], letters).allSatisfy({ $0 == $1 }) else {
            throw .invalidJSON("found \(found()) where a value should be.")
        }
        position += letters.count
    }

    /// A string (at its opening quote), escapes undone.
    private mutating func string() throws(TableError) -> String {
        position += 1
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            guard bytes[position] >= 0x20 else { throw .invalidJSON("has a control character inside a string; escape it.") }
            position += 1
        }
        guard position < bytes.count else { throw .invalidJSON("has a string that is never closed.") }
        if bytes[position] == UInt8(ascii: "\"") {
            position += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
        }
        var text = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"): try appendEscape(to: &text)
            case 0..<0x20: throw .invalidJSON("has a control character inside a string; escape it.")
            default: text.append(byte)
            }
        }
        throw .invalidJSON("has a string that is never closed.")
    }

    private mutating func appendEscape(to text: inout [UInt8]) throws(TableError) {
        guard position < bytes.count else { throw .invalidJSON("has a string that is never closed.") }
        let escaped = bytes[position]
        position += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar), bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                bytes[position + 1] == UInt8(ascii: "u")
            {
                position += 2
                let low = try hexQuad()
                scalar = (0xDC00..<0xE000).contains(low) ? 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00) : 0xFFFD
            }
            text.append(contentsOf: String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        default:
            throw .invalidJSON("has an unknown escape \\\(Character(Unicode.Scalar(escaped))) in a string.")
        }
    }

    private mutating func hexQuad() throws(TableError) -> UInt32 {
        guard bytes.count - position >= 4 else { throw .invalidJSON("has a \\u escape without four hex digits.") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
                throw .invalidJSON("has a \\u escape without four hex digits.")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
    }

    /// What is at the current position, for messages: a short quote and the byte offset.
    private func found() -> String {
        guard position < bytes.count else { return "the end of the text" }
        let shown = String(decoding: bytes[position..<min(bytes.count, position + 12)], as: UTF8.self)
        return "'\(shown)' at byte \(position)"
    }
}
