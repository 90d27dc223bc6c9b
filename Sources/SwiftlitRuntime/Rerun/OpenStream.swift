import SwiftlitMarkdown
import SwiftlitProtocol

/// A `st.writeStream` in progress: its text so far, where it shows, and what ends it early.
struct OpenStream: Sendable {
    /// The `markdown` element that shows the text.
    let path: ElementPath
    var reply = MarkdownStream()
    /// Text arrived since the page last showed it. It is rendered when the run next flushes, once
    /// however many chunks came meanwhile: a fast reply costs one render per flush, not per chunk.
    var isDirty = false
    /// The user pressed Stop (possibly before ``stop`` was known).
    var stopRequested = false
    /// Cancels the reading of the stream's chunks.
    var stop: (@Sendable () -> Void)?

    init(path: ElementPath) { self.path = path }

    var element: Element { .markdown(MarkdownElement(html: reply.html)) }
}
