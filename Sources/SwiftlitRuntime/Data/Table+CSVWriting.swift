import Foundation

extension Table {
    /// The table as CSV text, with a header line of column names.
    ///
    /// ```swift
    /// let text = table.csv()
    /// ```
    /// Fields that contain the separator, a quote or a line break are quoted. Days read
    /// `2024-05-01`, dates with times ISO 8601 in UTC (`2024-05-01T12:30:05Z`, with milliseconds
    /// when there are some), numbers in their shortest exact form, JSON compactly; missing cells
    /// are empty. Row labels are not written. For a large table, ``writeCSV(rows:separator:to:)``
    /// hands the text over in pieces.
    public func csv(separator: Character = ",") -> String {
        var text = ""
        writeCSV(rows: 0..<rowCount, separator: separator) { text += $0 }
        return text
    }

    /// Writes the header line and the rows at `positions` (in that order) as CSV, handing the text
    /// to `sink` in pieces of about 64 KiB, so a table of millions of rows is written without
    /// ever holding all of its text.
    ///
    /// ```swift
    /// try table.writeCSV(rows: 0..<table.rowCount) { piece in try handle.write(contentsOf: Data(piece.utf8)) }
    /// ```
    /// Positions outside the table are skipped. The format is ``csv(separator:)``'s; without
    /// `header`, the lines of the rows alone (to continue a file written in batches).
    public func writeCSV(
        rows positions: some Sequence<Int>, separator: Character = ",", header: Bool = true,
        to sink: (String) throws -> Void
    ) rethrows {
        let writer = CSVRowWriter(columns: columns, separator: Array(separator.utf8))
        let rows = rowCount
        var buffer: [UInt8] = []
        buffer.reserveCapacity(CSVRowWriter.pieceSize + 4096)
        if header { writer.appendHeader(to: &buffer) }
        for position in positions where position >= 0 && position < rows {
            writer.appendRow(position, to: &buffer)
            if buffer.count >= CSVRowWriter.pieceSize {
                try sink(String(decoding: buffer, as: UTF8.self))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try sink(String(decoding: buffer, as: UTF8.self)) }
    }
}

/// Writes rows of a table's columns as CSV bytes.
struct CSVRowWriter {
    static let pieceSize = 64 * 1024

    let columns: [Table.Column]
    let separator: [UInt8]

    func appendHeader(to buffer: inout [UInt8]) {
        for (position, column) in columns.enumerated() {
            if position > 0 { buffer.append(contentsOf: separator) }
            appendText(column.name, to: &buffer)
        }
        buffer.append(CSVTokenizer.lineFeed)
    }

    func appendRow(_ row: Int, to buffer: inout [UInt8]) {
        for (position, column) in columns.enumerated() {
            if position > 0 { buffer.append(contentsOf: separator) }
            appendCell(column.values, row, to: &buffer)
        }
        buffer.append(CSVTokenizer.lineFeed)
    }

    private func appendCell(_ values: Table.ColumnValues, _ row: Int, to buffer: inout [UInt8]) {
        switch values {
        case .integers(let values):
            if let value = values[row] { buffer.append(contentsOf: String(value).utf8) }
        case .doubles(let values):
            if let value = values[row], !value.isNaN { buffer.append(contentsOf: value.description.utf8) }
        case .booleans(let values):
            if let value = values[row] { buffer.append(contentsOf: (value ? "true" : "false").utf8) }
        case .strings(let values):
            if let value = values[row] { appendText(value, to: &buffer) }
        case .dates(let values):
            if let value = values[row] { CivilCalendar.appendDay(of: value, to: &buffer) }
        case .datetimes(let values):
            if let value = values[row] { CivilCalendar.appendInstant(of: value, milliseconds: true, to: &buffer) }
        case .json(let values):
            if let value = values[row] {
                var text: [UInt8] = []
                CellText.appendJSON(value, to: &text)
                appendField(text, to: &buffer)
            }
        }
    }

    private func appendText(_ text: String, to buffer: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendField($0, to: &buffer) }
    }

    /// A field, quoted when it holds the separator, a quote or a line break (quotes doubled).
    private func appendField(_ field: some Collection<UInt8>, to buffer: inout [UInt8]) {
        let separatorStart = separator.first ?? CSVTokenizer.quote
        let needsQuotes = field.contains { byte in
            byte == separatorStart || byte == CSVTokenizer.quote || byte == CSVTokenizer.lineFeed
                || byte == CSVTokenizer.carriageReturn
        }
        guard needsQuotes else { return buffer.append(contentsOf: field) }
        buffer.append(CSVTokenizer.quote)
        for byte in field {
            if byte == CSVTokenizer.quote { buffer.append(CSVTokenizer.quote) }
            buffer.append(byte)
        }
        buffer.append(CSVTokenizer.quote)
    }
}
