/// A start or end tag in rendered HTML.
struct HTMLTag {
    /// Lower-cased, without the `/` of an end tag.
    var name: String
    /// Names lower-cased; values as written, character references still encoded.
    var attributes: [(name: String, value: String)]
}

/// One piece of markup, read the way a browser's tokenizer reads it (HTML Living Standard §13.2.5,
/// simplified: enough to find every tag and attribute a browser would act on).
enum HTMLMarkup {
    case tag(HTMLTag)
    /// `<!…>` or `<?…>`: a comment, doctype, CDATA section or processing instruction.
    case declaration(String)
}

/// Every tag and declaration in `html`. A `<` that a browser reads as text (not followed by a
/// letter, `/`+letter, `!` or `?`) is skipped, as the browser skips it.
func scanMarkup(_ html: String) -> [HTMLMarkup] {
    var scanner = MarkupScanner(bytes: Array(html.utf8))
    var found: [HTMLMarkup] = []
    while let markup = scanner.next() { found.append(markup) }
    return found
}

private struct MarkupScanner {
    let bytes: [UInt8]
    var position = 0

    mutating func next() -> HTMLMarkup? {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<"), position + 1 < bytes.count else {
                position += 1
                continue
            }
            let opener = bytes[position + 1]
            if opener == UInt8(ascii: "!") || opener == UInt8(ascii: "?") { return declaration() }
            let nameStart = opener == UInt8(ascii: "/") ? position + 2 : position + 1
            guard nameStart < bytes.count, isASCIILetter(bytes[nameStart]) else {
                position += 1
                continue
            }
            position = nameStart
            return .tag(tag())
        }
        return nil
    }

    private mutating func declaration() -> HTMLMarkup {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
        position = min(position + 1, bytes.count)
        return .declaration(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    /// Reads from the tag name to the closing `>` (or the end of the input).
    private mutating func tag() -> HTMLTag {
        let name = asciiLowercased(take { !isTagSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") })
        var attributes: [(name: String, value: String)] = []
        while true {
            skip { isTagSpace($0) || $0 == UInt8(ascii: "/") }
            guard position < bytes.count, bytes[position] != UInt8(ascii: ">") else { break }
            // A name may start with `=` (a parse error the browser keeps in the name).
            let first = bytes[position]
            position += 1
            let rest = take { !isTagSpace($0) && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "=") }
            let attributeName = asciiLowercased(String(decoding: [first], as: UTF8.self) + rest)
            skip(while: isTagSpace)
            var value = ""
            if position < bytes.count, bytes[position] == UInt8(ascii: "=") {
                position += 1
                skip(while: isTagSpace)
                value = attributeValue()
            }
            attributes.append((attributeName, value))
        }
        position = min(position + 1, bytes.count)
        return HTMLTag(name: name, attributes: attributes)
    }

    private mutating func attributeValue() -> String {
        guard position < bytes.count else { return "" }
        let quote = bytes[position]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            return take { !isTagSpace($0) && $0 != UInt8(ascii: ">") }
        }
        position += 1
        let value = take { $0 != quote }
        position = min(position + 1, bytes.count)
        return value
    }

    private mutating func take(while keep: (UInt8) -> Bool) -> String {
        let start = position
        skip(while: keep)
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skip(while drop: (UInt8) -> Bool) {
        while position < bytes.count, drop(bytes[position]) { position += 1 }
    }
}

/// Tab, line feed, form feed, carriage return and space: what separates attributes in a tag.
private func isTagSpace(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
}

private func isASCIILetter(_ byte: UInt8) -> Bool {
    (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
}
