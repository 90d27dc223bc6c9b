public import SwiftlitRuntime

/// What `st.connection("sql")` returns: the shared ``SQLConnection``, with query results cached
/// for every session as Streamlit's `conn.query` caches them.
///
/// ```swift
/// let db = try await st.connection("sql")
/// let pets = try await db.query("SELECT * FROM pets WHERE age > $1", parameters: [2], ttl: .seconds(60))
/// try await db.execute("INSERT INTO pets VALUES ($1, $2)", parameters: ["Rex", 3])
/// ```
///
/// Writes through ``execute(_:parameters:)`` and ``transaction(isolation:_:)`` forget this
/// connection's cached results, so the run after a write reads what it wrote. Writes by other
/// programs show once the results' `ttl` has passed.
public struct SQLDatabase: Sendable {
    /// The pool, shared by every session; its statements are never cached.
    public let connection: SQLConnection
    let cache: CacheData

    /// The connection's name, as in `[connections.NAME]`.
    public var name: String { connection.name }
    /// The kind of database.
    public var dialect: SQLConfiguration.Dialect { connection.dialect }

    /// The rows of one statement, from the cache when the same statement with the same parameters
    /// ran before (in any session) and has not expired.
    ///
    /// - Parameters:
    ///   - sql: One statement; parameters are `$1`, `$2`…, always bound, never spliced in.
    ///   - parameters: The values of `$1`, `$2`…
    ///   - ttl: How long the result is kept; for ever when `nil` (as in Streamlit), not at all when `.zero`.
    ///   - showSpinner: `true` (the default) shows a spinner while the statement runs.
    public func query(
        _ sql: String, parameters: [SQLValue] = [], ttl: Duration? = nil, showSpinner: CacheSpinner = true
    ) async throws -> Table {
        if ttl == .zero { return try await connection.query(sql, parameters: parameters) }
        let connection = connection
        return try await cache(name, sql, parameters, name: cacheName, ttl: ttl, showSpinner: showSpinner) {
            _, sql, parameters in try await connection.query(sql, parameters: parameters)
        }
    }

    /// Runs one statement that writes; returns how many rows it inserted, changed or deleted.
    @discardableResult
    public func execute(_ sql: String, parameters: [SQLValue] = []) async throws -> Int {
        let count = try await connection.execute(sql, parameters: parameters)
        try await cache.clear(named: cacheName)
        return count
    }

    /// Runs `body` in a transaction (see ``SQLConnection/transaction(isolation:_:)``).
    public func transaction<Result: Sendable>(
        isolation: isolated (any Actor)? = #isolation, _ body: (SQLTransaction) async throws -> Result
    ) async throws -> Result {
        let result = try await connection.transaction(isolation: isolation, body)
        try await cache.clear(named: cacheName)
        return result
    }

    /// The name cached results are grouped under (and `st.cacheData.clear(named:)` takes).
    public var cacheName: String { "\(name).query" }
}
