public import SwiftlitRuntime
import Logging

/// A pool of connections to an SQL database (SQLite or PostgreSQL), shared by every session:
/// Streamlit's `SQLConnection`. Results come back as a ``Table``.
///
/// ```swift
/// let sql = try await SQLConnection.connect(name: "sql", configuration: .memory)
/// try await sql.execute("CREATE TABLE pets (name TEXT, age INTEGER)")
/// try await sql.execute("INSERT INTO pets VALUES ($1, $2)", parameters: ["Rex", 3])
/// st.dataframe(try await sql.query("SELECT * FROM pets WHERE age > $1", parameters: [2]))
/// ```
///
/// **Parameters** are always bound, never spliced into the SQL. Number them `$1`, `$2`… in both
/// dialects (in SQLite, `$1` outside quotes and comments is read as SQLite's numbered `?1`); SQLite
/// also takes `?` (in order), `?NNN` and `:name` (named ones bind in order of first appearance).
/// A statement is one statement: PostgreSQL refuses several in one string, SQLite runs the first.
///
/// **Column types** follow the database. PostgreSQL: `int2`/`int4`/`int8` are integers, `float4`,
/// `float8` and `numeric` doubles, `bool` booleans, `date` dates, `timestamp`/`timestamptz`
/// datetimes, text types, `uuid` and `json` strings, `bytea` Base64 strings; other types (intervals,
/// arrays) need a cast such as `::text`, which the error names. SQLite stores a type per value: a
/// column of integers is integers, integers mixed with reals are doubles, text is strings, blobs are
/// Base64 strings, and any other mix is strings. NULL is a missing value.
///
/// **Sharing:** every method may be called from any number of sessions at once; each statement
/// leases a connection from the pool (``SQLConfiguration/poolSize``) and waits for one when all are
/// busy. A statement waiting for a connection stops when its task is cancelled. `connect` checks
/// that the database answers; if a PostgreSQL server goes away later, statements wait for postgres-nio's
/// pool to reconnect, and fail after about a minute of failed attempts.
public final class SQLConnection: Connection {
    public typealias Configuration = SQLConfiguration

    /// The connection's name, as in `[connections.NAME]`.
    public let name: String
    /// The kind of database.
    public let dialect: SQLConfiguration.Dialect
    private let driver: any SQLDriver

    /// The transaction the current task runs in, so that statements sent to the connection inside
    /// `transaction { … }` are refused rather than waiting for the connection the transaction holds.
    @TaskLocal static var currentTransactionOwner: ObjectIdentifier?

    private init(name: String, dialect: SQLConfiguration.Dialect, driver: any SQLDriver) {
        self.name = name
        self.dialect = dialect
        self.driver = driver
    }

    /// Opens the pool and checks that the database answers.
    ///
    /// - Parameters:
    ///   - name: the connection's name, used in messages and logs.
    ///   - configuration: where to connect; ``SQLConfiguration/memory`` needs nothing installed.
    /// - Throws: ``SQLError``: ``SQLError/Kind/configuration`` for settings that cannot work,
    ///   ``SQLError/Kind/connection`` when the database cannot be reached (its message says why, never
    ///   with the password).
    public static func connect(name: String = "sql", configuration: SQLConfiguration = .memory) async throws
        -> SQLConnection
    {
        try configuration.validate(section: "connections.\(name)")
        var logger = Logger(label: "swiftlit.sql")
        logger[metadataKey: "connection"] = "\(name)"
        let driver: any SQLDriver
        switch configuration.dialect {
        case .sqlite: driver = try await SQLiteDriver.open(name: name, configuration: configuration, logger: logger)
        case .postgresql: driver = try await PostgresDriver.open(name: name, configuration: configuration, logger: logger)
        }
        logger.info("connected", metadata: ["database": "\(configuration)"])
        return SQLConnection(name: name, dialect: configuration.dialect, driver: driver)
    }

    /// Runs one statement and returns its rows as a table (an empty table for statements that
    /// return no rows).
    ///
    /// ```swift
    /// let adults = try await sql.query("SELECT name, age FROM people WHERE age >= $1", parameters: [18])
    /// st.dataframe(adults)
    /// ```
    /// - Throws: ``SQLError`` with the database's message and the statement.
    public func query(_ sql: String, parameters: [SQLValue] = []) async throws -> Table {
        try checkOutsideTransaction()
        return try await driver.withSession(isolation: nil) { try await $0.query(sql, parameters: parameters) }
    }

    /// Runs one statement that writes, and returns how many rows it inserted, changed or deleted
    /// (0 for statements such as `CREATE TABLE`).
    ///
    /// ```swift
    /// let removed = try await sql.execute("DELETE FROM sessions WHERE ended < $1", parameters: [.date(cutoff)])
    /// ```
    /// - Throws: ``SQLError`` with the database's message and the statement.
    @discardableResult
    public func execute(_ sql: String, parameters: [SQLValue] = []) async throws -> Int {
        try checkOutsideTransaction()
        return try await driver.withSession(isolation: nil) { try await $0.execute(sql, parameters: parameters) }
    }

    /// Runs `body` in a transaction on one connection of the pool: `BEGIN` (SQLite: `BEGIN
    /// IMMEDIATE`), then `COMMIT` when `body` returns, or `ROLLBACK` when it throws (a cancelled
    /// task's `CancellationError` too), rethrowing its error.
    ///
    /// ```swift
    /// let balance = try await sql.transaction { tx in
    ///     try await tx.execute("UPDATE accounts SET cents = cents - $1 WHERE id = $2", parameters: [500, from])
    ///     try await tx.execute("UPDATE accounts SET cents = cents + $1 WHERE id = $2", parameters: [500, to])
    ///     return try await tx.query("SELECT cents FROM accounts WHERE id = $1", parameters: [from])
    /// }
    /// ```
    /// Inside `body`, run statements through `tx`: calls on the connection itself throw, as they would
    /// otherwise run outside the transaction (or, with one connection, wait for it forever). `tx`
    /// stops working when `body` ends.
    public func transaction<Result: Sendable>(
        isolation: isolated (any Actor)? = #isolation, _ body: (SQLTransaction) async throws -> Result
    ) async throws -> Result {
        try checkOutsideTransaction()
        let begin = driver.beginStatement
        let owner = ObjectIdentifier(self)
        let name = name
        return try await driver.withSession(isolation: isolation) { session in
            let transaction = SQLTransaction(session: session, name: name)
            defer { transaction.end() }
            _ = try await session.execute(begin, parameters: [])
            let result: Result
            do {
                result = try await Self.$currentTransactionOwner.withValue(owner) { try await body(transaction) }
            } catch {
                await Self.rollBack(session, logger: Logger(label: "swiftlit.sql"), name: name)
                throw error
            }
            // The body finished: its work is committed even if the task was cancelled meanwhile.
            _ = try await Self.uncancelled { try await session.execute("COMMIT", parameters: []) }
            return result
        }
    }

    /// Closes every connection of the pool once the statements in progress end. Calls after it
    /// throw ``SQLError`` of kind ``SQLError/Kind/closed``.
    public func close() async {
        await driver.close()
    }

    /// Runs `operation` in a task of its own, which the caller's cancellation does not reach.
    private static func uncancelled<Value: Sendable>(_ operation: @escaping @Sendable () async throws -> Value)
        async throws -> Value
    {
        try await Task { try await operation() }.value
    }

    private func checkOutsideTransaction() throws {
        if Self.currentTransactionOwner == ObjectIdentifier(self) {
            throw SQLError(
                .statement,
                "\(name): inside transaction { tx in … } run statements through tx (tx.query, tx.execute), not the connection"
            )
        }
    }

    /// Undoes the transaction; a connection that cannot roll back is closed rather than handed to the
    /// next caller in the middle of a transaction.
    private static func rollBack(_ session: any SQLSession, logger: Logger, name: String) async {
        do {
            // A cancelled task must still roll back: drivers refuse to start work for one.
            _ = try await uncancelled { try await session.execute("ROLLBACK", parameters: []) }
        } catch {
            logger.error("rollback failed; the connection is closed", metadata: ["connection": "\(name)", "error": "\(error)"])
            await session.discard()
        }
    }
}
