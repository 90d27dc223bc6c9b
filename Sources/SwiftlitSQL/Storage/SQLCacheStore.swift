public import Foundation
public import SwiftlitRuntime

/// A ``CacheStore`` in an SQL database, the table `swiftlit_cache`: what `st.cacheData(…,
/// persist: true)` computes on one replica serves all of them. Made by
/// ``SharedStorage/connect(url:)``.
///
/// An expired value is deleted when it is next read; expiry is by the wall clock.
public struct SQLCacheStore: CacheStore {
    private let connection: SQLConnection

    init(connection: SQLConnection) { self.connection = connection }

    public func value(for key: CacheStoreKey) async throws -> Data? {
        let rows = try await connection.query(
            "SELECT value, expires_at FROM swiftlit_cache WHERE grp = $1 AND key = $2",
            parameters: [.string(key.group), .string(key.key)])
        guard let row = rows.firstRow else { return nil }
        let now = wallClockSeconds()
        if let expiresAt = row.double("expires_at"), now >= expiresAt {
            try await connection.execute(
                "DELETE FROM swiftlit_cache WHERE grp = $1 AND key = $2 AND expires_at <= $3",
                parameters: [.string(key.group), .string(key.key), .double(now)])
            return nil
        }
        guard let value = row.binary("value") else {
            throw SQLError(.unsupportedType, "swiftlit_cache holds a value that is not binary under \(key.group)")
        }
        return value
    }

    public func setValue(_ value: Data, for key: CacheStoreKey, lifetime: Duration?) async throws {
        let expiresAt: SQLValue = lifetime.map { .double(wallClockSeconds() + $0 / .seconds(1)) } ?? .null
        try await connection.execute(
            """
            INSERT INTO swiftlit_cache (grp, key, value, expires_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (grp, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at
            """,
            parameters: [.string(key.group), .string(key.key), .bytes(Array(value)), expiresAt])
    }

    public func removeGroup(_ group: String) async throws {
        try await connection.execute("DELETE FROM swiftlit_cache WHERE grp = $1", parameters: [.string(group)])
    }

    @discardableResult
    public func removeAll() async throws -> Int {
        try await connection.execute("DELETE FROM swiftlit_cache")
    }
}
