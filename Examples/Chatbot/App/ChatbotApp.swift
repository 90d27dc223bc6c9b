public import Foundation
public import SwiftlitRuntime
import SwiftlitLLM

/// The chatbot: the conversation lives in `st.session`, replies stream into an assistant message,
/// and the sidebar picks the model and temperature and clears the chat.
///
/// Offline (no `[openai]` secrets, no `OPENAI_*` variables) it talks to the built-in echo model.
public let chatbotApp: AppBody = makeChatbotApp()

/// The chatbot, configurable for tests.
/// - Parameters:
///   - environment: Where `OPENAI_*` variables are read when the secrets lack a setting.
///   - echoDelay: The offline echo model's pause between words.
public func makeChatbotApp(
    environment: [String: String] = ProcessInfo.processInfo.environment, echoDelay: Duration = .milliseconds(30)
) -> AppBody {
    { st in try await chatbot(st, environment: environment, echoDelay: echoDelay) }
}

/// Where the conversation is kept in `st.session`: an `[LLMMessage]`.
public let chatHistoryKey = "messages"

private func chatbot(_ st: St, environment: [String: String], echoDelay: Duration) async throws {
    st.setPageConfig(title: "Chatbot", icon: "💬")
    st.title("💬 Chatbot")
    let backend = try await LLM.backend(for: st, environment: environment, echoDelay: echoDelay)
    let options = settings(st.sidebar, backend)

    let history: [LLMMessage] = st.session[chatHistoryKey, default: []]
    if history.isEmpty { st.markdown(Assets.welcome) }
    for message in history {
        st.chatMessage(message.role.rawValue).markdown(message.content)
    }

    guard let question = st.chatInput("Ask anything") else { return }
    st.chatMessage("user").markdown(question)
    let conversation = history + [.user(question)]
    // Kept before the reply streams, so an interrupted reply still leaves the question in the history.
    st.session[chatHistoryKey] = conversation
    let reply = st.chatMessage("assistant")
    do {
        let answer = try await reply.writeStream(backend.model.stream(Prompt.messages(for: conversation), options: options))
        st.session[chatHistoryKey] = conversation + [.assistant(answer)]
    } catch let error as LLMError {
        reply.error(error.message)
    }
}

/// The sidebar: model, temperature, the backend in use and "Clear chat".
private func settings(_ sidebar: St, _ backend: LLM.Backend) -> ChatOptions {
    sidebar.header("Settings")
    let model = sidebar.selectbox("Model", options: backend.models) ?? backend.models[0]
    let temperature = sidebar.slider("Temperature", in: 0.0...2.0, value: 0.7, step: 0.1)
    sidebar.caption(backend.summary)
    sidebar.button("Clear chat", onClick: { state in state[chatHistoryKey] = [LLMMessage]() })
    return ChatOptions(model: model, temperature: temperature)
}
