import Synchronization
import SwiftlitProtocol

/// One run of the app (or of some of its fragments): what it has built, what the browser has
/// not seen yet, and the session state it holds while it runs.
///
/// Every `st` call goes through here, under one lock: the app's task calls in, and the flush
/// timer and the session reach in from other tasks. Messages are handed to the client while the
/// lock is held, which keeps them in order.
final class RunContext: Sendable {
    struct State: Sendable {
        var core: SessionCore
        var scope: RunScope
        var built = ElementTree()
        /// Changes since the last flush, in order.
        var pending: [PendingChange] = []
        var rendered = WidgetRegistry()
        /// Widgets drawn by this run itself (a fragment run's registry also holds the page's others).
        var drawn: Set<WidgetID> = []
        var triggers: Set<WidgetID> = []
        /// Later Swiftlit calls do nothing: the run was interrupted or hit a misuse.
        var halted = false
        var interrupted = false
        var finished = false
        /// A misuse of the API the run reported on the page.
        var misuse: SwiftlitError?
        var flushTimer: Task<Void, Never>?
        /// What this run drew of fragments, slots and forms.
        var fragments: [String: FragmentRecord] = [:]
        var slots: [String: ElementPath] = [:]
        var forms: [String: FormRecord] = [:]
        /// Tables shown by `dataframe`, by content id, for the browser's `rows` requests.
        var tables: [String: Table] = [:]
        /// Counts toasts and celebrations, so each call shows even when its text repeats.
        var nonce = 0
        var pageConfigPath: ElementPath?
    }

    let number: Int
    let options: RuntimeOptions
    let client: any SessionClient
    let sessionLogName: String
    /// Lets background tasks reach the session this run belongs to.
    let push: SessionPush
    private let state: Mutex<State>

    init(
        number: Int, sessionLogName: String, core: SessionCore, scope: RunScope, client: any SessionClient,
        options: RuntimeOptions, push: SessionPush
    ) {
        self.number = number
        self.sessionLogName = sessionLogName
        self.client = client
        self.options = options
        self.push = push
        state = Mutex(State(core: core, scope: scope))
    }

    func withState<T>(_ body: (inout State) throws -> T) rethrows -> T {
        try state.withLock { try body(&$0) }
    }

    // MARK: Run lifecycle

    /// Runs callbacks, then the app body (or the fragments), and says how it ended.
    func execute(_ app: AppBody, request: RerunRequest) async -> RunOutcome {
        let (callbacks, scope) = prepare(request)
        let session = SessionState(run: self)
        for callback in callbacks { callback(session) }
        do {
            switch scope {
            case .app: try await app(St(run: self, placement: .root(.main)))
            case .fragments(let records):
                for record in records { try await record.body(St(run: self, placement: record.placement)) }
            }
            if let misuse { return .failed(misuse) }
            return .completed
        } catch let control as RunControl {
            switch control {
            case .stop: return .stopped
            case .rerun(let scope): return .rerunRequested(scope)
            }
        } catch {
            if wasInterrupted { return .interrupted }
            return .failed(misuse ?? error)
        }
    }

    /// Takes in the browser's values, sets up the run's scope, and returns the callbacks this
    /// request fires, in page order.
    private func prepare(_ request: RerunRequest) -> ([WidgetCallback], RunScope) {
        withState { state in
            if request.isReconnect { state.core.differ.reset() }
            let registry = state.core.registry
            // The server decides what is disabled: what the browser says of such a widget is ignored.
            let widgets = request.widgets.filter { !registry.isDisabled($0.key) }
            let previous = state.core.widgetValues
            state.core.widgetValues.merge(widgets) { _, new in new }
            state.core.differ.recordClientValues(widgets)
            state.triggers = Set(request.triggers.filter { !registry.isDisabled($0) })
            for (key, widget) in registry.keyed where !state.core.store.assignedKeys.contains(key) {
                if let wire = state.core.widgetValues[widget.id], let value = widget.decode(wire) {
                    state.core.store.values[key] = value
                }
            }
            if case .fragments(let records) = state.scope { beginFragments(records, &state) }
            let callbacks = registry.order.compactMap { id in
                let changed = widgets[id].map { $0 != previous[id] } ?? false
                return changed || state.triggers.contains(id) ? registry.callbacks[id] : nil
            }
            return (callbacks, state.scope)
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

    /// Halts the run without marking it interrupted: `st.stop()` and `st.rerun()` end the run
    /// themselves, and anything the app does after catching their error must not draw.
    func interruptSilently() {
        withState { $0.halted = true }
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
                clearSubmittedForms(&state)
                sendFinal(&state, status: .complete)
            case .failed(let error):
                if state.misuse == nil {
                    let element = ExceptionElement(error, details: options.errorDetails)
                    appendUnchecked(.exception(element), in: .root(.main), &state)
                }
                sendFinal(&state, status: .error)
            }
            keepWhatWasRendered(&state)
            return state.core
        }
    }

    private func sendFinal(_ state: inout State, status: RunStatus) {
        var ops = state.core.differ.changes(at: state.pending, in: state.built)
        switch state.scope {
        case .app: ops += state.core.differ.trims(toMatch: state.built)
        case .fragments(let records):
            ops += state.core.differ.trims(toMatch: state.built, under: records.map(\.placement.path))
        }
        state.pending = []
        client.send(.runFinished(.init(run: number, status: status, ops: ops)))
    }

    /// The run's widgets, fragments and slots become the session's; widgets it did not render
    /// lose their state, as in Streamlit.
    private func keepWhatWasRendered(_ state: inout State) {
        let rendered = state.rendered
        state.core.widgetValues = state.core.widgetValues.filter { rendered.contains($0.key) }
        for (key, widget) in state.core.registry.keyed where rendered.keyed[key] == nil {
            if !rendered.contains(widget.id), !state.core.store.assignedKeys.contains(key) {
                state.core.store.values[key] = nil
            }
        }
        state.core.registry = rendered
        state.core.fragments = state.fragments
        state.core.slots = state.slots
        state.core.tables = state.tables
    }
}
