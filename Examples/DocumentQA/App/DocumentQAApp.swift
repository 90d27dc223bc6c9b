public import Foundation
public import SwiftlitRuntime
import SwiftlitLLM

/// Questions answered from an uploaded text file: the file is split into passages, the passages
/// sharing the most words with the question are put into the prompt, and the answer streams in
/// with those passages shown as its sources.
///
/// Offline (no `[openai]` secrets, no `OPENAI_*` variables) the echo model shows the prompt it
/// would send, so the retrieval can be seen at work without a model.
public let documentQAApp: AppBody = makeDocumentQAApp()

/// The app, configurable for tests.
/// - Parameters:
///   - environment: Where `OPENAI_*` variables are read when the secrets lack a setting.
///   - echoDelay: The offline echo model's pause between words.
public func makeDocumentQAApp(
    environment: [String: String] = ProcessInfo.processInfo.environment, echoDelay: Duration = .milliseconds(8)
) -> AppBody {
    { st in try await documentQA(st, environment: environment, echoDelay: echoDelay) }
}

/// Where the questions and answers are kept in `st.session`: an `[Answer]`.
public let answersKey = "answers"

/// One question, its answer and the passages it came from.
public struct Answer: Sendable, Hashable {
    public let question: String
    public let text: String
    public let sources: [Passage]
}

private func documentQA(_ st: St, environment: [String: String], echoDelay: Duration) async throws {
    st.setPageConfig(title: "Ask a document", icon: "📄")
    st.title("📄 Ask a document")
    let backend = try await LLM.backend(for: st, environment: environment, echoDelay: echoDelay)
    st.sidebar.header("Settings")
    let model = st.sidebar.selectbox("Model", options: backend.models) ?? backend.models[0]
    let sourceCount = st.sidebar.slider("Passages per answer", in: 1...5, value: 3)
    st.sidebar.caption(backend.summary)
    st.sidebar.button("Clear answers", onClick: { state in state[answersKey] = [Answer]() })

    // A new file starts a new conversation: earlier answers were about another text.
    let file = st.fileUploader(
        "A text file", type: ["txt", "md"], onChange: { state in state[answersKey] = [Answer]() })
    guard let file else {
        st.info("Upload a .txt or .md file, then ask questions about it. Try assets/sample.md of this example.")
        return
    }
    guard let text = file.text else {
        st.error("\(file.name) is not UTF-8 text; upload a plain text or Markdown file.")
        return
    }
    let passages = Retriever.passages(of: text)
    st.caption("\(file.name): \(passages.count) passages")

    let answers: [Answer] = st.session[answersKey, default: []]
    for answer in answers {
        st.chatMessage("user").markdown(answer.question)
        let message = st.chatMessage("assistant")
        message.markdown(answer.text)
        showSources(answer.sources, in: message)
    }

    guard let question = st.chatInput("Ask about the document") else { return }
    st.chatMessage("user").markdown(question)
    let sources = Retriever.top(sourceCount, for: question, in: passages)
    let message = st.chatMessage("assistant")
    do {
        let reply = try await message.writeStream(
            backend.model.stream(Prompt.messages(question: question, sources: sources), options: ChatOptions(model: model, temperature: 0.2)))
        showSources(sources, in: message)
        st.session[answersKey] = answers + [Answer(question: question, text: reply, sources: sources)]
    } catch let error as LLMError {
        message.error(error.message)
    }
}

private func showSources(_ sources: [Passage], in message: St) {
    let expander = message.expander("Sources (\(sources.count))")
    if sources.isEmpty { expander.caption("No passage shares a word with the question.") }
    for passage in sources {
        expander.markdown("**Passage \(passage.index + 1)** · \(passage.score) matching words\n\n> \(passage.text)")
    }
}
