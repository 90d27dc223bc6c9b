import Foundation

extension Table {
    /// The positions of the rows where some cell's text, as the page shows it, contains `text`
    /// ignoring case: integers plain, numbers as the table rounds them (`4.5`), `true`/`false`,
    /// days and dates with times as the wire writes them, JSON compactly. Missing cells match
    /// nothing. With `candidates` (a sorted view's order, say), only those rows are searched and
    /// their order is kept; positions outside the table are dropped, as a browser may send any.
    package func positions(containing text: String, among candidates: [Int]? = nil) -> [Int] {
        let rows = rowCount
        let candidates = candidates.map { $0.filter { $0 >= 0 && $0 < rows } } ?? allPositions
        guard !text.isEmpty else { return candidates }
        let matcher = TextMatcher(text)
        var matched = [Bool](repeating: false, count: candidates.count)
        for column in columns { matcher.mark(column.values, at: candidates, in: &matched) }
        return zip(candidates, matched).compactMap { position, isMatch in isMatch ? position : nil }
    }
}

/// Case-insensitive substring search over cells, without making text for cells that cannot match:
/// a search for `oslo` never formats a number.
struct TextMatcher {
    private let text: String
    /// The text lowercased, as bytes, when it is ASCII (the fast path); `nil` otherwise.
    private let asciiNeedle: [UInt8]?
    private let canMatchNumbers: Bool
    private let canMatchDates: Bool
    private let matchesTrue: Bool
    private let matchesFalse: Bool

    init(_ text: String) {
        self.text = text
        let lowered = Array(text.lowercased().utf8)
        asciiNeedle = lowered.allSatisfy { $0 < 0x80 } ? lowered : nil
        let numberBytes = Set("0123456789.-+e".utf8)
        let dateBytes = Set("0123456789-:tz".utf8)
        canMatchNumbers = asciiNeedle?.allSatisfy(numberBytes.contains) ?? false
        canMatchDates = asciiNeedle?.allSatisfy(dateBytes.contains) ?? false
        matchesTrue = "true".contains(text.lowercased())
        matchesFalse = "false".contains(text.lowercased())
    }

    /// Marks the candidates whose cell in `values` matches.
    func mark(_ values: Table.ColumnValues, at candidates: [Int], in matched: inout [Bool]) {
        func each<Value>(_ cells: [Value?], _ matches: (Value) -> Bool) {
            for (slot, position) in candidates.enumerated() where !matched[slot] {
                if let cell = cells[position], matches(cell) { matched[slot] = true }
            }
        }
        switch values {
        case .strings(let cells): each(cells, contains)
        case .integers(let cells): if canMatchNumbers { each(cells) { contains(String($0)) } }
        case .doubles(let cells): if canMatchNumbers { each(cells) { $0.isFinite && contains(CellText.number($0)) } }
        case .booleans(let cells): if matchesTrue || matchesFalse { each(cells) { $0 ? matchesTrue : matchesFalse } }
        case .dates(let cells): if canMatchDates { each(cells) { contains(TableDateFormat.day($0)) } }
        case .datetimes(let cells): if canMatchDates { each(cells) { contains(TableDateFormat.instant($0)) } }
        case .json(let cells): each(cells) { contains(CellText.json($0)) }
        }
    }

    private func contains(_ haystack: String) -> Bool {
        guard let needle = asciiNeedle else { return haystack.range(of: text, options: .caseInsensitive) != nil }
        return haystack.utf8.withContiguousStorageIfAvailable { Self.contains(needle, in: $0) }
            ?? Array(haystack.utf8).withUnsafeBufferPointer { Self.contains(needle, in: $0) }
    }

    /// Whether `bytes`, ASCII letters lowered, contain `needle` (lowercase ASCII).
    private static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= needle.count else { return false }
        if needle.isEmpty { return true }
        let first = needle[0]
        for start in 0...(bytes.count - needle.count) where lowered(bytes[start]) == first {
            var offset = 1
            while offset < needle.count, lowered(bytes[start + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
