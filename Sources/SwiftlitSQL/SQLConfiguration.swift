/// Where an ``SQLConnection`` connects: Streamlit's `[connections.sql]` section, decoded from
/// `.swiftlit/secrets.toml`.
///
/// Either one URL:
/// ```toml
/// [connections.sql]
/// url = "postgresql://ada:secret@db.example.com:5432/shop"   # or postgres://…
/// # url = "sqlite:///data/app.db"      a file, relative to the working directory
/// # url = "sqlite:////var/data/app.db" an absolute path (four slashes, as in SQLAlchemy)
/// # url = "sqlite://:memory:"          a database in memory (also "sqlite::memory:")
/// ```
/// or fields:
/// ```toml
/// [connections.sql]
/// dialect = "postgresql"     # or "sqlite" (then database is the file's path, or ":memory:")
/// host = "db.example.com"    # default localhost
/// port = 5432                # default 5432
/// database = "shop"          # default: the user's name
/// username = "ada"
/// password = "secret"
/// poolSize = 4               # connections kept open (PostgreSQL default 4, SQLite file 4)
/// sslmode = "require"        # disable | prefer | require | verify-ca | verify-full
/// ```
/// With a `url`, `poolSize` still applies and `sslmode` may also come as `?sslmode=require`.
///
/// `sslmode` follows libpq: `prefer` and `require` encrypt without checking the certificate,
/// `verify-ca` checks it against the system's trusted roots, `verify-full` also checks the host name.
/// The default is `disable` for a server on this machine (`localhost`, `127.0.0.1`, `::1`) and
/// `prefer` for any other.
///
/// An in-memory SQLite database keeps one connection for its whole life (closing it would lose the
/// data), so its statements run one at a time. Nothing configured means ``memory``: a user needs
/// nothing installed.
///
/// A configuration's ``description`` (and any error about it) never shows the password.
public struct SQLConfiguration: Sendable, Hashable {
    /// The kind of database.
    public enum Dialect: String, Sendable, Hashable, CaseIterable {
        case sqlite
        case postgresql
    }

    /// Whether and how a PostgreSQL connection is encrypted (libpq's `sslmode`).
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        case disable
        case prefer
        case require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var dialect: Dialect
    /// The PostgreSQL server's host name or address.
    public var host: String?
    /// The PostgreSQL server's port.
    public var port: Int?
    /// PostgreSQL: the database's name. SQLite: the file's path, or `:memory:`.
    public var database: String?
    public var username: String?
    public var password: String?
    /// How many connections are kept open and shared by every session.
    public var poolSize: Int?
    public var sslmode: SSLMode?

    /// A configuration from its fields; see the type's documentation for the defaults.
    public init(
        dialect: Dialect, host: String? = nil, port: Int? = nil, database: String? = nil, username: String? = nil,
        password: String? = nil, poolSize: Int? = nil, sslmode: SSLMode? = nil
    ) {
        self.dialect = dialect
        self.host = host
        self.port = port
        self.database = database
        self.username = username
        self.password = password
        self.poolSize = poolSize
        self.sslmode = sslmode
    }

    /// A configuration from a URL such as `postgresql://user:password@host:5432/db` or
    /// `sqlite:///path/to.db`.
    /// - Throws: ``SQLError`` of kind ``SQLError/Kind/configuration`` saying what a URL looks like;
    ///   it never repeats the URL, which may hold a password.
    public init(url: String) throws {
        self = try SQLURLParser.parse(url, section: "connections.NAME")
    }

    /// A private SQLite database in memory: what `st.connection("sql")` uses when nothing is configured.
    public static let memory = SQLConfiguration(dialect: .sqlite, database: SQLConfiguration.memoryPath)

    /// The SQLite database in the file at `path` (created when missing).
    public static func sqlite(path: String) -> SQLConfiguration {
        SQLConfiguration(dialect: .sqlite, database: path)
    }

    static let memoryPath = ":memory:"

    /// Whether this is an SQLite database in memory.
    var isInMemory: Bool {
        guard dialect == .sqlite else { return false }
        let path = database ?? ""
        return path.isEmpty || path == Self.memoryPath
    }
}

extension SQLConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The configuration as a URL with the password replaced by `***`.
    public var description: String {
        switch dialect {
        case .sqlite:
            return isInMemory ? "sqlite://:memory:" : "sqlite:///\(database ?? "")"
        case .postgresql:
            var text = "postgresql://"
            if let username {
                text += username
                if password != nil { text += ":***" }
                text += "@"
            }
            let shownHost = host ?? "localhost"
            text += shownHost.contains(":") ? "[\(shownHost)]" : shownHost
            if let port { text += ":\(port)" }
            if let database { text += "/\(database)" }
            if let sslmode { text += "?sslmode=\(sslmode.rawValue)" }
            return text
        }
    }

    public var debugDescription: String { "SQLConfiguration(\(description), poolSize: \(poolSize.map(String.init) ?? "default"))" }

    /// What `dump` and debuggers show: every field, the password hidden.
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "dialect": dialect, "host": host as Any, "port": port as Any, "database": database as Any,
                "username": username as Any, "password": password == nil ? "nil" : "***", "poolSize": poolSize as Any,
                "sslmode": sslmode as Any,
            ], displayStyle: .struct)
    }
}
