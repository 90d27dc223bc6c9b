/// What an app may choose per request: the model and how it samples. `nil` leaves the choice to
/// the client's configuration (the model) or the server (the rest).
public struct ChatOptions: Sendable, Hashable {
    /// The model's name, e.g. `gpt-4o-mini`; `nil` uses the client's default model.
    public var model: String?
    /// Sampling temperature, 0 (focused) to 2 (varied).
    public var temperature: Double?
    /// The most tokens the reply may have.
    public var maxTokens: Int?

    /// Options for one request.
    public init(model: String? = nil, temperature: Double? = nil, maxTokens: Int? = nil) {
        self.model = model
        self.temperature = temperature
        self.maxTokens = maxTokens
    }
}
