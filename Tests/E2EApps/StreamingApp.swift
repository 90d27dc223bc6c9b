import Swiftlit

/// A chat whose replies stream slowly (`swiftlit-e2e-apps streaming`), for Tests/E2E/test_streaming.py:
/// 60 ticks, 40 ms apart, so that a test can click elsewhere, or press Stop, while one streams.
/// Replies are kept in `st.session`, and a counter button stands for "anything else on the page".
let streamingApp: AppBody = { st in
    if st.button("Count") { st.session["count", default: 0] += 1 }
    st.text("count=\(st.session["count", default: 0])")
    let history = st.session["history", default: [String]()]
    for reply in history { st.chatMessage("assistant").markdown(reply) }
    if let prompt = st.chatInput("Ask") {
        st.chatMessage("user").markdown(prompt)
        let reply = try await st.chatMessage("assistant").writeStream(slowTicks(60))
        st.session["history"] = history + [reply]
        st.text("saved reply \(history.count + 1)")
    }
}

/// `count` chunks "tick0 " … that arrive 40 ms apart; a cancelled reader stops them.
private func slowTicks(_ count: Int) -> AsyncThrowingStream<String, any Error> {
    AsyncThrowingStream { continuation in
        let ticking = Task {
            for index in 0..<count {
                continuation.yield("tick\(index) ")
                do { try await Task.sleep(for: .milliseconds(40)) } catch { break }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in ticking.cancel() }
    }
}
