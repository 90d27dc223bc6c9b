public import SwiftlitRuntime

/// How many tokens a request used, when the server reports it.
public struct TokenUsage: Sendable, Codable, Hashable {
    /// Tokens in the messages sent.
    public var promptTokens: Int
    /// Tokens in the reply.
    public var completionTokens: Int
    /// Both together.
    public var totalTokens: Int

    /// A usage report.
    public init(promptTokens: Int, completionTokens: Int, totalTokens: Int) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.totalTokens = totalTokens
    }

    private enum CodingKeys: String, CodingKey {
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case totalTokens = "total_tokens"
    }
}

/// A whole reply: its text, why it ended and what it cost.
public struct Completion: Sendable, Hashable {
    /// The reply's text.
    public var text: String
    /// Why the model stopped (`stop`, `length`, …) when the server says.
    public var finishReason: String?
    /// Tokens used, when the server reports them.
    public var usage: TokenUsage?

    /// A reply.
    public init(text: String, finishReason: String? = nil, usage: TokenUsage? = nil) {
        self.text = text
        self.finishReason = finishReason
        self.usage = usage
    }
}

/// One piece of a streamed reply: some text, and at the end why the model stopped and the usage.
public struct ChatStreamChunk: Sendable, Hashable {
    /// New text, possibly empty (the chunks that carry only a role, a finish reason or usage).
    public var text: String
    /// Why the model stopped, on the chunk that ends the reply.
    public var finishReason: String?
    /// Tokens used, on the last chunk when the server reports them.
    public var usage: TokenUsage?

    /// A chunk.
    public init(text: String, finishReason: String? = nil, usage: TokenUsage? = nil) {
        self.text = text
        self.finishReason = finishReason
        self.usage = usage
    }
}

/// A chunk's text is what `st.writeStream` shows, so `try await st.writeStream(model.streamChunks(…))`
/// streams a reply and its usage arrives with the last chunk.
extension ChatStreamChunk: WriteStreamChunk {
    public var streamText: String { text }
}
