/// A message sent from a chat input that takes files: its text and its attachments.
///
/// ```swift
/// if let message = st.chatInput("Ask", acceptFile: .single, fileType: ["txt"]) {
///     st.write("\(message.text) (\(message.files.count) files)")
/// }
/// ```
public struct ChatSubmission: Sendable, Hashable {
    /// The text as typed; may be empty when files were sent alone.
    public let text: String
    /// The attached files, in the order they were chosen.
    public let files: [UploadedFile]

    public init(text: String, files: [UploadedFile] = []) {
        self.text = text
        self.files = files
    }
}
