extension Markdown {
    /// The fragment id for a heading: lower-cased letters and digits, words joined by `-`.
    ///
    /// ```swift
    /// Markdown.anchor(for: "Hello, World 👋")   // "hello-world"
    /// ```
    public static func anchor(for text: String) -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: "-")
    }
}
