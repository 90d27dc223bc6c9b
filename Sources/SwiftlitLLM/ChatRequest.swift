/// The body of a `POST /chat/completions` request, as OpenAI-compatible servers read it.
///
/// A streamed request also asks for the token usage in a last chunk (`stream_options.include_usage`).
public struct ChatRequest: Sendable, Hashable, Encodable {
    /// The model's name.
    public var model: String
    /// The conversation so far.
    public var messages: [LLMMessage]
    /// Sampling temperature; `nil` leaves it to the server.
    public var temperature: Double?
    /// The most tokens the reply may have; `nil` leaves it to the server.
    public var maxTokens: Int?
    /// Whether the server sends the reply as server-sent events, chunk by chunk.
    public var stream: Bool

    /// A request for `model` to continue `messages`.
    public init(
        model: String, messages: [LLMMessage], temperature: Double? = nil, maxTokens: Int? = nil, stream: Bool = false
    ) {
        self.model = model
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.stream = stream
    }

    private enum CodingKeys: String, CodingKey {
        case model, messages, temperature, stream
        case maxTokens = "max_tokens"
        case streamOptions = "stream_options"
    }

    private struct StreamOptions: Encodable {
        let include_usage = true
    }

    /// Writes the wire form; absent options are left out rather than sent as `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(messages, forKey: .messages)
        try container.encodeIfPresent(temperature, forKey: .temperature)
        try container.encodeIfPresent(maxTokens, forKey: .maxTokens)
        try container.encode(stream, forKey: .stream)
        if stream { try container.encode(StreamOptions(), forKey: .streamOptions) }
    }
}
