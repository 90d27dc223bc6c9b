import Synchronization

/// Server push: lets any task update a live session after its run has ended, which Streamlit
/// cannot do. Get it from ``St/push`` during a run and keep it; it is `Sendable`.
///
/// ```swift
/// let clock = st.empty(key: "clock")
/// clock.text("starting…")
/// let push = st.push
/// if st.session["ticking"] == nil {
///     st.session["ticking"] = true
///     Task {
///         while await push.update(slot: "clock", { st in st.text(Date().formatted()) }) {
///             try await Task.sleep(for: .seconds(1))
///         }
///     }
/// }
/// ```
///
/// Pushed content is drawn like a small run of its own: it replaces the slot's content and
/// reaches the browser at once. The next full run draws the slot again from the app's code, so
/// keep in `st.session` whatever must survive it. Calls on a session that has closed or expired
/// return `false` and do nothing.
public struct SessionPush: Sendable {
    let reference: SessionReference

    /// Reruns the session's app, as an interaction would.
    /// - Returns: `false` when the session is gone or has no browser attached.
    @discardableResult
    public func rerun() async -> Bool {
        guard let session = reference.session, await session.isConnected else { return false }
        await session.requestRerun()
        return true
    }

    /// Draws `body` into the slot the last run made with `st.empty(key: key)`, replacing what is
    /// there, and sends the change at once (after any run in progress).
    /// - Returns: `false` when the session is gone or has no browser attached.
    @discardableResult
    public func update(slot key: String, _ body: @escaping AppBody) async -> Bool {
        guard let session = reference.session, await session.isConnected else { return false }
        await session.push(slot: key, body)
        return true
    }

    /// Whether the session still has a browser attached.
    public var isConnected: Bool {
        get async { await reference.session?.isConnected ?? false }
    }
}

/// A weak reference to a session, so that background tasks holding a push handle do not keep
/// an expired session alive.
final class SessionReference: Sendable {
    private struct Storage { weak var session: Session? }
    private let storage = Mutex(Storage())

    var session: Session? { storage.withLock { $0.session } }

    func set(_ session: Session) { storage.withLock { $0.session = session } }
}
