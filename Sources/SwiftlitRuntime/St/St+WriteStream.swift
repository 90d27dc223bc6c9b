import SwiftlitProtocol
import SwiftlitMarkdown

extension St {
    /// Writes text as it arrives, like a typewriter, and returns all of it. Chunks are joined
    /// and shown as Markdown; the browser receives the growing text at most every 15 ms.
    ///
    /// ```swift
    /// let answer = try await st.writeStream(llm.stream(prompt))
    /// ```
    @discardableResult
    public func writeStream<Chunks: AsyncSequence>(_ chunks: Chunks) async throws -> String
    where Chunks.Element == String {
        var text = ""
        let path = emit(.markdown(MarkdownElement(html: "")))
        for try await chunk in chunks {
            try Task.checkCancellation()
            text += chunk
            guard let path else { continue }
            let element = Element.markdown(MarkdownElement(html: Markdown.html(from: text)))
            run.withBuilder { $0.replace(at: path, with: element) }
        }
        return text
    }

    /// Writes the chunks of an ordinary sequence as ``writeStream(_:)-(AsyncSequence)`` does.
    @discardableResult
    public func writeStream(_ chunks: some Sequence<String>) async throws -> String {
        try await writeStream(AsyncChunks(chunks: chunks))
    }
}

/// An ordinary sequence of chunks as an async sequence.
private struct AsyncChunks<Base: Sequence<String>>: AsyncSequence {
    typealias Element = String
    let chunks: Base

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.Iterator
        mutating func next() async -> String? { base.next() }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: chunks.makeIterator()) }
}
