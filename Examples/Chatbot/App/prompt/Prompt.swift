import SwiftlitLLM

/// The chatbot's prompts: its instructions and how much of the conversation the model sees.
enum Prompt {
    /// The instructions every conversation starts with.
    static let system = """
        You are a helpful, concise assistant in a Swiftlit chat app. Answer in Markdown. \
        When you are not sure, say so.
        """

    /// How many earlier messages the model sees: enough for follow-up questions, few enough to
    /// keep each request small and cheap.
    static let historyWindow = 20

    /// What the model is sent for `conversation`: the instructions, then its most recent messages.
    static func messages(for conversation: [LLMMessage]) -> [LLMMessage] {
        [.system(system)] + conversation.suffix(historyWindow)
    }
}
