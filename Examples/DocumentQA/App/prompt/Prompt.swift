import SwiftlitLLM

/// The prompts of the question-answering app: the template that puts the retrieved passages and
/// the question together, as the guide recommends (`<context>` and `<question>` tags).
enum Prompt {
    /// The instructions.
    static let system = """
        You answer questions about a document using only the passages given in <context>. \
        Cite passages by number, e.g. [2]. If the passages do not contain the answer, say so.
        """

    /// The user message for `question` with `sources` as context.
    static func question(_ question: String, sources: [Passage]) -> String {
        let context = sources.isEmpty
            ? "(no passage of the document matches the question)"
            : sources.map { "[\($0.index + 1)] \($0.text)" }.joined(separator: "\n\n")
        // Blank lines around the tags keep each on a line of its own, so that when the echo model
        // shows this prompt as Markdown the passages stay paragraphs of their own.
        return """
            <context>

            \(context)

            </context>

            <question>

            \(question)

            </question>

            Answer:
            """
    }

    /// What the model is sent.
    static func messages(question: String, sources: [Passage]) -> [LLMMessage] {
        [.system(system), .user(self.question(question, sources: sources))]
    }
}
