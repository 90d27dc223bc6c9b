import Synchronization
import SwiftlitProtocol

/// One run of the app (or of some of its fragments), as the tasks around it see it: the lock
/// around the run's ``PageBuilder``, the flush timer, and the client its results go to.
///
/// Every `st` call comes through ``withBuilder(_:)``: the app's task calls in, and the flush
/// timer and the session reach in from other tasks. Messages are handed to the client while the
/// lock is held, which keeps them in order.
final class RunContext: Sendable {
    private struct State: Sendable {
        var builder: PageBuilder
        var flushTimer: Task<Void, Never>?
        var interrupted = false
        var finished = false
        /// The user pressed Stop while nothing streamed: the run ends as `st.stop()` would end it.
        var stoppedByUser = false
        /// The run's `st.writeStream`s in progress, by ticket.
        var streams: [Int: OpenStream] = [:]
        /// How many streams the run has opened.
        var streamTickets = 0
    }

    let number: Int
    let options: RuntimeOptions
    /// Lets background tasks reach the session this run belongs to.
    let push: SessionPush
    /// Where the tables the run shows are stored, once per server.
    let tableStore: TableStore
    /// Where the media files the run shows are stored, once per server.
    let mediaFiles: MediaFileStore
    /// The caches `st.cacheData` and `st.cacheResource` use, once per server.
    let caches: RuntimeCaches
    /// The app's secrets: `st.secrets`, and what error text is scrubbed of.
    let secrets: Secrets
    /// The server's clock: what `st.rateLimit` measures with.
    let clock: RuntimeClock
    private let client: any SessionClient
    private let sessionLogName: String
    private let state: Mutex<State>

    init(
        number: Int, sessionLogName: String, core: SessionCore, scope: RunScope, client: any SessionClient,
        options: RuntimeOptions, push: SessionPush, tableStore: TableStore,
        mediaFiles: MediaFileStore, caches: RuntimeCaches, secrets: Secrets, clock: RuntimeClock
    ) {
        self.clock = clock
        self.tableStore = tableStore
        self.mediaFiles = mediaFiles
        self.caches = caches
        self.secrets = secrets
        self.number = number
        self.sessionLogName = sessionLogName
        self.client = client
        self.options = options
        self.push = push
        let builder = PageBuilder(
            run: number, core: core, scope: scope, errorDetails: options.errorDetails, secrets: secrets)
        state = Mutex(State(builder: builder))
    }

    /// Runs `body` on the run's builder, in place under the lock, then does what the builder
    /// reported (log lines, messages, a cancelled task) and arms the flush timer for what it drew.
    @discardableResult
    func withBuilder<T>(_ body: (inout PageBuilder) -> T) -> T {
        state.withLock { state in
            let result = body(&state.builder)
            if state.builder.hasNotices { handle(state.builder.takeNotices()) }
            if state.builder.hasUnsentStorage { client.send(.storage(state.builder.takeStorage())) }
            if state.builder.draft.hasUnsentChanges { armFlushTimer(&state) }
            return result
        }
    }

    /// Runs callbacks, then the app body (or the fragments), and says how it ended.
    func execute(_ app: AppBody, request: RerunRequest) async -> RunOutcome {
        let (callbacks, scope) = withBuilder { ($0.prepare(request), $0.scope) }
        let session = SessionState(run: self)
        for callback in callbacks { callback(session) }
        do {
            switch scope {
            case .app:
                try await app(St(run: self, placement: .root(.main)))
                // A single-page app serves only its root: at another path its run is replaced by
                // the not-found page (an app that declares pages gets that from st.navigation).
                if let notFound = withBuilder({ $0.startNotFoundPageUnlessNavigated() }) {
                    try await notFound.run(St(run: self, placement: .root(.main)))
                }
            case .fragments(let records):
                for record in records { try await record.body(St(run: self, placement: record.placement)) }
            }
            if let misuse = withBuilder({ $0.misuse }) { return .failed(misuse) }
            return wasStoppedByUser ? .stopped : .completed
        } catch let control as RunControl {
            switch control {
            case .stop: return .stopped
            case .rerun(let scope): return .rerunRequested(scope)
            }
        } catch {
            if wasInterrupted { return .interrupted }
            if wasStoppedByUser { return .stopped }
            return .failed(withBuilder { $0.misuse } ?? error)
        }
    }

    /// Whether an interaction waits for this run instead of stopping it: a run that has started
    /// streaming keeps its reply (see `St.writeStream`).
    var holdsInteractions: Bool { state.withLock { $0.streamTickets > 0 } }

    /// Opens a stream whose text shows in the `markdown` element at `path`; returns its ticket.
    func openStream(at path: ElementPath) -> Int {
        state.withLock { state in
            state.streamTickets += 1
            state.streams[state.streamTickets] = OpenStream(path: path)
            return state.streamTickets
        }
    }

    /// Says how to end the stream early: at once when Stop was already pressed.
    func onStop(of ticket: Int, _ stop: @escaping @Sendable () -> Void) {
        let stopNow = state.withLock { state in
            state.streams[ticket]?.stop = stop
            return state.streams[ticket]?.stopRequested == true
        }
        if stopNow { stop() }
    }

    /// Whether the user pressed Stop while the stream was open: what its chunks throw then is the stop.
    func isStopRequested(_ ticket: Int) -> Bool { state.withLock { $0.streams[ticket]?.stopRequested == true } }

    /// Adds `text` to the stream; the page shows it at the next flush.
    func append(_ text: String, toStream ticket: Int) {
        state.withLock { state in
            guard state.streams[ticket] != nil else { return }
            state.streams[ticket]?.reply.append(text)
            state.streams[ticket]?.isDirty = true
            if !state.interrupted { armFlushTimer(&state) }
        }
    }

    /// Shows what the stream received last and forgets it; returns all of its text.
    func closeStream(_ ticket: Int) -> String {
        state.withLock { state in
            Self.render(streams: &state.streams, into: &state.builder)
            return state.streams.removeValue(forKey: ticket)?.reply.text ?? ""
        }
    }

    /// The user pressed Stop. The open streams end where they are and the run goes on; a run with
    /// no open stream is halted and ends as `st.stop()` ends it. Returns whether streams ended.
    func stopByUser() -> Bool {
        let (stops, hadStreams) = state.withLock { state in
            for ticket in state.streams.keys { state.streams[ticket]?.stopRequested = true }
            let stops = state.streams.values.compactMap(\.stop)
            if state.streams.isEmpty, !state.finished, !state.interrupted {
                state.builder.halt()
                state.stoppedByUser = true
            }
            return (stops, !state.streams.isEmpty)
        }
        for stop in stops { stop() }
        return hadStreams
    }

    /// Puts the text that streams received since the last flush into the page.
    private static func render(streams: inout [Int: OpenStream], into builder: inout PageBuilder) {
        for ticket in streams.keys where streams[ticket]?.isDirty == true {
            guard let stream = streams[ticket] else { continue }
            builder.replace(at: stream.path, with: stream.element)
            streams[ticket]?.isDirty = false
        }
    }

    var wasStoppedByUser: Bool { state.withLock { $0.stoppedByUser } }

    /// Stops the run: later Swiftlit calls do nothing and nothing more is sent.
    func interrupt() {
        state.withLock { state in
            state.builder.halt()
            state.interrupted = true
            state.flushTimer?.cancel()
        }
    }

    var wasInterrupted: Bool { state.withLock { $0.interrupted } }

    /// Sends the run's last changes and how it ended; returns the state the session keeps.
    func finish(_ outcome: RunOutcome) -> SessionCore {
        state.withLock { state in
            state.finished = true
            state.flushTimer?.cancel()
            let (status, ops) = state.builder.finish(outcome)
            if state.builder.hasNotices { handle(state.builder.takeNotices()) }
            // The address bar moves before the page says it is done, so what a test or user sees
            // at "idle" is the new address.
            if status != .interrupted, let change = state.builder.takeLocationChange() { client.send(.location(change)) }
            client.send(.runFinished(.init(run: number, status: status, ops: ops)))
            let core = state.builder.core
            // The session holds the run's leases from here on. The run's own copies go now, not when
            // the task that ran it lets go of this context a scheduling hop later: a file or table
            // the page no longer shows is freed as the run ends.
            state.builder.dropLeases()
            return core
        }
    }

    /// The widgets this run has rendered so far.
    var renderedWidgets: [WidgetID] { withBuilder { $0.rendered.order } }

    /// Whether this run has rendered the widget `id` so far.
    func hasRendered(_ id: WidgetID) -> Bool { withBuilder { $0.rendered.contains(id) } }

    /// A table this run has shown so far.
    func table(_ id: String) -> TableLease? { withBuilder { $0.tables[id] } }

    /// Sends what is unsent after the flush interval, unless a flush is already due or the run ended.
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
        state.withLock { state in
            state.flushTimer = nil
            guard !state.finished, !state.interrupted else { return }
            Self.render(streams: &state.streams, into: &state.builder)
            let ops = state.builder.takeDelta()
            if state.builder.hasNotices { handle(state.builder.takeNotices()) }
            if !ops.isEmpty { client.send(.delta(.init(run: number, ops: ops))) }
        }
    }

    /// Logs what the builder reported, and does what it calls for.
    private func handle(_ notices: [RunNotice]) {
        for notice in notices {
            options.logger.log(level: notice.logLevel, "\(secrets.redact(notice.logMessage(session: sessionLogName)))")
            switch notice {
            case .misuse: withUnsafeCurrentTask { $0?.cancel() }
            case .invalidWidgetValue(let message):
                client.send(.error(ProtocolErrorMessage(code: .invalidWidgetValue, message: message)))
            case .drawnIntoRemovedContainer, .brokenInvariant: break
            }
        }
    }
}
