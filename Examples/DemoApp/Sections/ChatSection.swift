import SwiftlitRuntime

/// One exchange of the demo's chat: what the user sent and what the toy assistant did about it.
struct DemoChatTurn: Sendable {
    var prompt: String
    var attachments: [String]
    var toolSteps: [String]
    var reply: String
}

/// Chat: messages with Streamlit's avatars and custom ones, an agent's tool steps in a status,
/// feedback on each reply (keyed per message, so that history replays keep each rating), and a
/// message box that also takes text files. The assistant is a toy that needs no model.
func chatSection(_ st: St) throws {
    st.header("Chat")
    st.caption("A toy assistant: it counts the words of what you send, text or attached files.")
    let history = st.session["demo chat", default: [DemoChatTurn]()]
    let conversation = st.container(border: true, height: 420)
    conversation.chatMessage("assistant") { $0.write("Hi! Send me a message, or attach a text file with the 📎 button.") }
    for (index, turn) in history.enumerated() {
        conversation.chatMessage("user") { message in
            if !turn.prompt.isEmpty { message.write(turn.prompt) }
            for name in turn.attachments { message.caption(":material/attach_file: \(name)") }
        }
        conversation.chatMessage("Swiftlit", avatar: "🦖") { message in
            let (steps, _) = message.status("Used \(turn.toolSteps.count) tools", state: .complete)
            for step in turn.toolSteps { steps.markdown(step) }
            message.markdown(turn.reply)
            message.feedback(.thumbs, key: "demo-chat-\(index)")
        }
    }
    // Inside a container, the box is inline: it stays with the conversation instead of being
    // pinned to the bottom of this long page.
    let composer = st.container()
    if let message = composer.chatInput(
        "Ask the demo assistant", maxChars: 500, acceptFile: .multiple, fileType: ["txt", "md", "csv"])
    {
        st.session["demo chat"] = history + [demoReply(to: message)]
        try st.rerun()
    }
}

/// The toy assistant: counts words, one "tool" step per input.
private func demoReply(to message: ChatSubmission) -> DemoChatTurn {
    let words = { (text: String) in text.split(whereSeparator: \.isWhitespace).count }
    var steps = ["`count_words(message)` → \(words(message.text))"]
    for file in message.files {
        let count = file.text.map { String(words($0)) } ?? "not text"
        steps.append("`count_words(\(file.name))` → \(count)")
    }
    let total = words(message.text) + message.files.compactMap(\.text).map(words).reduce(0, +)
    return DemoChatTurn(
        prompt: message.text, attachments: message.files.map(\.name), toolSteps: steps,
        reply: "That is **\(total) words** in all.")
}
