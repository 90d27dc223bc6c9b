import SwiftlitRuntime

/// `chat.py` of the Streamlit harness: each message streams 500 tokens back, with no sleep.
let chatApp: AppBody = { st in
    st.title("Chat")
    if let prompt = st.chatInput("Say something") {
        st.chatMessage("user").write(prompt)
        try await st.chatMessage("assistant").writeStream((0..<500).lazy.map { "tok\($0) " })
    }
}
