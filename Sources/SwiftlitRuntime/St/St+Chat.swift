public import SwiftlitProtocol
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
        chatMessageBox(
            placeholder, maxChars: maxChars, attachments: nil, key: key, disabled: disabled, onSubmit: onSubmit)?.text
    }

    /// A message box that also takes files: an attach button beside the text, the chosen files
    /// listed (each with a remove button) until the message is sent. Returns the text and the
    /// files in the run the submission causes, and `nil` in every other run.
    ///
    /// ```swift
    /// if let message = st.chatInput("Ask about a file", acceptFile: .multiple, fileType: ["txt", "md"]) {
    ///     st.chatMessage("user") { bubble in
    ///         bubble.write(message.text)
    ///         for file in message.files { bubble.caption("📎 \(file.name)") }
    ///     }
    /// }
    /// ```
    ///
    /// Files are uploaded over HTTP when chosen, as by ``fileUploader(_:type:maxUploadSize:key:help:disabled:labelVisibility:width:onChange:)``;
    /// the server checks their types and sizes again, and refuses a message that names files not
    /// uploaded to this box. The files leave the server's memory with the message.
    /// - Parameters:
    ///   - placeholder: Shown in the empty box; also its accessible name and (without `key`) its identity.
    ///   - maxChars: The longest text it accepts; the server refuses a longer one.
    ///   - acceptFile: `.single` (one file per message), `.multiple`, or `.directory` (a folder's files).
    ///   - fileType: The accepted types: extensions (`"csv"`, `".png"`) and MIME types (`"image/*"`);
    ///     `nil` accepts any file.
    ///   - maxUploadSize: The largest file in megabytes, instead of `server.maxUploadSize`.
    ///   - key: A unique identity.
    ///   - disabled: Shows the box but ignores input (the server ignores a submission too).
    ///   - onSubmit: Runs before the app body of the run a submission causes.
    public func chatInput(
        _ placeholder: String = "Your message", maxChars: Int? = nil, acceptFile: ChatFileAcceptance,
        fileType: [String]? = nil, maxUploadSize: Int? = nil, key: String? = nil, disabled: Bool = false,
        onSubmit: WidgetCallback? = nil
    ) -> ChatSubmission? {
        if let maxUploadSize, maxUploadSize < 1 {
            reportMisuse(.maxUploadSizeBelowOne(maxUploadSize, in: "st.chatInput"))
            return nil
        }
        // Megabytes as Streamlit counts them (2^20 bytes), capped where multiplying could overflow.
        let maxBytes = maxUploadSize.map { min($0, 1 << 30) * 1_048_576 } ?? run.options.maxUploadSize
        let rules = UploadRules(
            accept: UploadRules.normalized(fileType), maxBytes: maxBytes, multiple: acceptFile != .single)
        return chatMessageBox(
            placeholder, maxChars: maxChars, attachments: (acceptFile, rules), key: key, disabled: disabled,
            onSubmit: onSubmit)
    }

    private func chatMessageBox(
        _ placeholder: String, maxChars: Int?, attachments: (ChatFileAcceptance, UploadRules)?, key: String?,
        disabled: Bool, onSubmit: WidgetCallback?
    ) -> ChatSubmission? {
        if let maxChars, maxChars < 1 {
            reportMisuse(.maxCharsBelowOne(maxChars, in: "st.chatInput"))
            return nil
        }
        let options = WidgetOptions(help: nil, disabled: disabled, labelVisibility: .collapsed)
        return run.withBuilder { [placement] builder in
            builder.chatInput(
                label: placeholder, key: key, maxChars: maxChars, attachments: attachments?.1, onSubmit: onSubmit,
                options: options, in: placement
            ) { info in
                .chatInput(
                    ChatInputElement(
                        widget: info, placeholder: placeholder, maxChars: maxChars, acceptFile: attachments?.0,
                        accept: attachments?.1.accept, maxUploadSize: attachments?.1.maxBytes))
            }
        }
    }

    /// A chat message: a container with an avatar beside it. Draw the message's content into it.
    ///
    /// ```swift
    /// st.chatMessage("user").write("What is Swift?")
    /// st.chatMessage("assistant", avatar: "🦖") { message in
    ///     message.markdown("A **fast**, safe language.")
    ///     message.feedback(key: "feedback-1")
    /// }
    /// ```
    /// - Parameters:
    ///   - name: Who speaks. `user` and `human` (any case) are the user, `assistant` and `ai` the
    ///     assistant, each with Streamlit's default avatar; any other name shows its initial.
    ///     The message's accessible name is "<name> message".
    ///   - avatar: An emoji (`"🦖"`), a Material icon (`":material/thumb_up:"`) or an image
    ///     (`.image(pngData)`, `.image(URL(filePath: "bot.png"))`); `nil` shows the name's default.
    public func chatMessage(_ name: String, avatar: ChatAvatar? = nil) -> St {
        var info: AvatarInfo?
        if let avatar {
            guard let resolved = avatarInfo(avatar) else { return child(at: nil) }
            info = resolved
        }
        return child(at: emit(.block(.chatMessage(ChatMessageBlock(name: name, avatar: info)))))
    }

    /// A chat message, filled by `body` (see ``chatMessage(_:avatar:)``).
    ///
    /// ```swift
    /// st.chatMessage("assistant") { $0.write("Hello!") }
    /// ```
    @discardableResult
    public func chatMessage<T>(_ name: String, avatar: ChatAvatar? = nil, _ body: (St) throws -> T) rethrows -> T {
        try body(chatMessage(name, avatar: avatar))
    }

    /// The wire form of `avatar`; `nil` after reporting why it cannot be shown.
    private func avatarInfo(_ avatar: ChatAvatar) -> AvatarInfo? {
        if let problem = avatar.problem {
            reportMisuse(.badWidgetArgument("st.chatMessage", problem))
            return nil
        }
        switch avatar {
        case .emoji(let text): return AvatarInfo(type: .emoji, value: text)
        case .icon(let name): return AvatarInfo(type: .icon, value: name)
        case .image(let source):
            let url = mediaURL(source, function: "st.chatMessage", type: { data, pathExtension in
                MediaType.image(data) ?? pathExtension.flatMap(MediaType.forExtension).flatMap { $0.hasPrefix("image/") ? $0 : nil }
            })
            return url.map { AvatarInfo(type: .image, value: $0) }
        }
    }
}
