/// A stream of reply chunks, as every ``ChatModel`` produces them.
public typealias ChatChunkStream = AsyncThrowingStream<ChatStreamChunk, any Error>

/// Something that continues a conversation: an OpenAI-compatible server (``LLMClient``) or the
/// offline ``EchoModel``. Apps hold an `any ChatModel` and switch by configuration.
///
/// ```swift
/// let model: any ChatModel = LLMClient.fromSecrets(st.secrets) ?? EchoModel()
/// let reply = try await st.writeStream(model.stream([.user("Hello")]))
/// ```
public protocol ChatModel: Sendable {
    /// The reply to `messages`, chunk by chunk; the last chunk carries the usage when known.
    /// Cancelling the task that iterates it stops the reply (and closes its connection).
    func streamChunks(_ messages: [LLMMessage], options: ChatOptions) -> ChatChunkStream

    /// The whole reply to `messages`.
    func complete(_ messages: [LLMMessage], options: ChatOptions) async throws -> Completion
}

extension ChatModel {
    /// The reply to `messages` as text deltas: what `st.writeStream` shows as it arrives.
    ///
    /// ```swift
    /// let reply = try await st.chatMessage("assistant").writeStream(model.stream(history))
    /// ```
    public func stream(_ messages: [LLMMessage], options: ChatOptions = ChatOptions()) -> TextDeltas {
        TextDeltas(chunks: streamChunks(messages, options: options))
    }

    /// The whole reply, gathered from ``streamChunks(_:options:)``.
    public func complete(_ messages: [LLMMessage], options: ChatOptions = ChatOptions()) async throws -> Completion {
        var completion = Completion(text: "")
        for try await chunk in streamChunks(messages, options: options) {
            completion.text += chunk.text
            completion.finishReason = chunk.finishReason ?? completion.finishReason
            completion.usage = chunk.usage ?? completion.usage
        }
        return completion
    }
}

/// The text of a reply's chunks, skipping the chunks without any.
public struct TextDeltas: AsyncSequence, Sendable {
    public typealias Element = String
    /// The chunks the text comes from.
    public let chunks: ChatChunkStream

    /// Reads the chunks one by one.
    public struct AsyncIterator: AsyncIteratorProtocol {
        var base: ChatChunkStream.AsyncIterator

        /// The next non-empty piece of text, or `nil` at the end of the reply.
        public mutating func next() async throws -> String? {
            while let chunk = try await base.next() {
                if !chunk.text.isEmpty { return chunk.text }
            }
            return nil
        }
    }

    /// An iterator over the text.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: chunks.makeAsyncIterator()) }
}
