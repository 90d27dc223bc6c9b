/// Where one CSV field lies in the input. A quoted field without doubled quotes is its inside; a
/// field that needs unquoting (doubled quotes, text after the closing quote) is its raw bytes,
/// quotes included, marked ``isRaw``. Two words per field, so a million rows of six columns take
/// under a hundred megabytes while the table is built.
struct FieldSpan {
    private let start: Int
    /// The end; bitwise negated when the field is raw.
    private let storedEnd: Int

    init(_ range: Range<Int>, raw: Bool = false) {
        start = range.lowerBound
        storedEnd = raw ? ~range.upperBound : range.upperBound
    }

    static let empty = FieldSpan(0..<0)

    var isRaw: Bool { storedEnd < 0 }
    var range: Range<Int> { start..<(isRaw ? ~storedEnd : storedEnd) }
}

/// Splits RFC 4180 CSV into fields, column by column: quoted fields may hold separators, doubled
/// quotes and line breaks; lines end with LF, CRLF or CR; a UTF-8 byte order mark is skipped and
/// blank lines are ignored. Works on bytes, never on `Character`s, for speed.
struct CSVTokenizer {
    static let quote = UInt8(ascii: "\"")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The first record (the header, when there is one) and the fields of the others by column.
    struct Fields {
        var header: [FieldSpan]
        var columns: [[FieldSpan]]
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let separator: UInt8
    let hasHeader: Bool

    func tokenize() throws(TableError) -> Fields {
        var position = Self.startSkippingByteOrderMark(bytes)
        var line = 1
        var first: [FieldSpan] = []
        var columns: [[FieldSpan]] = []
        var width: Int?
        var fieldInRecord = 0
        var fieldPending = false
        // Whether the record's first field is empty and unquoted: alone, it makes a blank line.
        var firstFieldIsBare = false
        var recordLine = line
        while position < bytes.count || fieldPending {
            fieldPending = false
            if fieldInRecord == 0 { recordLine = line }
            let fieldStart = position
            let span = try field(at: &position, line: &line, recordLine: recordLine)
            if fieldInRecord == 0 {
                firstFieldIsBare = span.range.isEmpty && !span.isRaw
                    && (fieldStart == bytes.count || bytes[fieldStart] != Self.quote)
            }
            if let width {
                guard fieldInRecord < width else {
                    throw .csvSyntax(
                        line: recordLine,
                        problem: "more than \(width) fields, the number in the \(hasHeader ? "header" : "first line"). "
                            + "Quote fields that contain the separator.")
                }
                columns[fieldInRecord].append(span)
            } else {
                first.append(span)
            }
            fieldInRecord += 1
            if position < bytes.count, bytes[position] == separator {
                position += 1
                fieldPending = true
                continue
            }
            // The end of a record.
            if position < bytes.count, bytes[position] == Self.carriageReturn { position += 1 }
            if position < bytes.count, bytes[position] == Self.lineFeed { position += 1 }
            line += 1
            if firstFieldIsBare && fieldInRecord == 1 {
                if width != nil { columns[0].removeLast() } else { first.removeAll() }
            } else if let width {
                for column in fieldInRecord..<width { columns[column].append(.empty) }
            } else {
                width = first.count
                columns = Array(repeating: [], count: first.count)
                if !hasHeader { for (column, span) in first.enumerated() { columns[column].append(span) } }
            }
            fieldInRecord = 0
        }
        return Fields(header: hasHeader ? first : [], columns: columns)
    }

    /// Reads the field at `position` and leaves `position` on what follows it (a separator, a line
    /// break or the end).
    private func field(at position: inout Int, line: inout Int, recordLine: Int) throws(TableError) -> FieldSpan {
        let count = bytes.count
        guard position < count, bytes[position] == Self.quote else {
            let start = position
            while position < count {
                let byte = bytes[position]
                if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                position += 1
            }
            return FieldSpan(start..<position)
        }
        let open = position
        position += 1
        var raw = false
        while true {
            guard position < count else {
                throw .csvSyntax(
                    line: recordLine,
                    problem: "a quoted field is never closed. End it with a quote, and write a quote inside it as two (\"\").")
            }
            let byte = bytes[position]
            if byte == Self.quote {
                guard position + 1 < count, bytes[position + 1] == Self.quote else { break }
                raw = true
                position += 2
                continue
            }
            if byte == Self.lineFeed { line += 1 }
            position += 1
        }
        let close = position
        position += 1
        // Lenient, like Python's csv module: text after the closing quote joins the field.
        while position < count {
            let byte = bytes[position]
            if byte == separator || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            raw = true
            position += 1
        }
        return raw ? FieldSpan(open..<position, raw: true) : FieldSpan((open + 1)..<close)
    }

    /// The bytes of a raw field with its quoting undone: quotes toggle quoting, and a doubled
    /// quote inside quotes is one quote.
    static func unquoted(_ field: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(field.count)
        var quoted = false
        var position = 0
        while position < field.count {
            let byte = field[position]
            if byte == quote {
                if quoted, position + 1 < field.count, field[position + 1] == quote {
                    result.append(quote)
                    position += 1
                } else {
                    quoted.toggle()
                }
            } else {
                result.append(byte)
            }
            position += 1
        }
        return result
    }

    private static func startSkippingByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}
