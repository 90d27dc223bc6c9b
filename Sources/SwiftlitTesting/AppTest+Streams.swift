public import SwiftlitProtocol
import SwiftlitRuntime

/// A reply `st.writeStream` shows: its text so far and whether it is still growing.
public struct StreamView: Sendable, CustomStringConvertible {
    /// Where the stream's block is.
    public let path: ElementPath
    /// The text, as the browser shows it (the rendered Markdown without its tags).
    public let text: String
    /// Whether more text may come (the browser shows a cursor and a Stop button).
    public let isStreaming: Bool

    public var description: String { "stream at \(path)\(isStreaming ? " (streaming)" : ""): \(text)" }
}

extension AppTest {
    /// The replies `st.writeStream` shows, in page order.
    ///
    /// ``run(timeout:)`` returns once the run is over, so its streams have finished. To watch a
    /// reply while it grows, ``start()`` the run and ``waitForStream(containing:timeout:)``.
    public var streams: [StreamView] {
        blocks(.stream).map { block in
            let isStreaming = if case .block(.stream(let stream)) = block.element { stream.isStreaming } else { false }
            let text = elements(in: block).map(\.text).joined()
            return StreamView(path: block.path, text: text, isStreaming: isStreaming)
        }
    }

    /// Starts a run as a browser does after an interaction, without waiting for it to end; what
    /// it sends arrives through ``waitForStream(containing:timeout:)`` and ``waitUntilIdle(timeout:)``.
    ///
    /// ```swift
    /// try at.chatInput().submit("Tell me a story")
    /// await at.start()
    /// try await at.waitForStream(containing: "Once")
    /// try await at.stop()                 // the Stop button
    /// try await at.waitUntilIdle()
    /// ```
    public func start() async { await send() }

    /// Waits until a reply is streaming on the page and, with `text`, until it contains `text`.
    /// - Throws: ``AppTestError/timeout(_:)`` when that does not happen in time.
    public func waitForStream(containing text: String? = nil, timeout: Duration? = nil) async throws {
        let deadline = ContinuousClock.now.advanced(by: timeout ?? defaultTimeout)
        while true {
            try absorb(client.drain())
            if streams.contains(where: { $0.isStreaming && (text.map($0.text.contains) ?? true) }) { return }
            guard ContinuousClock.now < deadline else { throw AppTestError.timeout(timeout ?? defaultTimeout) }
            try await Task.sleep(for: .milliseconds(2))
        }
    }

    /// Presses the Stop button of the run in progress: its streams end where they are and the run
    /// goes on (a run that streams nothing is stopped). Does nothing when no run is in progress.
    public func stop() async throws {
        try absorb(client.drain())
        guard let run = runInProgress else { return }
        await session.stop(ClientMessage.Stop(run: run))
    }
}
