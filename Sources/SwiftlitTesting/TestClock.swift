public import SwiftlitRuntime
import Synchronization

/// A clock that moves only when a test advances it.
///
/// Give it to the runtime through ``RuntimeClock`` (``AppTest`` does so itself). Fragments that
/// rerun on an interval and session expiry then happen inside ``advance(by:)``, in deadline
/// order, before it returns: no real waiting, no race with the scheduler.
///
/// ```swift
/// let clock = TestClock()
/// let registry = SessionRegistry(environment: RuntimeEnvironment(host: host, clock: RuntimeClock(clock)))
/// …
/// await clock.advance(by: .seconds(120))   // disconnected sessions have expired
/// ```
///
/// It is also a `Clock`: a task that sleeps on it wakes when an advance passes its deadline.
public final class TestClock: Clock, ManualScheduler, Sendable {
    /// A point in this clock's time: how far it has been advanced.
    public struct Instant: InstantProtocol {
        public var offset: Duration

        public init(offset: Duration) { self.offset = offset }
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        public func duration(to other: Instant) -> Duration { other.offset - offset }
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private enum Waiter {
        case sleeper(CheckedContinuation<Void, any Error>)
        case action(@Sendable () async -> Void)
    }

    private struct State {
        var now = Instant(offset: .zero)
        /// What waits for a deadline, by ticket; tickets order waiters with equal deadlines.
        var waiters: [Int: (deadline: Instant, waiter: Waiter)] = [:]
        var nextTicket = 0

        mutating func add(_ waiter: Waiter, at deadline: Instant) -> Int {
            nextTicket += 1
            waiters[nextTicket] = (deadline, waiter)
            return nextTicket
        }

        /// Removes and returns the earliest waiter due at or before `now`.
        mutating func popDue() -> Waiter? {
            let due = waiters.filter { $0.value.deadline <= now }
            guard let first = due.min(by: { ($0.value.deadline, $0.key) < ($1.value.deadline, $1.key) }) else { return nil }
            waiters[first.key] = nil
            return first.value.waiter
        }
    }

    private let state = Mutex(State())

    /// A clock at offset zero.
    public init() {}

    public var now: Instant { state.withLock { $0.now } }
    public var minimumResolution: Duration { .zero }

    /// How many sleeping tasks and scheduled actions wait on this clock.
    public var pendingCount: Int { state.withLock { $0.waiters.count } }

    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let ticket = Mutex<Int?>(nil)
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let immediate: Result<Void, any Error>? = state.withLock { state in
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if deadline <= state.now { return .success(()) }
                    ticket.withLock { $0 = state.add(.sleeper(continuation), at: deadline) }
                    return nil
                }
                if let immediate { continuation.resume(with: immediate) }
            }
        } onCancel: {
            let removed = state.withLock { state in ticket.withLock { $0 }.flatMap { state.waiters.removeValue(forKey: $0) } }
            if case .sleeper(let continuation) = removed?.waiter { continuation.resume(throwing: CancellationError()) }
        }
    }

    public func schedule(after delay: Duration, _ action: @escaping @Sendable () async -> Void) -> ScheduledAction {
        let ticket = state.withLock { $0.add(.action(action), at: $0.now.advanced(by: delay)) }
        return ScheduledAction { [self] in _ = state.withLock { $0.waiters.removeValue(forKey: ticket) } }
    }

    /// Moves time forward by `duration`. Every scheduled action that comes due runs, in deadline
    /// order and awaited, before this returns (including actions those schedule, when due);
    /// sleeping tasks whose deadline has passed are woken.
    public func advance(by duration: Duration) async {
        state.withLock { $0.now = $0.now.advanced(by: duration) }
        while let waiter = state.withLock({ $0.popDue() }) {
            switch waiter {
            case .sleeper(let continuation): continuation.resume()
            case .action(let action): await action()
            }
        }
    }
}
