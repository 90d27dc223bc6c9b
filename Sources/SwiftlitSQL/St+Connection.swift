public import SwiftlitRuntime

extension St {
    /// A connection of your own kind (see ``Connection``), opened once for the server and shared by
    /// every session: Streamlit's `st.connection(name, type=…)`.
    ///
    /// ```swift
    /// let settings = try await st.connection("settings", type: KeyValueFile.self)
    /// ```
    ///
    /// - Parameters:
    ///   - name: The connection's name: its settings are the `[connections.NAME]` section of
    ///     `.swiftlit/secrets.toml` (or `SWIFTLIT_SECRETS_CONNECTIONS__NAME__KEY` variables).
    ///   - configuration: Settings to use instead of the secrets'.
    ///   - ttl: How long the connection is kept before it is closed and opened again; for ever when `nil`.
    /// - Throws: A ``SecretsError`` naming the section and the files looked in when it is missing,
    ///   or what `connect` throws.
    public func connection<Kind: Connection>(
        _ name: String, type: Kind.Type, configuration: Kind.Configuration? = nil, ttl: Duration? = nil
    ) async throws -> Kind {
        let configuration = try configuration ?? secrets.decode(Kind.Configuration.self, from: "connections.\(name)")
        return try await cacheResource(
            name, configuration, ObjectIdentifier(Kind.self), name: "connection \(name)", ttl: ttl,
            showSpinner: CacheSpinner("Connecting to \(name)…"), onEvict: { connection in await connection.close() }
        ) { name, configuration, _ in try await Kind.connect(name: name, configuration: configuration) }
    }

    /// An SQL database (SQLite or PostgreSQL), its pool opened once for the server and shared by
    /// every session: Streamlit's `st.connection("sql")`.
    ///
    /// ```swift
    /// // .swiftlit/secrets.toml:  [connections.sql]  url = "sqlite:///shop.db"
    /// let db = try await st.connection("sql")
    /// let orders = try await db.query("SELECT * FROM orders WHERE total > $1", parameters: [100], ttl: .seconds(600))
    /// st.dataframe(orders)
    /// ```
    ///
    /// - Parameters:
    ///   - name: The `[connections.NAME]` section with a `url` (`sqlite:///file.db`,
    ///     `sqlite::memory:`, `postgresql://user:password@host:5432/db`) or `dialect`, `host`, `port`,
    ///     `database`, `username`, `password` (see ``SQLConfiguration``).
    ///   - configuration: Settings to use instead of the secrets', e.g. ``SQLConfiguration/memory``.
    ///   - ttl: How long the pool is kept before it is closed and opened again; for ever when `nil`.
    public func connection(
        _ name: String = "sql", configuration: SQLConfiguration? = nil, ttl: Duration? = nil
    ) async throws -> SQLDatabase {
        let configuration = try configuration ?? sqlConfiguration(name)
        let connection = try await connection(name, type: SQLConnection.self, configuration: configuration, ttl: ttl)
        return SQLDatabase(connection: connection, cache: cacheData)
    }

    private func sqlConfiguration(_ name: String) throws -> SQLConfiguration {
        guard secrets.contains("connections.\(name)") else {
            throw SQLError(
                .configuration,
                "st.connection(\"\(name)\") found no [connections.\(name)] section in the secrets"
                    + (secrets.sources.isEmpty ? "" : " (\(secrets.sources.joined(separator: ", ")))") + ". Add one to .swiftlit/secrets.toml, e.g. "
                    + "[connections.\(name)] url = \"sqlite:///app.db\" (SQLite, nothing to install) or "
                    + "url = \"postgresql://user:password@localhost:5432/app\"; or pass configuration: .memory.")
        }
        return try secrets.decode(SQLConfiguration.self, from: "connections.\(name)")
    }
}
