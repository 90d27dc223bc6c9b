import Foundation
import Swiftlit

/// The chat elements, for Tests/E2E/test_chat.py: every kind of avatar, a history of replies
/// (each with its own feedback), a pinned chat input that takes text files, and inline ones in an
/// expander and in the sidebar.
let chatApp: AppBody = { st in
    st.chatMessage("user").write("preset user")
    st.chatMessage("AI").write("preset assistant")
    st.chatMessage("Ada").write("custom name")
    st.chatMessage("dino", avatar: "🦖").write("emoji avatar")
    st.chatMessage("fan", avatar: ":material/thumb_up:").write("icon avatar")
    st.chatMessage("pic", avatar: .image(MediaSamples.png)).write("image avatar")

    let history = st.session["history", default: [String]()]
    for (index, line) in history.enumerated() {
        st.chatMessage("assistant") { message in
            message.text("reply \(index): \(line)")
            if let rating = message.feedback(.thumbs, key: "rating-\(index)") {
                message.text("rated \(index): \(rating)")
            }
        }
    }

    st.expander("Inline", expanded: true) { box in
        if let text = box.chatInput("Inline chat") { box.text("inline said \(text)") }
    }
    if let text = st.sidebar.chatInput("Sidebar chat") { st.sidebar.text("sidebar said \(text)") }

    if let message = st.chatInput("Main chat", acceptFile: .multiple, fileType: ["txt"]) {
        let files = message.files.map { "\($0.name)=\($0.text ?? "")" }.joined(separator: ",")
        st.session["history"] = history + [files.isEmpty ? message.text : "\(message.text) [\(files)]"]
        try st.rerun()
    }
}
