/// A passage of the document, and how well it matches a question.
public struct Passage: Sendable, Hashable {
    /// Its position in the document, from 0.
    public let index: Int
    /// Its text.
    public let text: String
    /// How many of the question's words it holds (0 before scoring).
    public var score: Int = 0
}

/// A toy retriever: passages are paragraphs (long ones cut into windows of words), and a
/// passage's score is the number of distinct question words it holds, common words aside.
/// Real apps use embeddings; this one shows the shape of retrieval-augmented generation with
/// nothing to download.
enum Retriever {
    /// The most words a passage holds; longer paragraphs are cut.
    static let passageWords = 80

    /// Words too common to say anything about a passage.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "do", "does", "for", "from", "how", "in", "is", "it", "of",
        "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "which", "who", "why", "with",
    ]

    /// The document's passages, in order.
    static func passages(of text: String) -> [Passage] {
        let paragraphs = text.replacingLineEndings().split(separator: "\n\n").map { $0.split(whereSeparator: \.isWhitespace) }
        var passages: [Passage] = []
        for words in paragraphs where !words.isEmpty {
            for start in stride(from: 0, to: words.count, by: passageWords) {
                let window = words[start..<min(start + passageWords, words.count)]
                passages.append(Passage(index: passages.count, text: window.joined(separator: " ")))
            }
        }
        return passages
    }

    /// The `count` best-scoring passages for `question`, best first (ties in document order);
    /// passages sharing no word with it are left out.
    static func top(_ count: Int, for question: String, in passages: [Passage]) -> [Passage] {
        let asked = words(of: question)
        let scored = passages.map { passage in
            var passage = passage
            passage.score = asked.intersection(words(of: passage.text)).count
            return passage
        }
        return Array(
            scored.filter { $0.score > 0 }
                .sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }
                .prefix(max(count, 0)))
    }

    /// The lower-cased words of `text` that carry meaning.
    static func words(of text: String) -> Set<String> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return Set(words.filter { !stopWords.contains($0) })
    }
}

extension String {
    /// The text with `\r\n` and `\r` line endings made `\n`.
    fileprivate func replacingLineEndings() -> String {
        split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\r" }).joined(separator: "\n")
    }
}
