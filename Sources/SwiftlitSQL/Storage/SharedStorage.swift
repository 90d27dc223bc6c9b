import Foundation
import SwiftlitRuntime

/// The database several replicas of one app share (`server.storage`): sessions and their uploads
/// (``SQLSessionStorage``) and the persisted cache (``SQLCacheStore``) in one SQLite file or one
/// PostgreSQL database, on one pool of connections.
///
/// ```swift
/// let storage = try await SharedStorage.connect(url: "postgresql://swiftlit:secret@db:5432/app")
/// let environment = RuntimeEnvironment(
///     host: AppHost(app), sessionStorage: storage.sessions, cacheStore: storage.cache)
/// ```
///
/// The tables (`swiftlit_sessions`, `swiftlit_uploads`, `swiftlit_cache`) are made on first
/// connect. Expiry times are wall-clock seconds, so the replicas' clocks should agree (NTP).
public struct SharedStorage: Sendable {
    /// Where sessions are kept between processes.
    public let sessions: SQLSessionStorage
    /// Where `st.cacheData(…, persist: true)` keeps its values.
    public let cache: SQLCacheStore
    /// The pool both use.
    public let connection: SQLConnection

    /// Connects to the database `url` names (`postgresql://user:password@host:5432/db` or
    /// `sqlite:///path/to.db`) and makes the tables that are missing.
    /// - Throws: ``SQLError`` when the URL is malformed or the database cannot be reached or
    ///   written; its message says which, never with the password.
    public static func connect(url: String) async throws -> SharedStorage {
        var configuration = try SQLConfiguration(url: url)
        if configuration.dialect == .sqlite && configuration.database == SQLConfiguration.memoryPath {
            throw SQLError(
                .configuration,
                "server.storage: an in-memory SQLite database is not shared by anything; leave server.storage empty to keep sessions in memory, or name a file: sqlite:///path/to.db"
            )
        }
        configuration.poolSize = configuration.poolSize ?? 8
        let connection = try await SQLConnection.connect(name: "storage", configuration: configuration)
        do {
            try await SharedStorageSchema.create(on: connection)
        } catch {
            await connection.close()
            throw error
        }
        return SharedStorage(
            sessions: SQLSessionStorage(connection: connection), cache: SQLCacheStore(connection: connection),
            connection: connection)
    }

    /// Closes the pool once the statements in progress end.
    public func close() async { await connection.close() }

    /// Connects (see ``connect(url:)``), runs `body`, and closes the pool however `body` ends.
    public static func using<Result>(
        url: String, isolation: isolated (any Actor)? = #isolation, _ body: (SharedStorage) async throws -> Result
    ) async throws -> Result {
        let storage = try await connect(url: url)
        do {
            let result = try await body(storage)
            await storage.close()
            return result
        } catch {
            await storage.close()
            throw error
        }
    }
}

/// The tables of ``SharedStorage``, made if missing.
enum SharedStorageSchema {
    static func create(on connection: SQLConnection) async throws {
        let bytes = connection.dialect == .postgresql ? "BYTEA" : "BLOB"
        let statements = [
            """
            CREATE TABLE IF NOT EXISTS swiftlit_sessions (
                id TEXT PRIMARY KEY, revision TEXT NOT NULL, snapshot TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS swiftlit_sessions_expiry ON swiftlit_sessions (expires_at)",
            """
            CREATE TABLE IF NOT EXISTS swiftlit_cache (
                grp TEXT NOT NULL, key TEXT NOT NULL, value \(bytes) NOT NULL, expires_at DOUBLE PRECISION,
                PRIMARY KEY (grp, key))
            """,
            """
            CREATE TABLE IF NOT EXISTS swiftlit_uploads (
                session TEXT NOT NULL, id TEXT NOT NULL, widget TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
                data \(bytes) NOT NULL, created_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (session, id))
            """,
        ]
        for statement in statements {
            try await executeAllowingARace(statement, on: connection)
        }
    }

    /// Replicas starting together race to make the tables: PostgreSQL's `IF NOT EXISTS` can still
    /// fail with a duplicate in its catalogue when another session makes the same table at the
    /// same moment. The statement is tried again; the second time the table exists.
    private static func executeAllowingARace(_ statement: String, on connection: SQLConnection) async throws {
        for attempt in 1... {
            do {
                try await connection.execute(statement)
                return
            } catch let error as SQLError where attempt < 3 && error.kind == .statement {
                try await Task.sleep(for: .milliseconds(50 * attempt))
            }
        }
    }
}

/// The present by the wall clock, in seconds since 1970: what expiry columns hold.
func wallClockSeconds() -> Double { Date().timeIntervalSince1970 }

extension Table {
    /// The first row, when the statement returned one.
    var firstRow: Row? { rowCount > 0 ? row(0) : nil }
}

extension Table.Row {
    /// The bytes of a binary column: both dialects return them as Base64 text.
    func binary(_ column: String) -> Data? { string(column).flatMap { Data(base64Encoded: $0) } }
}
