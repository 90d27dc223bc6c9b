import Foundation

/// What a `Range` request header asks of a body of known length (RFC 9110 §14): the whole body,
/// one part of it, or nothing it holds. Several ranges at once are answered with the whole body,
/// which the RFC allows.
enum ByteRangeRequest: Equatable {
    case whole
    case part(ClosedRange<Int>)
    case unsatisfiable

    /// Reads `header` (e.g. `bytes=0-99`, `bytes=100-`, `bytes=-20`) against a body of `length`
    /// bytes; a header it cannot read is ignored, as the RFC asks.
    init(header: String?, length: Int) {
        guard let header, header.hasPrefix("bytes=") else {
            self = .whole
            return
        }
        let spec = header.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        let isDigits = { (text: String) in !text.isEmpty && text.count <= 18 && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) }
        if first.isEmpty {
            // A suffix: the last n bytes.
            guard isDigits(last), let count = Int(last) else {
                self = .whole
                return
            }
            self = count == 0 || length == 0 ? .unsatisfiable : .part(max(0, length - count)...(length - 1))
            return
        }
        guard isDigits(first), let start = Int(first) else {
            self = .whole
            return
        }
        var end = length - 1
        if !last.isEmpty {
            guard isDigits(last), let given = Int(last), given >= start else {
                self = .whole
                return
            }
            end = min(given, length - 1)
        }
        self = start < length ? .part(start...end) : .unsatisfiable
    }
}
