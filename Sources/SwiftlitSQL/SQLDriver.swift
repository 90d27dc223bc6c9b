import SwiftlitRuntime

/// A pool of connections to one database, in one dialect.
protocol SQLDriver: Sendable {
    /// The statement that opens a transaction.
    var beginStatement: String { get }

    /// Runs `body` with a connection leased from the pool, then returns it to the pool.
    func withSession<Result: Sendable>(
        isolation: isolated (any Actor)?, _ body: (any SQLSession) async throws -> Result
    ) async throws -> Result

    /// Closes every connection; leases after it throw ``SQLError/Kind/closed``.
    func close() async
}

/// One leased database connection.
protocol SQLSession: Sendable {
    /// Runs a statement and returns its rows.
    func query(_ sql: String, parameters: [SQLValue]) async throws -> Table
    /// Runs a statement and returns how many rows it inserted, changed or deleted.
    func execute(_ sql: String, parameters: [SQLValue]) async throws -> Int
    /// Called when a transaction could not be rolled back: the connection must not be reused.
    func discard() async
}
