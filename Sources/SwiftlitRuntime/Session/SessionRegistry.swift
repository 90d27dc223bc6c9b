public import SwiftlitProtocol

/// Every session of one server: opens, resumes and expires them.
///
/// A tab that loses its connection keeps its session (and `st.session`) for
/// ``RuntimeOptions/disconnectedSessionTTL``; reconnecting with the same id resumes it. With a
/// ``RuntimeEnvironment/sessionStorage``, a disconnected session's `Codable` values are also saved
/// there, so a reconnect that reaches another process resumes them.
///
/// A reload (F5) is a reconnect too: the page names its session in `hello`, and when that
/// arrives before the old page's socket has closed, the registry waits (at most
/// two seconds) for it to close rather than take the tab for a duplicate. A tab whose session
/// expired (or was evicted to make room) is told so (`SessionInfo.expired`) and starts fresh.
public actor SessionRegistry {
    private let environment: RuntimeEnvironment
    private var options: RuntimeOptions { environment.options }
    private var sessions: [String: Session] = [:]
    /// Which disconnection each disconnected session is waiting after, numbered in order: the
    /// lowest has waited longest, and a newer number means the session reconnected meanwhile.
    private var disconnectedAt: [String: Int] = [:]
    private var disconnections = 0
    /// Notices every tab that opens is shown: the restart it reconnects after (for a while), a
    /// compile error until it is fixed.
    private var standingNotices = StandingNotices()
    /// Sessions expired or evicted here, so that their tabs are told (see ``ExpiredSessionIDs``).
    private var expiredIDs: ExpiredSessionIDs
    /// Hellos waiting for their session's previous browser to let go, by session id and ticket.
    private var detachWaiters: [String: [Int: DetachWaiter]] = [:]
    private var waiterTickets = 0

    /// A registry whose sessions run in `environment`.
    public init(environment: RuntimeEnvironment) {
        self.init(environment: environment, rememberingExpired: ExpiredSessionIDs.defaultCapacity)
    }

    /// A registry that remembers the last `capacity` sessions it expired (tests use a small one).
    package init(environment: RuntimeEnvironment, rememberingExpired capacity: Int) {
        self.environment = environment
        self.expiredIDs = ExpiredSessionIDs(capacity: capacity)
    }

    /// The number of sessions, connected or waiting to be resumed.
    public var count: Int { sessions.count }

    /// Opens a session for a browser, resuming `resumingID` when that session exists (here or in
    /// the session storage) and has no browser attached, or loses it within two seconds (a
    /// reload); a duplicated tab, or a forged id, gets a new one. A new session that replaces one
    /// this registry expired or evicted is marked `expired` and ignores `widgets`: the tab starts
    /// over. Any other unknown id (e.g. from before a server restart) keeps `widgets`.
    /// `location` is where the tab is; `connection` is what the browser told of itself on this
    /// connection (`st.context`, its cookies and `localStorage`).
    /// - Returns: The session, and whether it was resumed; `nil` when the server already holds
    ///   ``RuntimeOptions/maxSessions`` sessions and none of them is disconnected.
    public func open(
        resuming resumingID: String?, client: any SessionClient, widgets: [WidgetID: WidgetValue],
        location: PageLocation? = nil, connection: ConnectionInfo? = nil
    ) async -> (session: Session, resumed: Bool)? {
        if let resumingID, let existing = await existingSession(resumingID) {
            let greeting = ServerMessage.session(
                .init(sessionId: resumingID, resumed: true, uploadToken: existing.uploadToken))
            let attach = {
                await existing.connect(
                    client, widgets: widgets, greeting: greeting, location: location, connection: connection)
            }
            var attached = await attach()
            // Still attached: a reload whose old socket has not closed yet, or a duplicated tab.
            if !attached, await detachesInTime(resumingID), sessions[resumingID] === existing {
                attached = await attach()
            }
            if attached {
                disconnectedAt[resumingID] = nil
                await showStandingNotices(to: existing)
                return (existing, true)
            }
        }
        // A tab whose session expired starts over, widget values too; an id never expired here
        // (the server restarted) keeps the page the browser shows.
        let expired = resumingID.map(expiredIDs.contains) ?? false
        guard let session = admit(Session(id: SecretID.make(), environment: environment)) else { return nil }
        if expired { options.logger.info("session \(session.logName) replaces one that expired; it starts fresh") }
        await session.connect(
            client, widgets: expired ? [:] : widgets,
            greeting: .session(
                .init(
                    sessionId: session.id, resumed: false, uploadToken: session.uploadToken, expired: expired ? true : nil)),
            location: location, connection: connection)
        await showStandingNotices(to: session)
        return (session, false)
    }

    /// Shows `notice` in every open tab, and in tabs that open later while it stands: a restart
    /// notice for ``StandingNotices/restartNoticeLifetime`` (the tabs reconnecting after it), a
    /// compile error until `compileFixed`. Its text is scrubbed of secrets: a crashed app's last
    /// message, or a compiler's quote of a source line, can hold one.
    public func announce(_ notice: DeveloperNotice) async {
        var notice = notice
        notice.message = environment.secrets.redact(notice.message)
        if let diagnostics = notice.diagnostics {
            notice.diagnostics = diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                diagnostic.message = environment.secrets.redact(diagnostic.message)
                return diagnostic
            }
        }
        standingNotices.record(notice, now: environment.clock.now)
        for session in sessions.values where await session.isConnected { await session.notify(notice) }
    }

    private func showStandingNotices(to session: Session) async {
        for notice in standingNotices.current(now: environment.clock.now) { await session.notify(notice) }
    }

    /// The session `id` names, if this registry holds it.
    func held(_ id: String) -> Session? { sessions[id] }

    /// The session `id` names: held here, or restored from the session storage. With a storage,
    /// a session held here without a browser is checked against it first: if another process has
    /// saved the session since (its browser moved there and back), the stored one replaces it.
    private func existingSession(_ id: String) async -> Session? {
        let held = sessions[id]
        guard let storage = environment.sessionStorage else { return held }
        if let held, await held.isConnected { return held }
        do {
            guard let snapshot = try await storage.load(session: id) else { return sessions[id] }
            if let current = await current(id, held: held, revision: snapshot.revision) { return current }
            let uploads = try await storage.uploads(session: id)
            if let current = await current(id, held: held, revision: snapshot.revision) { return current }
            if let held {
                options.logger.info("session \(held.logName) was saved by another process since; resuming that state")
                drop(held)
            }
            let restored = admit(Session(id: id, environment: environment, restoring: snapshot))
            restored?.uploads.adopt(uploads, listed: Set(snapshot.widgets.values.flatMap { $0.uploadFileIDs ?? [] }))
            return restored
        } catch {
            options.logger.error("could not load session \(SecretID.logName(id)) from the session storage: \(error)")
            return sessions[id]
        }
    }

    /// The session to resume instead of restoring revision `revision` of it, when another task
    /// restored or attached it while this one waited for the storage; `nil` when there is none, or
    /// it is `held`, disconnected, and older than the stored revision.
    private func current(_ id: String, held: Session?, revision: String) async -> Session? {
        guard let session = sessions[id] else { return nil }
        let outdated = session === held && revision != session.storageRevision
        if !outdated { return session }
        return await session.isConnected ? session : nil
    }

    /// Holds `session`, making room when the registry is full; `nil` when it cannot.
    private func admit(_ session: Session) -> Session? {
        guard sessions.count < options.maxSessions || evictOldestDisconnected() else {
            options.logger.warning("refused a new session: the server holds \(sessions.count) (server.maxSessions)")
            return nil
        }
        sessions[session.id] = session
        return session
    }

    /// Makes room for a new session by dropping the one that has waited longest for its browser.
    private func evictOldestDisconnected() -> Bool {
        guard let oldest = disconnectedAt.min(by: { $0.value < $1.value })?.key else { return false }
        forget(oldest)
        return true
    }

    /// Detaches a session's browser, saves what can outlive it, and schedules its expiry.
    public func close(_ session: Session) async {
        await session.disconnect()
        disconnections += 1
        let disconnection = disconnections
        disconnectedAt[session.id] = disconnection
        detached(session.id)
        await session.saveAndWait(lifetime: options.disconnectedSessionTTL)
        let id = session.id
        environment.clock.schedule(after: options.disconnectedSessionTTL) { [weak self] in
            await self?.expire(id, disconnection)
        }
    }

    /// Reruns every connected session, e.g. after the app was replaced.
    public func rerunAll() async {
        for session in sessions.values where await session.isConnected { await session.requestRerun() }
    }

    private func expire(_ id: String, _ disconnection: Int) {
        guard disconnectedAt[id] == disconnection else { return }
        forget(id)
    }

    /// Drops a session here and in the session storage (unless another process saved it since).
    private func forget(_ id: String) {
        expiredIDs.insert(id)
        guard let removed = sessions[id] else { return }
        drop(removed)
        removed.removeFromStorage()
    }

    /// Lets go of a session here; the session storage keeps it.
    private func drop(_ session: Session) {
        disconnectedAt[session.id] = nil
        sessions[session.id] = nil
        session.releaseHeldResources()
    }
}

// MARK: Reloads

extension SessionRegistry {
    /// How long a hello naming a session that still has a browser attached waits for that
    /// browser to let go. After a reload (F5) the new page's hello can arrive before the server
    /// has seen the old page's socket close; a duplicated tab, whose copy of sessionStorage names
    /// the original tab's session, gets a new session once this has passed, and the original
    /// keeps its own.
    static let reloadGrace = Duration.seconds(2)

    struct DetachWaiter {
        let continuation: CheckedContinuation<Bool, Never>
        let timeout: ScheduledAction
    }

    /// Whether session `id` has no browser attached, or loses it within ``reloadGrace``; wakes on
    /// the detach itself (``close(_:)``), not by polling.
    private func detachesInTime(_ id: String) async -> Bool {
        // `close` marks a session disconnected in the same actor step as it wakes waiters: if
        // the mark is there, the detach happened while this task was away attaching.
        if disconnectedAt[id] != nil { return true }
        waiterTickets += 1
        let ticket = waiterTickets
        return await withCheckedContinuation { continuation in
            let timeout = environment.clock.schedule(after: Self.reloadGrace) { [weak self] in
                await self?.endWait(for: id, ticket: ticket, detached: false)
            }
            detachWaiters[id, default: [:]][ticket] = DetachWaiter(continuation: continuation, timeout: timeout)
        }
    }

    /// Wakes the hellos waiting for session `id` to be free.
    private func detached(_ id: String) {
        for ticket in detachWaiters[id]?.keys.sorted() ?? [] { endWait(for: id, ticket: ticket, detached: true) }
    }

    private func endWait(for id: String, ticket: Int, detached: Bool) {
        guard let waiter = detachWaiters[id]?.removeValue(forKey: ticket) else { return }
        if detachWaiters[id]?.isEmpty == true { detachWaiters[id] = nil }
        waiter.timeout.cancel()
        waiter.continuation.resume(returning: detached)
    }

    /// How many hellos wait for a session's previous browser to let go. For tests.
    package var waitingForDetach: Int { detachWaiters.values.reduce(0) { $0 + $1.count } }

    /// How many expired or evicted sessions the registry remembers. For tests.
    package var rememberedExpiredCount: Int { expiredIDs.count }
}

extension SessionRegistry {
    /// Where uploads to one session go, the token they must carry, and where they are kept
    /// beyond the process.
    package struct UploadTarget: Sendable {
        package let store: UploadStore
        package let token: String
        package let storage: (any SessionStorage)?
    }

    /// Where uploads to session `id` go; `nil` when this registry does not serve the session (see
    /// ``serving(_:)``). The upload route calls it.
    package func uploadTarget(session id: String) async -> UploadTarget? {
        await serving(id).map {
            UploadTarget(store: $0.uploads, token: $0.uploadToken, storage: environment.sessionStorage)
        }
    }

    /// The session whose HTTP requests (uploads, table downloads) this process answers. With a
    /// session storage, only one its browser is attached to: a copy left behind when the browser
    /// moved to another replica is out of date, and the "not found" lets the load balancer try
    /// the next replica (see docs/deployment.md).
    func serving(_ id: String) async -> Session? {
        guard let session = held(id) else { return nil }
        if environment.sessionStorage == nil { return session }
        return await session.isConnected ? session : nil
    }
}
