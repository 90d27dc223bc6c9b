public import Foundation

extension Table {
    /// A table from CSV text (RFC 4180: quoted fields may hold separators, doubled quotes and line
    /// breaks; LF or CRLF line ends; a byte order mark is skipped; blank lines are ignored).
    ///
    /// ```swift
    /// let table = try Table(csv: """
    ///     city,day,temperature
    ///     Oslo,2024-05-01,4.5
    ///     Lima,2024-05-01,NA
    ///     """)
    /// ```
    /// Each column's type comes from all its values: integers, numbers, `true`/`false` (any case),
    /// days (`2024-05-01`), dates with times (ISO 8601 with `T` or a space, optional seconds,
    /// fraction and zone; UTC without one), or else text. Empty fields and `NA`, `NaN`, `null`,
    /// `None` (and pandas' other markers) are missing. Without a header the columns are named
    /// `column 1`, `column 2`, ...; an empty header name is named the same way, and a repeated one
    /// gets `.1`, `.2` appended. A row with fewer fields than the header has missing cells.
    /// - Throws: ``TableError/csvSyntax(line:problem:)`` for a quote that is never closed or a row
    ///   with more fields than the header; ``TableError/invalidSeparator(_:)``.
    public init(csv: String, separator: Character = ",", header: Bool = true) throws(TableError) {
        let separatorByte = try CSVReader.separatorByte(separator)
        var text = csv
        let columns = try text.withUTF8 { bytes in
            Result { () throws(TableError) in try CSVReader.columns(bytes, separator: separatorByte, header: header) }
        }.get()
        self.init(columns)
    }

    /// A table from tab-separated text; see ``init(csv:separator:header:)``.
    public init(tsv: String, header: Bool = true) throws(TableError) {
        try self.init(csv: tsv, separator: "\t", header: header)
    }

    /// A table from a CSV file; see ``init(csv:separator:header:)``.
    ///
    /// ```swift
    /// let sales = try Table(contentsOfCSV: URL(filePath: "data/sales.csv"))
    /// ```
    /// - Parameter separator: The field separator; by default a tab for a `.tsv` file and a comma
    ///   for any other.
    public init(contentsOfCSV url: URL, separator: Character? = nil, header: Bool = true) throws(TableError) {
        let separatorByte = try CSVReader.separatorByte(
            separator ?? (url.pathExtension.lowercased() == "tsv" ? "\t" : ","))
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(path: url.path(percentEncoded: false), reason: error.localizedDescription)
        }
        let columns = try data.withUnsafeBytes { raw in
            Result { () throws(TableError) in
                try CSVReader.columns(raw.assumingMemoryBound(to: UInt8.self), separator: separatorByte, header: header)
            }
        }.get()
        self.init(columns)
    }
}

/// Turns tokenized CSV into typed columns: one pass per column decides the type from every value,
/// a second converts.
enum CSVReader {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    private enum Kind { case unknown, integers, doubles, booleans, dates, datetimes, text }

    static func separatorByte(_ separator: Character) throws(TableError) -> UInt8 {
        guard let byte = separator.asciiValue, byte != CSVTokenizer.quote, byte != CSVTokenizer.lineFeed,
            byte != CSVTokenizer.carriageReturn
        else { throw .invalidSeparator(separator) }
        return byte
    }

    static func columns(_ bytes: Bytes, separator: UInt8, header: Bool) throws(TableError) -> [Table.Column] {
        let fields = try CSVTokenizer(bytes: bytes, separator: separator, hasHeader: header).tokenize()
        let names = columnNames(fields.header.map { string(of: $0, in: bytes) }, count: fields.columns.count)
        return zip(names, fields.columns).map { name, spans in Table.Column(name, values: values(spans, in: bytes)) }
    }

    /// Header names made unique; empty and absent ones named by position.
    private static func columnNames(_ header: [String], count: Int) -> [String] {
        var taken = Set<String>()
        return (0..<count).map { position in
            let given = position < header.count ? header[position] : ""
            let base = given.isEmpty ? "column \(position + 1)" : given
            var name = base
            var suffix = 0
            while taken.contains(name) {
                suffix += 1
                name = "\(base).\(suffix)"
            }
            taken.insert(name)
            return name
        }
    }

    private static func values(_ spans: [FieldSpan], in bytes: Bytes) -> Table.ColumnValues {
        func field(_ span: FieldSpan) -> Bytes { CSVFieldSyntax.trimmed(Bytes(rebasing: bytes[span.range])) }
        switch kind(of: spans, in: bytes) {
        case .integers: return .integers(spans.map { CSVFieldSyntax.integer(field($0)) })
        case .doubles: return .doubles(spans.map { CSVFieldSyntax.double(field($0)) })
        case .booleans: return .booleans(spans.map { CSVFieldSyntax.bool(field($0)) })
        case .dates: return .dates(spans.map { CSVFieldSyntax.day(field($0)) })
        case .datetimes: return .datetimes(spans.map { CSVFieldSyntax.instant(field($0)) })
        case .unknown, .text: return .strings(spans.map { text(of: $0, in: bytes) })
        }
    }

    /// A field as text, `nil` when it is empty or a missing-value marker.
    private static func text(of span: FieldSpan, in bytes: Bytes) -> String? {
        if !span.isRaw, CSVFieldSyntax.isMissing(CSVFieldSyntax.trimmed(Bytes(rebasing: bytes[span.range]))) { return nil }
        return string(of: span, in: bytes)
    }

    private static func string(of span: FieldSpan, in bytes: Bytes) -> String {
        let field = Bytes(rebasing: bytes[span.range])
        if span.isRaw { return String(decoding: CSVTokenizer.unquoted(field), as: UTF8.self) }
        return String(decoding: field, as: UTF8.self)
    }

    /// The narrowest type that holds every value of the column.
    private static func kind(of spans: [FieldSpan], in bytes: Bytes) -> Kind {
        var kind = Kind.unknown
        for span in spans {
            if span.isRaw { return .text }
            let field = CSVFieldSyntax.trimmed(Bytes(rebasing: bytes[span.range]))
            if field.isEmpty { continue }
            kind = widened(kind, toHold: field)
            if kind == .text { return .text }
        }
        return kind
    }

    private static func widened(_ kind: Kind, toHold field: Bytes) -> Kind {
        switch kind {
        case .unknown, .integers:
            if CSVFieldSyntax.integer(field) != nil { return .integers }
            if CSVFieldSyntax.double(field) != nil { return .doubles }
            if kind == .unknown {
                if CSVFieldSyntax.bool(field) != nil { return .booleans }
                if CSVFieldSyntax.day(field) != nil { return .dates }
                if CSVFieldSyntax.instant(field) != nil { return .datetimes }
            }
        case .doubles:
            if CSVFieldSyntax.double(field) != nil { return .doubles }
        case .booleans:
            if CSVFieldSyntax.bool(field) != nil { return .booleans }
        case .dates:
            if CSVFieldSyntax.day(field) != nil { return .dates }
            if CSVFieldSyntax.instant(field) != nil { return .datetimes }
        case .datetimes:
            if CSVFieldSyntax.instant(field) != nil { return .datetimes }
        case .text:
            return .text
        }
        return CSVFieldSyntax.isMissing(field) ? kind : .text
    }
}
