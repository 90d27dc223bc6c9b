/// Markdown that grows at its end (a streamed reply), rendered in time proportional to its last
/// block rather than to all of it.
///
/// Rendering the whole text again for every chunk costs quadratic time over a long reply. The text
/// is therefore cut, as it arrives, at blank lines that end a block for good: outside fenced code,
/// and where the next line starts a new top-level block (not indented, not a list item, which
/// could continue the list above). Everything before the last such cut is rendered once and kept;
/// only the rest is rendered again. Reference-style link definitions apply to the block they are
/// in and those after it, not to blocks already settled before them.
///
/// ```swift
/// var reply = MarkdownStream()
/// reply.append("**Hello**, ")
/// reply.append("world")
/// reply.html   // "<p><strong>Hello</strong>, world</p>\n"
/// ```
public struct MarkdownStream: Sendable {
    /// Everything appended so far.
    public private(set) var text = ""
    private var settledHTML = ""
    /// The Markdown after the last cut: it starts a block, outside fenced code.
    private var tail = ""
    private let allowHTML: Bool

    public init(allowHTML: Bool = false) { self.allowHTML = allowHTML }

    /// Adds `chunk` to the end of the text.
    public mutating func append(_ chunk: String) {
        text += chunk
        tail += chunk
        guard chunk.contains("\n"), let cut = Self.lastCut(in: tail) else { return }
        settledHTML += Markdown.html(from: String(tail[..<cut]), allowHTML: allowHTML)
        tail = String(tail[cut...])
    }

    /// The HTML of all the text so far.
    public var html: String { settledHTML + Markdown.html(from: tail, allowHTML: allowHTML) }

    /// Where the text after the last blank line that ends a block for good starts, if there is one.
    static func lastCut(in markdown: String) -> String.Index? {
        var cut: String.Index?
        var fence: Substring?
        var lineStart = markdown.startIndex
        var previousWasBlank = false
        var hasContent = false
        while lineStart < markdown.endIndex {
            let newline = markdown[lineStart...].firstIndex(of: "\n")
            let line = markdown[lineStart..<(newline ?? markdown.endIndex)]
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.allSatisfy(\.isWhitespace) {
                previousWasBlank = newline != nil
            } else {
                if previousWasBlank, hasContent, Self.startsTopLevelBlock(line, isComplete: newline != nil) {
                    cut = lineStart
                }
                previousWasBlank = false
                hasContent = true
                if let marker = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) { fence = Substring(marker) }
            }
            guard let newline else { break }
            lineStart = markdown.index(after: newline)
        }
        return cut
    }

    /// Whether `line`, after a blank line, begins a block that nothing above can continue. A
    /// short unfinished line is not judged yet: "1" may become "1. item".
    private static func startsTopLevelBlock(_ line: Substring, isComplete: Bool) -> Bool {
        guard isComplete || line.count >= 4, let first = line.first, first != " ", first != "\t" else { return false }
        return !isListItem(line)
    }

    private static func isListItem(_ line: Substring) -> Bool {
        if let first = line.first, "-*+".contains(first) {
            let rest = line.dropFirst()
            return rest.isEmpty || rest.first == " " || rest.first == "\t"
        }
        let digits = line.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return false }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return false }
        let after = rest.dropFirst()
        return after.isEmpty || after.first == " " || after.first == "\t"
    }
}
