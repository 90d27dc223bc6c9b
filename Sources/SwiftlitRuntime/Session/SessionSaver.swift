import Logging
import Synchronization

/// Saves one session's snapshots to the ``SessionStorage``, in order and one at a time, off the
/// run's path: a run's reply never waits for the database. Forgets the uploads the session
/// released the same way.
///
/// A save waiting behind one in progress is replaced by a newer one (only the latest state
/// matters), and a save whose state equals the last one saved is skipped, so a rerun that
/// changes nothing costs no write.
final class SessionSaver: Sendable {
    /// How long the snapshot of a session whose browser is still attached is kept: a process
    /// killed without warning cannot save it again, and the browser's reconnect to another
    /// process may come long after the last run.
    static let attachedLifetime = Duration.seconds(24 * 3600)

    private enum Job {
        case save(SessionSnapshot, lifetime: Duration)
        case remove
        case removeUploads([String])
    }

    private struct State {
        var queued: Job?
        /// Uploads released since the last removal of uploads began.
        var releasedUploads: [String] = []
        var draining = false
        /// The revision of the last snapshot queued, which is what the storage holds once the
        /// queue drains (unless another process saved the session since).
        var revision: String
        /// The last snapshot queued and its lifetime, to skip saves that change nothing.
        var lastQueued: (snapshot: SessionSnapshot, lifetime: Duration)?
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let id: String
    private let storage: any SessionStorage
    private let logger: Logger
    private let state: Mutex<State>

    /// A saver for session `id`; `restored` is the snapshot the session was restored from.
    init(id: String, storage: any SessionStorage, logger: Logger, restored: SessionSnapshot?) {
        self.id = id
        self.storage = storage
        self.logger = logger
        state = Mutex(State(revision: restored?.revision ?? "", lastQueued: nil))
    }

    /// The revision this process last saved (or restored) of the session.
    var revision: String { state.withLock { $0.revision } }

    /// Queues a save of `snapshot`, unless it holds what the last save held for as long.
    func save(_ snapshot: SessionSnapshot, lifetime: Duration) {
        var snapshot = snapshot
        let start: Bool = state.withLock { state in
            if let last = state.lastQueued, last.lifetime == lifetime, last.snapshot.holdsTheSameState(as: snapshot) {
                return false
            }
            snapshot.revision = SecretID.make()
            state.revision = snapshot.revision
            state.lastQueued = (snapshot, lifetime)
            state.queued = .save(snapshot, lifetime: lifetime)
            return beginDraining(&state)
        }
        if start { drain() }
    }

    /// Queues the removal of the session's snapshot (if no other process has saved it since).
    func remove() {
        let start: Bool = state.withLock { state in
            state.queued = .remove
            return beginDraining(&state)
        }
        if start { drain() }
    }

    /// Queues forgetting uploads the session released.
    func removeUploads(_ fileIDs: [String]) {
        let start: Bool = state.withLock { state in
            state.releasedUploads += fileIDs
            return beginDraining(&state)
        }
        if start { drain() }
    }

    /// Returns once every queued save or removal has been done.
    func flush() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let idle: Bool = state.withLock { state in
                guard state.draining else { return true }
                state.waiters.append(continuation)
                return false
            }
            if idle { continuation.resume() }
        }
    }

    private func beginDraining(_ state: inout State) -> Bool {
        guard !state.draining else { return false }
        state.draining = true
        return true
    }

    private func drain() {
        Task.detached { [self] in
            while let (job, revision) = nextJob() {
                await perform(job, revision: revision)
            }
        }
    }

    /// The next job and the revision removals compare against; `nil` (waking the flushers) when
    /// the queue is empty.
    private func nextJob() -> (Job, String)? {
        let (job, revision, waiters): (Job?, String, [CheckedContinuation<Void, Never>]) = state.withLock { state in
            if !state.releasedUploads.isEmpty {
                defer { state.releasedUploads = [] }
                return (.removeUploads(state.releasedUploads), state.revision, [])
            }
            if let job = state.queued {
                state.queued = nil
                return (job, state.revision, [])
            }
            state.draining = false
            defer { state.waiters = [] }
            return (nil, state.revision, state.waiters)
        }
        for waiter in waiters { waiter.resume() }
        return job.map { ($0, revision) }
    }

    private func perform(_ job: Job, revision: String) async {
        do {
            switch job {
            case .save(let snapshot, let lifetime): try await storage.save(snapshot, forSession: id, lifetime: lifetime)
            case .remove: try await storage.remove(session: id, revision: revision)
            case .removeUploads(let fileIDs): try await storage.removeUploads(fileIDs, session: id)
            }
        } catch {
            let what =
                switch job {
                case .save: "save session \(SecretID.logName(id)) to"
                case .remove: "remove session \(SecretID.logName(id)) from"
                case .removeUploads: "forget released uploads of session \(SecretID.logName(id)) in"
                }
            logger.error("could not \(what) the session storage: \(error)")
        }
    }
}
