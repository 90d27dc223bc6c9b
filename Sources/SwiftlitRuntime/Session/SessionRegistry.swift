import Foundation
public import SwiftlitProtocol

/// Every session of one server: opens, resumes and expires them.
///
/// A tab that loses its connection keeps its session (and `st.session`) for
/// ``RuntimeOptions/disconnectedSessionTTL``; reconnecting with the same id resumes it.
public actor SessionRegistry {
    private let host: AppHost
    private let options: RuntimeOptions
    private var sessions: [String: Session] = [:]
    private var disconnectedAt: [String: ContinuousClock.Instant] = [:]

    /// A registry whose sessions run `host`'s app.
    public init(host: AppHost, options: RuntimeOptions) {
        self.host = host
        self.options = options
    }

    /// The number of sessions, connected or waiting to be resumed.
    public var count: Int { sessions.count }

    /// Opens a session for a browser, resuming `resumingID` when that session exists and has no
    /// browser attached (a duplicated tab, or a forged id, gets a new one).
    /// - Returns: The session, and whether it was resumed; `nil` when the server already holds
    ///   ``RuntimeOptions/maxSessions`` sessions and none of them is disconnected.
    public func open(
        resuming resumingID: String?, client: any SessionClient, widgets: [WidgetID: WidgetValue]
    ) async -> (session: Session, resumed: Bool)? {
        if let resumingID, let existing = sessions[resumingID] {
            let greeting = ServerMessage.session(.init(sessionId: resumingID, resumed: true))
            if await existing.connect(client, widgets: widgets, greeting: greeting) {
                disconnectedAt[resumingID] = nil
                return (existing, true)
            }
        }
        guard sessions.count < options.maxSessions || evictOldestDisconnected() else {
            options.logger.warning("refused a new session: the server holds \(sessions.count) (server.maxSessions)")
            return nil
        }
        let session = Session(id: SessionID.make(), host: host, options: options)
        sessions[session.id] = session
        await session.connect(
            client, widgets: widgets, greeting: .session(.init(sessionId: session.id, resumed: false)))
        return (session, false)
    }

    /// Makes room for a new session by dropping the one that has waited longest for its browser.
    private func evictOldestDisconnected() -> Bool {
        guard let oldest = disconnectedAt.min(by: { $0.value < $1.value })?.key else { return false }
        disconnectedAt[oldest] = nil
        sessions[oldest] = nil
        return true
    }

    /// Detaches a session's browser and schedules its expiry.
    public func close(_ session: Session) async {
        await session.disconnect()
        let now = ContinuousClock.now
        disconnectedAt[session.id] = now
        let ttl = options.disconnectedSessionTTL
        Task { [weak self] in
            try? await Task.sleep(for: ttl)
            await self?.expire(session.id, disconnectedAt: now)
        }
    }

    /// Reruns every connected session, e.g. after the app was replaced.
    public func rerunAll() async {
        for session in sessions.values where await session.isConnected { await session.requestRerun() }
    }

    private func expire(_ id: String, disconnectedAt instant: ContinuousClock.Instant) {
        guard disconnectedAt[id] == instant else { return }
        disconnectedAt[id] = nil
        sessions[id] = nil
    }
}
