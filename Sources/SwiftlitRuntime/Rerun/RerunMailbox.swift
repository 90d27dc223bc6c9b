/// Decides what a session does with a rerun request: a pure state machine, tested without concurrency.
///
/// ```
///            submit                      submit (while running)
///   idle ───────────▶ running ─────────────────────────────▶ running + pending
///    ▲   start(r)        │     interruptCurrent (whole-app request)  │
///    │                   │     queue (a part: fragment, push)        │ runEnded
///    └───────────────────┘ runEnded, nothing pending                 └──▶ running, start(pending)
/// ```
///
/// A request for the whole app stops the run in progress; a request for a part (a fragment, a
/// pushed slot) waits for it, as in Streamlit, where fragment reruns never preempt a full run.
struct RerunMailbox: Sendable {
    /// What the session must do next.
    enum Action: Equatable {
        /// Start a run with this request.
        case start(RerunRequest)
        /// Stop the run in progress; its end starts the pending request.
        case interruptCurrent
        /// Nothing to do now (the request waits, or nothing is pending).
        case none
    }

    private(set) var isRunning = false
    private(set) var pending: RerunRequest?

    /// A new request arrived.
    mutating func submit(_ request: RerunRequest) -> Action {
        guard isRunning else {
            isRunning = true
            return .start(request)
        }
        pending = pending.map { $0.merging(request) } ?? request
        return request.scope == .app ? .interruptCurrent : .none
    }

    /// Forgets the waiting request (the browser that sent it is gone).
    mutating func dropPending() { pending = nil }

    /// The run in progress ended (however it ended).
    mutating func runEnded() -> Action {
        guard let next = pending else {
            isRunning = false
            return .none
        }
        pending = nil
        return .start(next)
    }
}
