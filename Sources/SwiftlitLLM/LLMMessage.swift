/// One message of a chat-completions conversation: who wrote it and what it says.
///
/// Named apart from `st.chatMessage`, which draws a message on the page; this is the data an app
/// keeps in `st.session` and sends to a model.
///
/// ```swift
/// let history: [LLMMessage] = [.system("Answer briefly."), .user("What is Swift?")]
/// ```
public struct LLMMessage: Sendable, Codable, Hashable {
    /// Who wrote it.
    public var role: ChatRole
    /// The text.
    public var content: String

    /// A message from `role` saying `content`.
    public init(role: ChatRole, content: String) {
        self.role = role
        self.content = content
    }

    /// Instructions that frame the conversation.
    public static func system(_ content: String) -> LLMMessage { LLMMessage(role: .system, content: content) }
    /// A message from the person using the app.
    public static func user(_ content: String) -> LLMMessage { LLMMessage(role: .user, content: content) }
    /// A reply from the model.
    public static func assistant(_ content: String) -> LLMMessage { LLMMessage(role: .assistant, content: content) }
}
