import SwiftlitRuntime

/// `chat.py` of the Streamlit harness: each message streams 500 tokens back, with no sleep.
let chatApp: AppBody = { st in
    st.title("Chat")
    if let prompt = st.chatInput("Say something") {
        st.chatMessage("user").write(prompt)
        try await st.chatMessage("assistant").writeStream((0..<500).lazy.map { "tok\($0) " })
    }
}

/// The same reply at a model's pace: 500 tokens 2 ms apart (one second), as `chat_paced.py` of
/// Benchmarks/compare streams it in Streamlit. What a reply costs on the wire shows here, where
/// the page is sent many times while the text grows.
let chatPacedApp: AppBody = { st in
    st.title("Chat")
    if let prompt = st.chatInput("Say something") {
        st.chatMessage("user").write(prompt)
        try await st.chatMessage("assistant").writeStream(pacedTokens(500, every: .milliseconds(2)))
    }
}

private func pacedTokens(_ count: Int, every interval: Duration) -> AsyncStream<String> {
    AsyncStream { continuation in
        let ticking = Task {
            for index in 0..<count {
                continuation.yield("tok\(index) ")
                try? await Task.sleep(for: interval)
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in ticking.cancel() }
    }
}
