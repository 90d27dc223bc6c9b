/// Decides what a session does with a rerun request: a pure state machine, tested without concurrency.
///
/// ```
///            submit                      submit (while running)
///   idle ───────────▶ running ─────────────────────────────▶ running + pending
///    ▲   start(r)        │        interruptCurrent                 │
///    │                   │ runEnded                                │ runEnded
///    └───────────────────┘ (nothing pending)                       └──▶ running, start(pending)
/// ```
struct RerunMailbox: Sendable {
    /// What the session must do next.
    enum Action: Equatable {
        /// Start a run with this request.
        case start(RerunRequest)
        /// Stop the run in progress; its end starts the pending request.
        case interruptCurrent
        /// Nothing to do.
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
        return .interruptCurrent
    }

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
