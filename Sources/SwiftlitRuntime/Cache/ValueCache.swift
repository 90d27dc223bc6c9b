import Synchronization

/// The values one kind of cache (`st.cacheData` or `st.cacheResource`) holds in this process:
/// at most `maxEntries`, the least recently used going first; each with an optional lifetime; and
/// one computation at a time per missing key (see ``CacheFlight``).
///
/// Values are kept as they are, not as bytes, so a hit costs a dictionary lookup and a copy of
/// the value's reference-counted storage: a cached 2,000-row table is served in microseconds.
final class ValueCache: Sendable {
    /// What a call site asks of its entries; the newest call's policy applies.
    struct Policy: Sendable {
        var ttl: Duration?
        var maxEntries: Int?
    }

    /// A lookup's answer: the value, or the computation to wait on.
    enum Lookup {
        case hit(any Sendable)
        /// A missing key; `ticket` counts the caller in (``CacheFlight/value(ticket:)``).
        case miss(CacheFlight, ticket: Int)
    }

    private struct Entry {
        var value: any Sendable
        var expiresAt: Duration?
        var lastUse: UInt64
        /// Clean-up for a value that leaves the cache (`cacheResource`'s `onEvict`).
        var onEvict: (@Sendable () async -> Void)?
    }

    private struct State {
        var entries: [CacheKey: Entry] = [:]
        var flights: [CacheKey: CacheFlight] = [:]
        var useCounter: UInt64 = 0
        /// Moves on at every clear, so a computation that started before one is not stored after it.
        var generation = 0
    }

    private let state = Mutex(State())
    private let clock: RuntimeClock
    /// The most entries held at once, over every call site.
    let maxEntries: Int

    init(clock: RuntimeClock, maxEntries: Int) {
        self.clock = clock
        self.maxEntries = max(1, maxEntries)
    }

    /// How many entries are held, expired ones included until they are next looked up.
    var count: Int { state.withLock { $0.entries.count } }

    /// The value under `key`, or the computation of it, started with `compute` when none runs yet.
    /// - Parameter onEvict: What to do with the value when it leaves the cache.
    func lookup<Value: Sendable>(
        _ key: CacheKey, policy: Policy,
        compute: @escaping @Sendable () async throws -> Value,
        onEvict: (@Sendable (Value) async -> Void)? = nil
    ) -> Lookup {
        let now = clock.now
        var evicted: [@Sendable () async -> Void] = []
        let (lookup, newFlight) = state.withLock { state -> (Lookup, (CacheFlight, Int)?) in
            if let entry = state.entries[key] {
                if let expiresAt = entry.expiresAt, now >= expiresAt {
                    state.entries[key] = nil
                    if let onEvict = entry.onEvict { evicted.append(onEvict) }
                } else {
                    state.useCounter += 1
                    state.entries[key]?.lastUse = state.useCounter
                    return (.hit(entry.value), nil)
                }
            }
            if let flight = state.flights[key] { return (.miss(flight, ticket: flight.join()), nil) }
            let flight = CacheFlight { [weak self] flight in self?.forget(flight, under: key) }
            state.flights[key] = flight
            return (.miss(flight, ticket: flight.join()), (flight, state.generation))
        }
        Self.runEvictions(evicted)
        if let (flight, generation) = newFlight {
            flight.start { [weak self] in
                let result: Result<any Sendable, any Error>
                do { result = .success(try await compute()) } catch { result = .failure(error) }
                if case .success(let value) = result, let self, let value = value as? Value {
                    self.store(value, under: key, policy: policy, generation: generation, flight: flight, onEvict: onEvict)
                } else {
                    self?.forget(flight, under: key)
                }
                flight.finish(result)
            }
        }
        return lookup
    }

    /// Removes the entry under `key` (a resource that failed validation), cleaning it up.
    func remove(_ key: CacheKey) {
        let entry = state.withLock { $0.entries.removeValue(forKey: key) }
        Self.runEvictions([entry?.onEvict].compactMap(\.self))
    }

    /// Removes every entry whose call site `matches`, cleaning each up.
    func removeAll(where matches: @escaping (CacheFunction) -> Bool = { _ in true }) {
        Self.runEvictions(takeAll(where: matches))
    }

    /// Removes every entry and waits for their clean-ups: what a server does as it stops, so that
    /// pools close before the process ends.
    func removeAllAndCleanUp() async {
        for cleanUp in takeAll(where: { _ in true }) { await cleanUp() }
    }

    private func takeAll(where matches: (CacheFunction) -> Bool) -> [@Sendable () async -> Void] {
        state.withLock { state in
            state.generation += 1
            let gone = state.entries.filter { matches($0.key.function) }
            for key in gone.keys { state.entries[key] = nil }
            return gone.values.compactMap(\.onEvict)
        }
    }

    private func store<Value: Sendable>(
        _ value: Value, under key: CacheKey, policy: Policy, generation: Int, flight: CacheFlight,
        onEvict: (@Sendable (Value) async -> Void)?
    ) {
        let now = clock.now
        let evicted = state.withLock { state -> [@Sendable () async -> Void] in
            if state.flights[key] === flight { state.flights[key] = nil }
            guard state.generation == generation else { return [] }
            state.useCounter += 1
            let cleanUp = onEvict.map { onEvict in { @Sendable in await onEvict(value) } }
            var evicted: [@Sendable () async -> Void] = []
            if let old = state.entries[key]?.onEvict { evicted.append(old) }
            state.entries[key] = Entry(
                value: value, expiresAt: policy.ttl.map { now + $0 }, lastUse: state.useCounter, onEvict: cleanUp)
            if let limit = policy.maxEntries {
                evicted += Self.evictLeastRecentlyUsed(&state, keeping: max(1, limit)) { $0.function == key.function }
            }
            evicted += Self.evictLeastRecentlyUsed(&state, keeping: maxEntries) { _ in true }
            return evicted
        }
        Self.runEvictions(evicted)
    }

    /// Drops the least recently used entries that `belongs` until at most `limit` of them are left.
    private static func evictLeastRecentlyUsed(
        _ state: inout State, keeping limit: Int, _ belongs: (CacheKey) -> Bool
    ) -> [@Sendable () async -> Void] {
        // Cheap exit for the common case: no call site can hold more entries than there are.
        guard state.entries.count > limit else { return [] }
        let candidates = state.entries.filter { belongs($0.key) }
        guard candidates.count > limit else { return [] }
        let oldest = candidates.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(candidates.count - limit)
        for (key, _) in oldest { state.entries[key] = nil }
        return oldest.compactMap(\.value.onEvict)
    }

    private func forget(_ flight: CacheFlight, under key: CacheKey) {
        state.withLock { state in
            if state.flights[key] === flight { state.flights[key] = nil }
        }
    }

    /// Clean-ups run on their own tasks: a slow `close()` must not hold up the run that evicted.
    private static func runEvictions(_ evictions: [@Sendable () async -> Void]) {
        for eviction in evictions { Task { await eviction() } }
    }
}
