public import Foundation

/// Values shared by every session of a server, by key, each with an optional lifetime: the store
/// behind `st.cache`. Values are bytes so that an external store (PostgreSQL when scaling out)
/// can hold them as well as memory can.
public protocol CacheStore: Sendable {
    /// The bytes under `key`, or `nil` when there are none or they have expired.
    func value(forKey key: String) async throws -> Data?
    /// Stores `value` under `key`; with `lifetime`, it expires that long after now.
    func setValue(_ value: Data, forKey key: String, lifetime: Duration?) async throws
    /// Removes what `key` holds.
    func removeValue(forKey key: String) async throws
    /// Empties the store.
    func removeAll() async throws
}

/// A cache in this process's memory; entries expire by the environment's clock.
public actor InMemoryCacheStore: CacheStore {
    private struct Entry {
        var value: Data
        var expiresAt: Duration?
    }

    private let clock: RuntimeClock
    private var entries: [String: Entry] = [:]

    /// A cache whose lifetimes are measured with `clock`.
    public init(clock: RuntimeClock = .continuous) { self.clock = clock }

    /// How many entries are held, expired ones included until they are next read.
    public var count: Int { entries.count }

    public func value(forKey key: String) -> Data? {
        guard let entry = entries[key] else { return nil }
        if let expiresAt = entry.expiresAt, clock.now >= expiresAt {
            entries[key] = nil
            return nil
        }
        return entry.value
    }

    public func setValue(_ value: Data, forKey key: String, lifetime: Duration?) {
        entries[key] = Entry(value: value, expiresAt: lifetime.map { clock.now + $0 })
    }

    public func removeValue(forKey key: String) { entries[key] = nil }

    public func removeAll() { entries = [:] }
}
