public import Foundation

/// Where `st.cacheData(…, persist: true)` keeps its values as bytes, so that they outlive the
/// process: a folder on disk by default (``DiskCacheStore``), PostgreSQL when several replicas
/// share one cache.
///
/// Keys come in groups, one per cached function (its name, or its call site), so that one
/// function's values can be cleared together.
public protocol CacheStore: Sendable {
    /// The bytes under `key`, or `nil` when there are none or they have expired.
    func value(for key: CacheStoreKey) async throws -> Data?
    /// Stores `value` under `key`; with `lifetime`, it expires that long after now.
    func setValue(_ value: Data, for key: CacheStoreKey, lifetime: Duration?) async throws
    /// Removes every value in `group`.
    func removeGroup(_ group: String) async throws
    /// Empties the store; returns how many values it held.
    @discardableResult
    func removeAll() async throws -> Int
}

/// A persisted value's key: its function's group and the key proper (call site and arguments).
public struct CacheStoreKey: Hashable, Sendable {
    /// The cached function's name, or its call site when it has none.
    public var group: String
    /// Unique within the group.
    public var key: String

    public init(group: String, key: String) {
        self.group = group
        self.key = key
    }
}

/// A store in this process's memory; entries expire by the environment's clock. What `AppTest`
/// uses, so that tests never touch the disk.
public actor InMemoryCacheStore: CacheStore {
    private struct Entry {
        var value: Data
        var expiresAt: Duration?
    }

    private let clock: RuntimeClock
    private var entries: [CacheStoreKey: Entry] = [:]

    /// A store whose lifetimes are measured with `clock`.
    public init(clock: RuntimeClock = .continuous) { self.clock = clock }

    /// How many entries are held, expired ones included until they are next read.
    public var count: Int { entries.count }

    public func value(for key: CacheStoreKey) -> Data? {
        guard let entry = entries[key] else { return nil }
        if let expiresAt = entry.expiresAt, clock.now >= expiresAt {
            entries[key] = nil
            return nil
        }
        return entry.value
    }

    public func setValue(_ value: Data, for key: CacheStoreKey, lifetime: Duration?) {
        entries[key] = Entry(value: value, expiresAt: lifetime.map { clock.now + $0 })
    }

    public func removeGroup(_ group: String) { entries = entries.filter { $0.key.group != group } }

    @discardableResult
    public func removeAll() -> Int {
        defer { entries = [:] }
        return entries.count
    }
}
