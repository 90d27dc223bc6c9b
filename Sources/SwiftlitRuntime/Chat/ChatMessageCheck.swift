import SwiftlitProtocol

/// The server's checks of a chat message the browser sent, before any run reads it: the browser
/// cuts text to `maxChars` and uploads only accepted files, so anything else comes from another
/// client and is refused with a reason (and no run sees it).
struct ChatMessageCheck: Sendable {
    var id: WidgetID
    var maxChars: Int?
    /// The rules attachments were uploaded under; `nil` when the input takes no files.
    var attachments: UploadRules?
    var store: UploadStore

    /// A message's text and the ids of its attachments.
    struct Parts: Equatable {
        var text: String
        var fileIDs: [String]
    }

    /// The text and attachment ids of a wire message (`"text"` or `["text", "fileId"…]`); `nil`
    /// for any other shape.
    static func parts(of value: WidgetValue) -> Parts? {
        switch value {
        case .string(let text): return Parts(text: text, fileIDs: [])
        case .list(let items):
            guard let text = items.first?.string else { return nil }
            let ids = items.dropFirst().compactMap(\.string)
            guard ids.count == items.count - 1 else { return nil }
            return Parts(text: text, fileIDs: ids)
        default: return nil
        }
    }

    /// Why the message is refused, or `nil` when it is taken.
    func refusal(of value: WidgetValue) -> String? {
        guard let parts = Self.parts(of: value) else {
            return "chat input '\(id)' expects its text, or [text, file ids…], but the browser sent \(value.preview)"
        }
        if let maxChars, parts.text.count > maxChars {
            return "chat input '\(id)' takes at most \(maxChars) characters; a message of \(parts.text.count) was refused"
        }
        guard !parts.fileIDs.isEmpty else { return nil }
        guard let attachments else {
            return "chat input '\(id)' takes no files; a message with \(parts.fileIDs.count) was refused"
        }
        if !attachments.multiple, parts.fileIDs.count > 1 {
            return "chat input '\(id)' takes one file per message; a message with \(parts.fileIDs.count) was refused"
        }
        guard store.files(id, ids: parts.fileIDs) != nil else {
            return "chat input '\(id)' was sent files that were not uploaded to it; the message was refused"
        }
        return nil
    }
}
