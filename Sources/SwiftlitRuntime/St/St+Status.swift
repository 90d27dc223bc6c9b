public import SwiftlitProtocol
import SwiftlitMarkdown
import Synchronization

extension St {
    /// Shows a spinner with `text` while `body` runs, then removes it.
    ///
    /// ```swift
    /// let rows = try await st.spinner("Loading data…") { try await loadRows() }
    /// ```
    public func spinner<T>(_ text: String = "In progress…", _ body: () async throws -> T) async rethrows -> T {
        let path = emit(.spinner(SpinnerElement(text: text)))
        // Gone when done, so the page has the same elements whether the body was slow or not.
        defer { if let path { run.withBuilder { $0.removeTransient(path) } } }
        return try await body()
    }

    /// A progress bar, updated while the app runs.
    ///
    /// ```swift
    /// let bar = st.progress(0, text: "Working…")
    /// for step in 1...10 { try await work(); bar.update(Double(step) / 10) }
    /// ```
    /// - Parameters:
    ///   - value: From 0 to 1 (clamped).
    ///   - text: Markdown shown above the bar.
    public func progress(_ value: Double, text: String? = nil) -> ProgressBar {
        let element = ProgressBar.element(value, text)
        return ProgressBar(run: run, path: emit(element))
    }

    /// A container showing the state of a long task, with its steps inside. `body` receives the
    /// container and a handle to change its label and state; when it returns the status turns
    /// complete (or error, when it throws) unless `body` set a state itself.
    ///
    /// ```swift
    /// try await st.status("Downloading…") { box, status in
    ///     box.write("Fetching rows")
    ///     try await download()
    ///     status.update(label: "Downloaded", state: .complete)
    /// }
    /// ```
    @discardableResult
    public func status<T>(
        _ label: String, expanded: Bool = false, state: TaskState = .running,
        _ body: (St, StatusHandle) async throws -> T
    ) async rethrows -> T {
        let (box, handle) = status(label, expanded: expanded, state: state)
        do {
            let result = try await body(box, handle)
            if handle.state == .running { handle.update(state: .complete) }
            return result
        } catch {
            if handle.state == .running { handle.update(state: .error) }
            throw error
        }
    }

    /// A status container and its handle, for code that updates it without a closure.
    public func status(_ label: String, expanded: Bool = false, state: TaskState = .running) -> (St, StatusHandle) {
        let block = StatusBlock(label: label, state: state, expanded: expanded)
        let path = emit(.block(.status(block)))
        return (child(at: path), StatusHandle(run: run, path: path, block: block))
    }

    /// A short notice that floats in a corner for a few seconds. The body is Markdown.
    public func toast(_ body: String, icon: String? = nil) {
        let html = Markdown.html(from: body)
        run.withBuilder { $0.append(.toast(ToastElement(html: html, icon: icon, nonce: $0.nextNonce())), in: .root(.event)) }
    }

    /// Balloons float up the page.
    public func balloons() { celebrate(.balloons) }

    /// Snow falls down the page.
    public func snow() { celebrate(.snow) }

    private func celebrate(_ animation: CelebrationKind) {
        run.withBuilder {
            $0.append(.celebration(CelebrationElement(animation: animation, nonce: $0.nextNonce())), in: .root(.event))
        }
    }
}

/// A progress bar drawn by ``St/progress(_:text:)``; ``update(_:text:)`` moves it while the app runs.
public struct ProgressBar: Sendable {
    let run: RunContext
    let path: ElementPath?

    /// Sets the bar to `value` (0 to 1) and, when given, its text.
    public func update(_ value: Double, text: String? = nil) {
        guard let path else { return }
        let element = Self.element(value, text)
        run.withBuilder { $0.replace(at: path, with: element) }
    }

    static func element(_ value: Double, _ text: String?) -> Element {
        let clamped = value.isFinite ? min(max(value, 0), 1) : 0
        return .progress(ProgressElement(value: clamped, html: text.map { Markdown.html(from: $0) }))
    }
}

/// Changes a status container's label, state and expansion while the app runs.
public final class StatusHandle: Sendable {
    let run: RunContext
    let path: ElementPath?
    private let block: Mutex<StatusBlock>

    init(run: RunContext, path: ElementPath?, block: StatusBlock) {
        self.run = run
        self.path = path
        self.block = Mutex(block)
    }

    /// The state the container shows now.
    public var state: TaskState { block.withLock { $0.state } }

    /// Updates what the container shows; parameters left `nil` keep their value.
    public func update(label: String? = nil, state: TaskState? = nil, expanded: Bool? = nil) {
        let updated = block.withLock { block in
            if let label { block.label = label }
            if let state { block.state = state }
            if let expanded { block.expanded = expanded }
            return block
        }
        if let path { run.withBuilder { $0.replace(at: path, with: .block(.status(updated))) } }
    }
}
