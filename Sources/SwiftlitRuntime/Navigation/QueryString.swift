/// The name-value pairs of a URL's query string, in order, repeated names included.
///
/// Read as browsers send forms (`+` is a space, `%XX` a byte of UTF-8; an escape that is not one
/// is kept as typed) and written the same way, so that what an app writes reads back unchanged.
package struct QueryString: Hashable, Sendable {
    package struct Item: Hashable, Sendable {
        package var name: String
        package var value: String

        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    package var items: [Item] = []

    package init(_ items: [Item] = []) { self.items = items }

    /// Parses `query` (without its `?`). Pieces without a name (`&&`, `=x`) are dropped.
    package init(parsing query: String) {
        items = query.split(separator: "&", omittingEmptySubsequences: true).compactMap { piece in
            let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            guard !name.isEmpty else { return nil }
            return Item(name: name, value: parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// The query string, percent-encoded, without its `?`.
    package var encoded: String {
        items.map { "\(Self.encode($0.name))=\(Self.encode($0.value))" }.joined(separator: "&")
    }

    /// The last value of `name` (as Streamlit's `st.query_params[key]`), or `nil`.
    package func value(_ name: String) -> String? { items.last { $0.name == name }?.value }

    /// Every value of `name`, in order.
    package func values(_ name: String) -> [String] { items.filter { $0.name == name }.map(\.value) }

    /// Replaces the values of `name` with `values`, where its first value was (at the end when it
    /// had none); no values removes it.
    package mutating func set(_ name: String, values: [String]) {
        let position = items.firstIndex { $0.name == name } ?? items.endIndex
        let before = items[..<position]
        let after = items[position...].filter { $0.name != name }
        items = Array(before) + values.map { Item(name: name, value: $0) } + after
    }

    /// One value per name (the last), for `toDictionary`.
    package var dictionary: [String: String] {
        var result: [String: String] = [:]
        for item in items { result[item.name] = item.value }
        return result
    }

    /// Characters left as they are: the unreserved ones of RFC 3986.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }

    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte == UInt8(ascii: " ") {
                result += "+"
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    /// Decodes `+` and `%XX`; a `%` not followed by two hex digits stays as it is, and bytes that
    /// are not UTF-8 become U+FFFD, as in a browser's `URLSearchParams`.
    static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < utf8.count,
                let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
            {
                bytes.append(high << 4 | low)
                index += 2
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
