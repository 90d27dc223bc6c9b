public import SwiftlitProtocol

/// One chat message on the page, read as a user sees it.
public struct ChatMessageView: Sendable, CustomStringConvertible {
    /// The message's container.
    public let view: ElementView
    /// The elements inside it, in reading order (nested ones included).
    public let elements: [ElementView]

    /// Who speaks, as the app named them (`user`, `assistant`, `Ada`…).
    public var name: String { block?.name ?? "" }
    /// The avatar the app gave, as sent to the browser; `nil` for the name's default.
    public var avatar: AvatarInfo? { block?.avatar }
    /// The visible text of its elements, one per line (Markdown without its tags).
    public var text: String { elements.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n") }
    /// The Markdown and `write` text in it, in order.
    public var markdown: [String] { elements.filter { $0.element.kind == .markdown }.map(\.text) }

    public var description: String { "\(name): \(text)" }

    private var block: ChatMessageBlock? {
        if case .block(.chatMessage(let block)) = view.element { block } else { nil }
    }
}

extension AppTest {
    /// The chat messages on the page, in reading order.
    ///
    /// ```swift
    /// try at.chatInput("Say something").submit("hi")
    /// try await at.run()
    /// #expect(at.chatMessages.map(\.name) == ["user", "assistant"])
    /// #expect(at.chatMessages.last?.text == "Hello!")
    /// ```
    public var chatMessages: [ChatMessageView] {
        blocks(.chatMessage).map { ChatMessageView(view: $0, elements: elements(in: $0)) }
    }
}

extension AppTest {
    /// How many uploaded files the session's upload store holds, in every widget (file uploaders'
    /// files, and chat attachments not yet sent).
    public var uploadedFileCount: Int { uploads.fileCount }
}
