import Synchronization
import SwiftlitProtocol

/// One run of the app: what it has built, what the browser has not seen yet, and the session
/// state it holds while it runs.
///
/// Every `st` call goes through here, under one lock: the app's task calls in, and the flush
/// timer and the session reach in from other tasks. Messages are handed to the client while the
/// lock is held, which keeps them in order.
final class RunContext: Sendable {
    struct State: Sendable {
        var core: SessionCore
        var built = ElementTree()
        /// Paths set since the last flush, in order.
        var pending: [ElementPath] = []
        var rendered = WidgetRegistry()
        var triggers: Set<WidgetID> = []
        /// Later Swiftlit calls do nothing: the run was interrupted or hit a misuse.
        var halted = false
        var interrupted = false
        var finished = false
        /// A misuse of the API the run reported on the page.
        var misuse: SwiftlitError?
        var flushTimer: Task<Void, Never>?
    }

    let number: Int
    let options: RuntimeOptions
    let client: any SessionClient
    let sessionID: String
    private let state: Mutex<State>

    init(number: Int, sessionID: String, core: SessionCore, client: any SessionClient, options: RuntimeOptions) {
        self.number = number
        self.sessionID = sessionID
        self.client = client
        self.options = options
        state = Mutex(State(core: core))
    }

    func withState<T>(_ body: (inout State) throws -> T) rethrows -> T {
        try state.withLock { try body(&$0) }
    }

    // MARK: Run lifecycle

    /// Runs callbacks, then the app body, and says how it ended.
    func execute(_ app: AppBody, request: RerunRequest) async -> RunOutcome {
        let callbacks = prepare(request)
        let session = SessionState(run: self)
        for callback in callbacks { callback(session) }
        do {
            try await app(St(run: self, container: ElementPath([RootContainer.main.rawValue])))
            if let misuse { return .failed(misuse) }
            return .completed
        } catch let control as RunControl {
            return control == .stop ? .stopped : .rerunRequested
        } catch {
            if wasInterrupted { return .interrupted }
            return .failed(misuse ?? error)
        }
    }

    /// Takes in the browser's values and returns the callbacks this request fires, in page order.
    private func prepare(_ request: RerunRequest) -> [WidgetCallback] {
        withState { state in
            if request.isReconnect { state.core.differ.reset() }
            let previous = state.core.widgetValues
            state.core.widgetValues.merge(request.widgets) { _, new in new }
            state.core.differ.recordClientValues(request.widgets)
            state.triggers = Set(request.triggers)
            let registry = state.core.registry
            for (key, widget) in registry.keyed where !state.core.store.assignedKeys.contains(key) {
                if let wire = state.core.widgetValues[widget.id], let value = widget.decode(wire) {
                    state.core.store.values[key] = value
                }
            }
            return registry.order.compactMap { id in
                let changed = request.widgets[id].map { $0 != previous[id] } ?? false
                return changed || state.triggers.contains(id) ? registry.callbacks[id] : nil
            }
        }
    }

    /// Stops the run: later Swiftlit calls do nothing and nothing more is sent.
    func interrupt() {
        withState { state in
            state.halted = true
            state.interrupted = true
            state.flushTimer?.cancel()
        }
    }

    var wasInterrupted: Bool { withState { $0.interrupted } }
    private var misuse: SwiftlitError? { withState { $0.misuse } }

    /// Sends the run's last changes and how it ended; returns the state the session keeps.
    func finish(_ outcome: RunOutcome) -> SessionCore {
        withState { state in
            state.finished = true
            state.flushTimer?.cancel()
            switch outcome {
            case .interrupted, .rerunRequested:
                // What this run built is dropped; the next run diffs against what the browser has.
                client.send(.runFinished(.init(run: number, status: .interrupted, ops: [])))
                return state.core
            case .completed, .stopped:
                sendFinal(&state, status: .complete)
            case .failed(let error):
                if state.misuse == nil {
                    let element = ExceptionElement(error, details: options.errorDetails)
                    appendUnchecked(.exception(element), in: ElementPath([RootContainer.main.rawValue]), &state)
                }
                sendFinal(&state, status: .error)
            }
            dropUnrenderedWidgets(&state)
            return state.core
        }
    }

    private func sendFinal(_ state: inout State, status: RunStatus) {
        var ops = state.core.differ.changes(at: state.pending, in: state.built)
        ops += state.core.differ.trims(toMatch: state.built)
        state.pending = []
        client.send(.runFinished(.init(run: number, status: status, ops: ops)))
    }

    /// Widgets the run did not render lose their state, as in Streamlit.
    private func dropUnrenderedWidgets(_ state: inout State) {
        let rendered = state.rendered
        state.core.widgetValues = state.core.widgetValues.filter { rendered.contains($0.key) }
        for (key, widget) in state.core.registry.keyed where rendered.keyed[key] == nil {
            if !rendered.contains(widget.id), !state.core.store.assignedKeys.contains(key) {
                state.core.store.values[key] = nil
            }
        }
        state.core.registry = rendered
    }

    // MARK: Elements

    /// Appends `element` to the container at `container`; returns its path, or `nil` when the
    /// run is halted.
    @discardableResult
    func append(_ element: Element, in container: ElementPath) -> ElementPath? {
        withState { state in
            guard !state.halted else { return nil }
            return appendUnchecked(element, in: container, &state)
        }
    }

    @discardableResult
    func appendUnchecked(_ element: Element, in container: ElementPath, _ state: inout State) -> ElementPath {
        let path = container.appending(state.built.childCount(at: container))
        // Appending to a container this run built cannot fail.
        try? state.built.set(element, at: path)
        state.pending.append(path)
        armFlushTimer(&state)
        return path
    }

    /// Shows a misuse of the API where it happened, and halts the run (as an exception would).
    func reportMisuse(_ error: SwiftlitError, in container: ElementPath, _ state: inout State) {
        guard !state.halted else { return }
        appendUnchecked(.exception(ExceptionElement(error, details: options.errorDetails)), in: container, &state)
        state.halted = true
        state.misuse = error
        options.logger.warning("app misuse in session \(sessionID): \(error.message)")
        withUnsafeCurrentTask { $0?.cancel() }
    }

    // MARK: Flushing

    private func armFlushTimer(_ state: inout State) {
        guard state.flushTimer == nil, !state.finished else { return }
        let interval = options.flushInterval
        state.flushTimer = Task { [self] in
            try? await Task.sleep(for: interval)
            if !Task.isCancelled { flush() }
        }
    }

    /// Sends what the run built since the last flush, so a slow run fills the page as it goes.
    private func flush() {
        withState { state in
            state.flushTimer = nil
            guard !state.finished, !state.interrupted else { return }
            let ops = state.core.differ.changes(at: state.pending, in: state.built)
            state.pending = []
            if !ops.isEmpty { client.send(.delta(.init(run: number, ops: ops))) }
        }
    }

    // MARK: Session state

    func sessionValue(forKey key: String) -> (any Sendable)? {
        withState { $0.core.store.values[key] }
    }

    func sessionKeys() -> [String] {
        withState { $0.core.store.values.keys.sorted() }
    }

    func setSessionValue<Value: Sendable>(_ value: Value?, forKey key: String) {
        withState { state in
            guard !state.halted else { return }
            if let widget = state.rendered.keyed[key] {
                let error = SwiftlitError.widgetKeyAssignedAfterRender(key: key, widget: widget.id)
                reportMisuse(error, in: ElementPath([RootContainer.main.rawValue]), &state)
                return
            }
            if let value {
                state.core.store.values[key] = value
                state.core.store.assignedKeys.insert(key)
            } else {
                state.core.store.values[key] = nil
                state.core.store.assignedKeys.remove(key)
            }
        }
    }
}

extension RunContext {
    /// Halts the run without marking it interrupted: `st.stop()` and `st.rerun()` end the run
    /// themselves, and anything the app does after catching their error must not draw.
    func interruptSilently() {
        withState { $0.halted = true }
    }
}
