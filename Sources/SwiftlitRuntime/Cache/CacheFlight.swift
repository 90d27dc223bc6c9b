import Synchronization

/// One computation of a missing entry, which every caller asking for that key meanwhile waits on
/// (single flight).
///
/// A caller whose run is cancelled stops waiting at once; when the last one has left, the
/// computation is cancelled too, as a rerun would stop it in Streamlit. A computation nobody waits
/// on any more is not worth finishing: its arguments are usually stale.
final class CacheFlight: Sendable {
    private struct State {
        /// Callers that joined; a continuation once they wait.
        var waiters: [Int: CheckedContinuation<any Sendable, any Error>?] = [:]
        var nextWaiter = 0
        var result: Result<any Sendable, any Error>?
        var task: Task<Void, Never>?
        var abandoned = false
    }

    private let state = Mutex(State())
    /// Runs when the flight is abandoned, to let its cache forget it.
    private let onAbandon: @Sendable (CacheFlight) -> Void

    init(onAbandon: @escaping @Sendable (CacheFlight) -> Void) { self.onAbandon = onAbandon }

    /// Starts `work`, whose result every waiter gets.
    func start(_ work: @escaping @Sendable () async -> Void) {
        let task = Task { await work() }
        let cancelAtOnce = state.withLock { state in
            state.task = task
            return state.abandoned
        }
        if cancelAtOnce { task.cancel() }
    }

    /// Hands `result` to every waiter, and to any that comes later.
    func finish(_ result: Result<any Sendable, any Error>) {
        let waiters = state.withLock { state in
            state.result = result
            defer { state.waiters = [:] }
            return state.waiters.values.compactMap(\.self)
        }
        for waiter in waiters { waiter.resume(with: result) }
    }

    /// Counts a caller in before it waits, so that a flight is never abandoned between being
    /// found and being waited on. Returns the ticket ``value(ticket:)`` takes.
    func join() -> Int {
        state.withLock { state in
            defer { state.nextWaiter += 1 }
            state.waiters[state.nextWaiter] = .some(nil)
            return state.nextWaiter
        }
    }

    /// The computation's value; throws its error, or `CancellationError` when the caller's task
    /// is cancelled first.
    func value(ticket id: Int) async throws -> any Sendable {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let finished = state.withLock { state -> Result<any Sendable, any Error>? in
                    if let result = state.result { return result }
                    if Task.isCancelled || state.waiters[id] == nil { return .failure(CancellationError()) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let finished {
                    continuation.resume(with: finished)
                    leave(id)
                }
            }
        } onCancel: {
            leave(id)
        }
    }

    /// Removes waiter `id`, resuming it with `CancellationError`; abandons the flight when it was
    /// the last one and the computation has not finished.
    private func leave(_ id: Int) {
        let (waiter, task, abandon) = state.withLock { state in
            let waiter = state.waiters.removeValue(forKey: id) ?? nil
            let abandon = state.waiters.isEmpty && state.result == nil && !state.abandoned
            if abandon { state.abandoned = true }
            return (waiter, state.task, abandon)
        }
        waiter?.resume(throwing: CancellationError())
        guard abandon else { return }
        task?.cancel()
        onAbandon(self)
    }
}
