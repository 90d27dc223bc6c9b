/// Splits long Markdown into pieces cmark-gfm renders in bounded time.
///
/// Debian's libcmark-gfm (0.29.0.gfm.6) takes quadratic time on some inputs: 1 MB of `![[]()`
/// renders in 89 s, a 260 KB table header in 14 s. Apps render visitor text as Markdown (a chat
/// echoing its input), so one message could keep a core busy for a minute, and C code cannot be
/// interrupted. Text up to ``chunkLimit`` renders as one document, as before. Longer text is cut
/// at blank lines outside fenced code into pieces of at most that size, rendered one by one: the
/// cost grows linearly. A single block longer than the limit (no blank line in it, and not fenced
/// code) is shown as plain text. Link reference definitions are repeated into every piece, so
/// reference-style links still resolve, when they are few.
enum MarkdownChunks {
    /// Bytes rendered as one document: the worst known input of this size renders in ~50 ms.
    static let chunkLimit = 16 << 10
    /// Reference definitions repeated into every piece, in bytes at most.
    static let definitionsLimit = 4 << 10

    enum Piece: Equatable {
        /// Markdown to render as a document.
        case markdown(String)
        /// A block too long to parse safely: shown as text.
        case text(String)
    }

    static func pieces(of markdown: String) -> [Piece] {
        guard markdown.utf8.count > chunkLimit else { return [.markdown(markdown)] }
        let blocks = Self.blocks(of: markdown)
        let definitions = blocks.flatMap(\.lines).filter(isReferenceDefinition).joined(separator: "\n")
        let shared = definitions.utf8.count <= definitionsLimit && !definitions.isEmpty ? "\n\n" + definitions + "\n" : ""
        var pieces: [Piece] = []
        var current = ""
        func flush() {
            if !current.isEmpty { pieces.append(.markdown(current + shared)) }
            current = ""
        }
        for block in blocks {
            let text = block.lines.joined(separator: "\n")
            if text.utf8.count > chunkLimit, !block.isFencedCode {
                flush()
                pieces.append(.text(text))
            } else if current.utf8.count + text.utf8.count + 2 > chunkLimit {
                flush()
                current = text
            } else {
                current += current.isEmpty ? text : "\n\n" + text
            }
        }
        flush()
        return pieces
    }

    private struct Block {
        var lines: [String] = []
        var isFencedCode = false
    }

    /// Blocks separated by blank lines; a fenced code block (``` or ~~~) is one block, blank lines
    /// and all, since its content is not parsed and renders in linear time.
    private static func blocks(of markdown: String) -> [Block] {
        var blocks: [Block] = []
        var current = Block()
        var fence: String?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                current.lines.append(line)
                if trimmed.hasPrefix(open) {
                    fence = nil
                    blocks.append(current)
                    current = Block()
                }
                continue
            }
            if let marker = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) {
                if !current.lines.isEmpty { blocks.append(current) }
                current = Block(lines: [line], isFencedCode: true)
                fence = marker
                continue
            }
            if trimmed.allSatisfy(\.isWhitespace) {
                if !current.lines.isEmpty { blocks.append(current) }
                current = Block()
            } else {
                current.lines.append(line)
            }
        }
        if !current.lines.isEmpty { blocks.append(current) }
        return blocks
    }

    /// `[label]: destination`, indented at most three spaces.
    private static func isReferenceDefinition(_ line: String) -> Bool {
        let body = line.drop(while: { $0 == " " })
        guard line.count - body.count <= 3, body.hasPrefix("["), !body.hasPrefix("[^"),
            let close = body.firstIndex(of: "]")
        else { return false }
        return body[body.index(after: close)...].hasPrefix(":")
    }
}
