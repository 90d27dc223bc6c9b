import SwiftlitProtocol
import SwiftlitMarkdown

extension St {
    /// A message box pinned to the bottom of the page. Returns the text in the run its
    /// submission causes, and `nil` in every other run.
    ///
    /// ```swift
    /// if let prompt = st.chatInput("Say something") {
    ///     st.chatMessage("user").write(prompt)
    ///     let reply = st.chatMessage("assistant")
    ///     try await reply.writeStream(model.tokens(for: prompt))
    /// }
    /// ```
    /// - Parameters:
    ///   - placeholder: Shown in the empty box; also its accessible name and (without `key`) its identity.
    ///   - maxChars: The longest message it accepts.
    ///   - key: A unique identity.
    ///   - disabled: Shows the box but ignores input.
    ///   - onSubmit: Runs before the app body of the run a submission causes.
    public func chatInput(
        _ placeholder: String = "Your message", maxChars: Int? = nil, key: String? = nil, disabled: Bool = false,
        onSubmit: WidgetCallback? = nil
    ) -> String? {
        if let maxChars, maxChars < 1 {
            reportMisuse(.maxCharsBelowOne(maxChars, in: "st.chatInput"))
            return nil
        }
        let options = WidgetOptions(help: nil, disabled: disabled, labelVisibility: .collapsed)
        return run.withBuilder { [placement] builder in
            builder.chatInput(
                label: placeholder, key: key, maxChars: maxChars, onSubmit: onSubmit, options: options, in: placement
            ) { .chatInput(ChatInputElement(widget: $0, placeholder: placeholder, maxChars: maxChars)) }
        }
    }

    /// A chat message container: `name` is `user`, `assistant` or anyone; `avatar` an emoji.
    public func chatMessage(_ name: String, avatar: String? = nil) -> St {
        child(at: emit(.block(.chatMessage(ChatMessageBlock(name: name, avatar: avatar)))))
    }

    /// A chat message, filled by `body`.
    @discardableResult
    public func chatMessage<T>(_ name: String, avatar: String? = nil, _ body: (St) throws -> T) rethrows -> T {
        try body(chatMessage(name, avatar: avatar))
    }

    /// Writes text as it arrives, like a typewriter, and returns all of it. Chunks are joined
    /// and shown as Markdown; the browser receives the growing text at most every 15 ms.
    ///
    /// ```swift
    /// let answer = try await st.writeStream(llm.stream(prompt))
    /// ```
    @discardableResult
    public func writeStream<Chunks: AsyncSequence>(_ chunks: Chunks) async throws -> String
    where Chunks.Element == String {
        var text = ""
        let path = emit(.markdown(MarkdownElement(html: "")))
        for try await chunk in chunks {
            try Task.checkCancellation()
            text += chunk
            guard let path else { continue }
            let element = Element.markdown(MarkdownElement(html: Markdown.html(from: text)))
            run.withBuilder { $0.replace(at: path, with: element) }
        }
        return text
    }

    /// Writes the chunks of an ordinary sequence as ``writeStream(_:)-(AsyncSequence)`` does.
    @discardableResult
    public func writeStream(_ chunks: some Sequence<String>) async throws -> String {
        try await writeStream(AsyncChunks(chunks: chunks))
    }
}

/// An ordinary sequence of chunks as an async sequence.
private struct AsyncChunks<Base: Sequence<String>>: AsyncSequence {
    typealias Element = String
    let chunks: Base

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.Iterator
        mutating func next() async -> String? { base.next() }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: chunks.makeIterator()) }
}
