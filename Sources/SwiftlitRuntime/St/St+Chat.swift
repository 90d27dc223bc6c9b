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
}
