/// The clock the runtime measures and schedules with: session expiry, fragments that rerun on
/// an interval, cache entries that expire.
///
/// It wraps any `Clock` whose durations are `Duration`: production uses `ContinuousClock`, tests
/// pass `SwiftlitTesting.TestClock`, which moves only when the test advances it and runs what
/// is due before its `advance` returns. A test of a 2-minute expiry takes no time and cannot
/// race the scheduler.
public struct RuntimeClock: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let scheduler: @Sendable (Duration, @escaping @Sendable () async -> Void) -> ScheduledAction

    /// Measures and schedules with `clock`; a clock that is also a ``ManualScheduler`` schedules
    /// itself.
    public init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let start = clock.now
        elapsed = { start.duration(to: clock.now) }
        if let manual = clock as? any ManualScheduler {
            scheduler = { delay, action in manual.schedule(after: delay, action) }
        } else {
            scheduler = { delay, action in
                let deadline = clock.now.advanced(by: delay)
                let task = Task {
                    // Cancellation ends the wait by throwing: the action must not run then.
                    guard (try? await clock.sleep(until: deadline, tolerance: nil)) != nil else { return }
                    await action()
                }
                return ScheduledAction { task.cancel() }
            }
        }
    }

    /// Real time (`ContinuousClock`, which keeps counting while the machine sleeps).
    public static var continuous: RuntimeClock { RuntimeClock(ContinuousClock()) }

    /// Time since this clock was made; it never goes backwards.
    public var now: Duration { elapsed() }

    /// Runs `action` once `delay` from now has passed, unless the returned handle is cancelled
    /// first. The deadline is fixed now, when the call is made.
    @discardableResult
    public func schedule(after delay: Duration, _ action: @escaping @Sendable () async -> Void) -> ScheduledAction {
        scheduler(delay, action)
    }
}

/// A handle on an action a ``RuntimeClock`` will run.
public struct ScheduledAction: Sendable {
    private let cancelAction: @Sendable () -> Void

    public init(cancel: @escaping @Sendable () -> Void) { cancelAction = cancel }

    /// The action will not run (if it has not started yet).
    public func cancel() { cancelAction() }
}

/// A clock that runs scheduled actions itself, e.g. when a test advances it.
public protocol ManualScheduler: Sendable {
    /// Runs `action` once the clock has moved `delay` past its time now.
    func schedule(after delay: Duration, _ action: @escaping @Sendable () async -> Void) -> ScheduledAction
}
