public import SwiftlitProtocol

/// One browser tab: its state, its runs, and the mirror of what its page shows.
///
/// Runs happen one at a time. A request that arrives during a run stops that run (its next
/// Swiftlit call does nothing, its `await`s throw) and starts a new one with the merged values
/// once it has ended.
public actor Session {
    /// The id the browser presents to resume this session after a reconnect.
    public nonisolated let id: String
    /// The files this session's upload widgets hold; the upload route fills it without waiting
    /// for a run.
    package nonisolated let uploads: UploadStore
    /// The secret every upload to this session carries in `X-Xsrftoken`; told to the browser in
    /// the `session` message.
    package nonisolated let uploadToken = SecretID.make()
    /// This session's buckets in the app's rate limiters, released when the registry lets it go.
    package nonisolated let rateLimits = SessionRateLimits()
    private let environment: RuntimeEnvironment
    /// The last `rows` request's work; the next waits for it.
    private var rowsTask: Task<Void, Never>?
    private var options: RuntimeOptions { environment.options }
    private var client: any SessionClient = DisconnectedClient()
    private var core: SessionCore
    private var mailbox = RerunMailbox()
    private var current: (context: RunContext, task: Task<Void, Never>)?
    private var runNumber = 0
    /// Widgets of the last completed run (and of runs stopped since), to recognise the ids a
    /// browser sends.
    private var knownWidgets: Set<WidgetID> = []
    /// What background tasks hold to push to this session (a weak reference).
    private let reference = SessionReference()
    /// Timers of fragments that rerun on an interval, by fragment id.
    private var fragmentTimers: [String: FragmentTimer] = [:]
    private var timersArmed = 0
    private var pushCount = 0
    /// Saves the session to the environment's session storage, when there is one.
    private nonisolated let saver: SessionSaver?
    /// Keys of `st.session` values already logged as staying with this process (not `Codable`).
    private var localKeysLogged: Set<String> = []
    /// Waiters for the session to have no run in progress, by ticket.
    private var idleWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var nextTicket = 0

    /// Whether a browser is attached.
    public private(set) var isConnected = false

    /// Creates a session that runs `environment`'s app; with `snapshot`, it starts from what
    /// another process kept of it (see ``SessionStorage``).
    public init(id: String, environment: RuntimeEnvironment, restoring snapshot: SessionSnapshot? = nil) {
        self.init(id: id, environment: environment, restoring: snapshot, keptInStorage: true)
    }

    /// A session that only ever runs in this process, never saved to the session storage: the
    /// page request's first run (see `PagePrerender` in the server), which no browser resumes.
    package static func local(environment: RuntimeEnvironment) -> Session {
        Session(id: SecretID.make(), environment: environment, restoring: nil, keptInStorage: false)
    }

    private init(id: String, environment: RuntimeEnvironment, restoring snapshot: SessionSnapshot?, keptInStorage: Bool) {
        self.id = id
        self.environment = environment
        let saver = (keptInStorage ? environment.sessionStorage : nil).map {
            SessionSaver(id: id, storage: $0, logger: environment.options.logger, restored: snapshot)
        }
        self.saver = saver
        var forgetReleased: (@Sendable ([String]) -> Void)?
        if let saver { forgetReleased = { saver.removeUploads($0) } }
        let uploads = UploadStore(onRelease: forgetReleased)
        self.uploads = uploads
        // The core shares the session's stores instead of making its own first and dropping them.
        core = SessionCore(uploads: uploads, rateLimits: rateLimits)
        if let snapshot {
            core.store = SessionStore(snapshot)
            core.widgetValues = snapshot.widgets
            if let location = snapshot.location { core.location = location }
        }
    }

    /// What of this session can outlive the process: its `Codable` `st.session` values, its
    /// widget values and where the tab is. A value that is not `Codable`, or fails to encode, is
    /// left out and logged (once per key).
    public func snapshot() -> SessionSnapshot {
        let (values, failures, localOnly) = core.store.snapshot()
        for key in localOnly.sorted() where localKeysLogged.insert(key).inserted {
            options.logger.notice(
                "session \(logName): st.session['\(ClientText.forLog(key))'] is not Codable: it stays with this process and is missing if the session moves to another")
        }
        for (key, error) in failures.sorted(by: { $0.key < $1.key }) where localKeysLogged.insert(key).inserted {
            options.logger.warning(
                "session \(logName): st.session['\(ClientText.forLog(key))'] is not kept for a reconnect to another process: \(error)")
        }
        var snapshot = values
        snapshot.widgets = core.widgetValues
        snapshot.location = core.location
        return snapshot
    }

    /// The revision of the session this process last saved to (or restored from) the session
    /// storage; empty without one.
    package nonisolated var storageRevision: String { saver?.revision ?? "" }

    /// Saves the session to the session storage, to be kept `lifetime`, and waits for it.
    func saveAndWait(lifetime: Duration) async {
        guard let saver else { return }
        saver.save(snapshot(), lifetime: lifetime)
        await saver.flush()
    }

    /// Returns once every save queued so far has reached the session storage. For tests and tools.
    package func waitUntilSaved() async { await saver?.flush() }

    /// Removes the session from the session storage, unless another process saved it since.
    nonisolated func removeFromStorage() { saver?.remove() }

    /// What logs call this session: a prefix of its id, which is a secret.
    public nonisolated var logName: String { SecretID.logName(id) }

    /// Attaches a browser and runs the app with the widget values it holds.
    ///
    /// The page is then sent in full, as the browser's view is unknown after a (re)connect.
    /// - Returns: `false`, attaching nothing, when another browser is attached: one session is
    ///   never driven by two connections at once. The check and the attach are one actor step.
    ///   `greeting`, when given, is sent before anything the run sends. `location` is the
    ///   address the tab is at (its page and query string): the run shows that page.
    ///   `connection`, when given, replaces what `st.context`, `st.cookies` and `st.localStorage`
    ///   read from the next run on.
    @discardableResult
    public func connect(
        _ client: any SessionClient, widgets: [WidgetID: WidgetValue], greeting: ServerMessage? = nil,
        location: PageLocation? = nil, connection: ConnectionInfo? = nil
    ) -> Bool {
        guard !isConnected else { return false }
        self.client = client
        isConnected = true
        if let greeting { client.send(greeting) }
        submit(
            RerunRequest(
                widgets: widgets, isReconnect: true, location: location, connection: connection.map(ConnectionFacts.init)))
        return true
    }

    /// Detaches the browser; the state is kept until the registry expires the session.
    ///
    /// Nobody sees a run whose tab is gone, so the run in progress is stopped at its next
    /// Swiftlit call or `await` and waiting requests are dropped: closing tabs in a loop cannot
    /// pile up work. A reconnect runs the app again with the browser's values.
    public func disconnect() {
        client = DisconnectedClient()
        isConnected = false
        for timer in fragmentTimers.values { timer.action.cancel() }
        fragmentTimers = [:]
        mailbox.dropPending()
        current?.context.interrupt()
        current?.task.cancel()
    }

    /// Handles a user interaction: checks the ids it names, then reruns.
    public func rerun(_ message: ClientMessage.Rerun) {
        let isKnown = { (id: WidgetID) in
            self.knownWidgets.contains(id) || self.current?.context.hasRendered(id) == true
        }
        var widgets = message.widgets
        let unknown = widgets.keys.filter { !isKnown($0) }
        for id in unknown { widgets[id] = nil }
        var triggers: [WidgetID] = []
        if let trigger = message.trigger {
            if isKnown(trigger) { triggers.append(trigger) } else { report(unknown: [trigger]) }
        }
        if !unknown.isEmpty { report(unknown: unknown) }
        // A tab that moved (a link, back or forward) reruns the whole app on its new page.
        let fragment = message.location == nil ? message.fragment : nil
        let scope = fragment.flatMap { core.fragments[$0] != nil ? RequestScope.parts([.fragment($0)]) : nil }
        submit(RerunRequest(widgets: widgets, triggers: triggers, scope: scope ?? .app, location: message.location))
    }

    /// The user pressed Stop during run `message.run`: its open streams end where they are (the
    /// run goes on), or, when it streams nothing, the run stops as `st.stop()` stops it. A Stop
    /// for a run that has already ended does nothing.
    public func stop(_ message: ClientMessage.Stop) {
        guard let current, current.context.number == message.run else { return }
        if !current.context.stopByUser() { current.task.cancel() }
    }

    /// Answers a browser's request for rows of a table on the page, in the order of the view it
    /// names; no run happens. Views are computed off the session (sorting ten million rows takes a
    /// moment), one request after another, so a tab cannot make its session sort in parallel.
    public func rows(_ request: ClientMessage.RowsRequest) {
        guard let lease = shownTable(request.table) else {
            return client.send(
                .error(
                    ProtocolErrorMessage(
                        code: .unknownTable,
                        message: "table '\(request.table)' is no longer on the page; it was replaced by a newer run")))
        }
        let (store, client, previous) = (environment.tableStore, client, rowsTask)
        rowsTask = Task.detached {
            await previous?.value
            do {
                client.send(.rows(try TableRowsReply.rows(of: lease, for: request, in: store)))
            } catch {
                client.send(
                    .error(ProtocolErrorMessage(code: .unknownColumn, message: "table '\(request.table)': \(error)")))
            }
        }
    }

    /// The lease on a table the page shows (or the run in flight is drawing).
    package func shownTable(_ id: String) -> TableLease? { core.tables[id] ?? current?.context.table(id) }

    /// Where the tables of every session are stored.
    var environmentTableStore: TableStore { environment.tableStore }

    /// Reruns with the values the session holds, e.g. after the app was replaced.
    public func requestRerun() { submit(RerunRequest()) }

    /// Tells the browser what the developer tools around the app report (see ``DeveloperNotice``).
    public func notify(_ notice: DeveloperNotice) { client.send(.notice(notice)) }

    /// Draws `body` into the slot keyed `key` (see ``SessionPush/update(slot:_:)``).
    func push(slot key: String, _ body: @escaping AppBody) {
        pushCount += 1
        submit(RerunRequest(scope: .parts([.slot(key: key, token: pushCount, body: body)])))
    }

    /// Returns once no run is in progress or pending, or when the waiting task is cancelled.
    /// For tests and tools.
    public func waitUntilIdle() async {
        guard mailbox.isRunning else { return }
        nextTicket += 1
        let ticket = nextTicket
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled { continuation.resume() } else { idleWaiters[ticket] = continuation }
            }
        } onCancel: {
            Task { await self.stopWaiting(ticket) }
        }
    }

    private func stopWaiting(_ ticket: Int) { idleWaiters.removeValue(forKey: ticket)?.resume() }

    /// `st.session[key]` as the last finished run left it, as a `Value` (`nil` when absent or of
    /// another type).
    public func sessionValue<Value: Sendable>(_ key: String, as type: Value.Type = Value.self) -> Value? {
        SessionStore.cast(core.store.values[key], as: type)
    }

    /// Where the tab is (its page and query string) as the last finished run left it.
    public var location: PageLocation { core.location }

    /// Every key `st.session` holds, sorted.
    public func sessionKeys() -> [String] { core.store.values.keys.sorted() }

    /// Whether a run of this session read or wrote `st.session` (the app, not the runtime): its
    /// page may then differ from another session's given the same widget values.
    package var appUsedSessionState: Bool { core.store.usedByApp }

    /// Sets `st.session[key]` between runs (tests, tools), as a callback would; the next run sees it.
    public func setSessionValue(_ value: (any Sendable)?, forKey key: String) {
        core.store.values[key] = value
        if value == nil { core.store.assignedKeys.remove(key) } else { core.store.assignedKeys.insert(key) }
    }

    private func report(unknown ids: [WidgetID]) {
        let names = ids.prefix(20).map { "'\(ClientText.forLog($0.rawValue))'" }.sorted().joined(separator: ", ")
            + (ids.count > 20 ? " and \(ids.count - 20) more" : "")
        let message = "ignored values for widgets that are not on the page: \(names); reload the page if this persists"
        options.logger.notice("session \(logName): \(ClientText.forLog(message, limit: 400))")
        client.send(.error(ProtocolErrorMessage(code: .unknownWidget, message: message)))
    }

    private func submit(_ request: RerunRequest) {
        switch mailbox.submit(request) {
        case .start(let request): start(request)
        case .interruptCurrent:
            // A run that has streamed keeps its reply: the request waits for it (St.writeStream).
            guard current?.context.holdsInteractions != true else { return }
            current?.context.interrupt()
            current?.task.cancel()
        case .none: break
        }
    }

    /// Starts a run for `request`; a request whose parts no longer exist is skipped.
    private func start(_ request: RerunRequest) {
        var next: RerunRequest? = request
        while let request = next {
            if let scope = resolve(request.scope) {
                launch(request, scope)
                return
            }
            next = if case .start(let pending) = mailbox.runEnded() { pending } else { nil }
        }
        resumeIdleWaiters()
    }

    private func launch(_ request: RerunRequest, _ scope: RunScope) {
        runNumber += 1
        reference.set(self)
        let context = RunContext(
            number: runNumber, sessionLogName: logName, core: core, scope: scope, client: client, options: options,
            push: SessionPush(reference: reference), tableStore: environment.tableStore,
            mediaFiles: environment.mediaFiles,
            caches: environment.caches, secrets: environment.secrets, clock: environment.clock)
        let app = environment.host.current
        let task = Task.detached { [weak self] in
            let outcome = await context.execute(app, request: request)
            await self?.runEnded(context, outcome: outcome)
        }
        current = (context, task)
    }

    /// The fragments and slots a request names, as the browser shows them now. A fragment that
    /// is no longer on the page makes it a whole-app run; a slot that is gone is skipped.
    private func resolve(_ scope: RequestScope) -> RunScope? {
        guard case .parts(let targets) = scope else { return .app }
        var records: [FragmentRecord] = []
        for target in targets {
            switch target {
            case .fragment(let id):
                guard let record = core.fragments[id],
                    case .block(let block) = core.differ.mirror.node(at: record.placement.path)?.element,
                    block.fragment == id
                else { return .app }
                records.append(record)
            case .slot(let key, _, let body):
                guard let path = core.slots[key],
                    case .block(.slot) = core.differ.mirror.node(at: path)?.element
                else { continue }
                records.append(
                    FragmentRecord(id: "slot:\(key)", placement: Placement(path: path, isSlot: true), body: body))
            }
        }
        return records.isEmpty ? nil : .fragments(records)
    }

    private func runEnded(_ context: RunContext, outcome: RunOutcome) {
        let outcome = context.wasInterrupted ? .interrupted : outcome
        if case .failed(let error) = outcome, !(error is SwiftlitError) {
            // An app's error often quotes what a visitor typed: it goes through the same escaping,
            // after its secrets are hidden (escaping first could hide a secret from the scrubber).
            let text = environment.secrets.redact(String(reflecting: error))
            options.logger.error("app error in session \(logName): \(ClientText.forLog(text, limit: 2000))")
        }
        core = context.finish(outcome)
        switch outcome {
        case .interrupted, .rerunRequested:
            // The browser may already show what the stopped run drew: a value for one of those
            // widgets, arriving before the next run draws it again, is not a forged id.
            knownWidgets.formUnion(context.renderedWidgets)
        default:
            knownWidgets = Set(core.registry.order)
            syncFragmentTimers()
            // Written through after every completed run: a process killed without warning
            // cannot save at the disconnect.
            saver?.save(snapshot(), lifetime: SessionSaver.attachedLifetime)
        }
        current = nil
        switch mailbox.runEnded() {
        case .start(let next): start(next)
        default:
            if case .rerunRequested(let target) = outcome {
                switch target {
                case .app: submit(RerunRequest())
                case .fragment(let id): submit(RerunRequest(scope: .parts([.fragment(id)])))
                }
            } else {
                resumeIdleWaiters()
            }
        }
    }

    private func resumeIdleWaiters() {
        for waiter in idleWaiters.values { waiter.resume() }
        idleWaiters = [:]
    }

    /// Keeps one timer per fragment drawn with `runEvery`, while a browser is attached.
    private func syncFragmentTimers() {
        let wanted = core.fragments.compactMapValues(\.runEvery)
        for (id, timer) in fragmentTimers where wanted[id] != timer.interval {
            timer.action.cancel()
            fragmentTimers[id] = nil
        }
        guard isConnected else { return }
        for (id, interval) in wanted where fragmentTimers[id] == nil { armTimer(id, interval: interval) }
    }

    private struct FragmentTimer {
        var interval: Duration
        var action: ScheduledAction
        /// Tells this timer's tick from a cancelled one's that was already on its way.
        var number: Int
    }

    private func armTimer(_ id: String, interval: Duration) {
        timersArmed += 1
        let number = timersArmed
        let action = environment.clock.schedule(after: interval) { [weak self] in await self?.timerFired(id, number) }
        fragmentTimers[id] = FragmentTimer(interval: interval, action: action, number: number)
    }

    /// Reruns the fragment and arms its next tick: the interval counts from this tick.
    private func timerFired(_ id: String, _ number: Int) {
        guard isConnected, let timer = fragmentTimers[id], timer.number == number, core.fragments[id] != nil else { return }
        armTimer(id, interval: timer.interval)
        submit(RerunRequest(scope: .parts([.fragment(id)])))
    }
}
