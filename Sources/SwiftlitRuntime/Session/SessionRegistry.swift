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
    /// browser attached (a duplicated tab gets a new one).
    /// - Returns: The session, and whether it was resumed.
    public func open(
        resuming resumingID: String?, client: any SessionClient, widgets: [WidgetID: WidgetValue]
    ) async -> (session: Session, resumed: Bool) {
        if let resumingID, let existing = sessions[resumingID], await !existing.isConnected {
            disconnectedAt[resumingID] = nil
            client.send(.session(.init(sessionId: resumingID, resumed: true)))
            await existing.connect(client, widgets: widgets)
            return (existing, true)
        }
        let session = Session(id: UUID().uuidString, host: host, options: options)
        sessions[session.id] = session
        client.send(.session(.init(sessionId: session.id, resumed: false)))
        await session.connect(client, widgets: widgets)
        return (session, false)
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
