/// Who wrote a message in a chat-completions conversation.
public enum ChatRole: String, Sendable, Codable, Hashable, CaseIterable {
    /// Instructions that frame the conversation.
    case system
    /// The person using the app.
    case user
    /// The model.
    case assistant
    /// The result of a tool call the model asked for.
    case tool
}
