/// A model that needs no server: it replies with the last user message, word by word, so apps
/// run offline, in tests and in demos before a key is configured.
///
/// ```swift
/// let model = EchoModel(prefix: "You said: ", delay: .milliseconds(30))
/// try await st.writeStream(model.stream([.user("Hello there")]))  // "You said: Hello there"
/// ```
///
/// Usage counts words as tokens: the prompt's words and the reply's.
public struct EchoModel: ChatModel {
    /// Text put before the echoed message.
    public var prefix: String
    /// The pause before each word; zero streams as fast as the reader reads.
    public var delay: Duration

    /// An echo model.
    public init(prefix: String = "Echo: ", delay: Duration = .zero) {
        self.prefix = prefix
        self.delay = delay
    }

    /// The reply `messages` get: the prefix and the last user message.
    public func reply(to messages: [LLMMessage]) -> String {
        let last = messages.last(where: { $0.role == .user })?.content ?? ""
        return prefix + last
    }

    /// The reply in pieces of one word and the whitespace after it.
    static func words(of text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in text {
            if !character.isWhitespace, let last = current.last, last.isWhitespace {
                pieces.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The reply word by word, then a chunk with the finish reason and the usage.
    public func streamChunks(_ messages: [LLMMessage], options: ChatOptions) -> ChatChunkStream {
        let words = Self.words(of: reply(to: messages))
        let promptTokens = messages.reduce(0) { $0 + Self.words(of: $1.content).count }
        let limit = options.maxTokens ?? Int.max
        let delay = delay
        return ChatChunkStream { continuation in
            let task = Task {
                do {
                    for word in words.prefix(limit) {
                        if delay > .zero { try await Task.sleep(for: delay) }
                        try Task.checkCancellation()
                        continuation.yield(ChatStreamChunk(text: word))
                    }
                    let sent = min(words.count, limit)
                    continuation.yield(
                        ChatStreamChunk(
                            text: "", finishReason: sent < words.count ? "length" : "stop",
                            usage: TokenUsage(
                                promptTokens: promptTokens, completionTokens: sent, totalTokens: promptTokens + sent)))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }
}
