import SwiftlitProtocol

/// A piece of a streamed reply: `st.writeStream` shows each chunk's ``streamText``.
///
/// `String` is one; so is a chat-completion chunk of an LLM client, which lets a reply stream
/// straight from the client to the page.
public protocol WriteStreamChunk: SendableMetatype {
    /// The text this chunk adds to the reply (empty for a chunk that carries none, such as usage).
    var streamText: String { get }
}

extension String: WriteStreamChunk {
    public var streamText: String { self }
}

extension Substring: WriteStreamChunk {
    public var streamText: String { String(self) }
}

extension St {
    /// Writes text as it arrives, like a typewriter, with a cursor after it, and returns all of it.
    ///
    /// Chunks are joined and shown as Markdown. The text is rendered when the page is next sent
    /// (at most every 15 ms), not per chunk; the browser receives what it gained, never the whole
    /// text again, and a finished paragraph is rendered only once.
    ///
    /// ```swift
    /// if let prompt = st.chatInput("Ask anything") {
    ///     st.chatMessage("user").markdown(prompt)
    ///     let reply = try await st.chatMessage("assistant").writeStream(model.stream(prompt))
    ///     st.session["history", default: [String]()].append(reply)
    /// }
    /// ```
    ///
    /// **A stream is never cut short by an interaction.** Once a run has started streaming, a
    /// click or a new value elsewhere on the page waits for the run to end instead of stopping it
    /// (which is what Streamlit does): the reply finishes in its place, this method returns it, the
    /// code after it (saving the reply) runs, and then the app reruns with the new values, whose
    /// page takes over. Before its first stream a run is stopped by an interaction as usual.
    ///
    /// **Stop ends it early.** While the text grows, the page shows a Stop button. Pressing it
    /// cancels the iteration of `chunks` (an HTTP request behind them is cancelled with it), and
    /// this method returns the text received so far; the run goes on. When the tab is closed or the
    /// run is stopped otherwise, the iteration is cancelled and this method throws.
    ///
    /// - Parameter chunks: The reply's pieces: strings, or chunks of an LLM client.
    /// - Returns: The whole text (up to where Stop ended it).
    /// - Throws: What `chunks` throws; `CancellationError` when the run is stopped.
    @discardableResult
    public func writeStream<Chunks: AsyncSequence & SendableMetatype>(_ chunks: sending Chunks) async throws -> String
    where Chunks.Element: WriteStreamChunk, Chunks.AsyncIterator: SendableMetatype {
        guard let blockPath = emit(.block(.stream(StreamBlock(isStreaming: true)))),
            let textPath = child(at: blockPath).emit(.markdown(MarkdownElement(html: "")))
        else {
            // The run was halted: nothing would show, and the code after this does not run either.
            try Task.checkCancellation()
            return ""
        }
        let stream = run.openStream(at: textPath)
        let reading = Task { [run] in
            do {
                for try await chunk in chunks {
                    try Task.checkCancellation()
                    let text = chunk.streamText
                    if !text.isEmpty { run.append(text, toStream: stream) }
                }
            } catch {
                // Whatever the sequence throws once Stop cancelled it (CancellationError, or a
                // client's own "cancelled" error) is the stop, not a failure.
                guard run.isStopRequested(stream) else { throw error }
            }
        }
        run.onStop(of: stream) { reading.cancel() }
        defer { run.withBuilder { $0.replace(at: blockPath, with: .block(.stream(StreamBlock(isStreaming: false)))) } }
        do {
            try await withTaskCancellationHandler {
                try await reading.value
            } onCancel: {
                reading.cancel()
            }
        } catch {
            _ = run.closeStream(stream)
            throw error
        }
        return run.closeStream(stream)
    }

    /// Writes the chunks of an ordinary sequence as ``writeStream(_:)-(AsyncSequence)`` does.
    @discardableResult
    public func writeStream<Chunks: Sequence & SendableMetatype>(_ chunks: sending Chunks) async throws -> String
    where Chunks.Element: WriteStreamChunk, Chunks.Iterator: SendableMetatype {
        try await writeStream(AsyncChunks(chunks: chunks))
    }
}

/// An ordinary sequence of chunks as an async sequence.
private struct AsyncChunks<Base: Sequence>: AsyncSequence {
    typealias Element = Base.Element
    let chunks: Base

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.Iterator
        mutating func next() async -> Base.Element? { base.next() }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: chunks.makeIterator()) }
}
