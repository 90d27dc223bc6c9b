import Logging
import SQLiteNIO

/// SQLite through SQLiteNIO: statements run on NIO's thread pool, one per leased connection.
struct SQLiteDriver: SQLDriver {
    let pool: SQLitePool

    /// `BEGIN IMMEDIATE` takes the write lock at once: two transactions that both read and then
    /// write would otherwise deadlock, and one would fail with "database is locked".
    var beginStatement: String { "BEGIN IMMEDIATE" }

    static func open(name: String, configuration: SQLConfiguration, logger: Logger) async throws -> SQLiteDriver {
        let storage: SQLiteConnection.Storage
        let size: Int
        if configuration.isInMemory {
            storage = .memory
            size = 1
        } else {
            storage = .file(path: configuration.database ?? "")
            size = configuration.poolSize ?? 4
        }
        return SQLiteDriver(pool: try await .open(name: name, storage: storage, size: size, logger: logger))
    }

    func withSession<Result: Sendable>(
        isolation: isolated (any Actor)?, _ body: (any SQLSession) async throws -> Result
    ) async throws -> Result {
        let connection = try await pool.lease()
        do {
            try Task.checkCancellation()
            let result = try await body(SQLiteSession(connection: connection))
            await pool.release(connection)
            return result
        } catch {
            await pool.release(connection)
            throw error
        }
    }

    func close() async { await pool.close() }
}
