import Foundation
import Testing

@testable import SwiftlitSQL

@Suite("SQLConfiguration")
struct SQLConfigurationTests {
    /// Decodes JSON the way the secrets decoder hands over `[connections.NAME]`.
    private func decode(_ json: String) throws -> SQLConfiguration {
        try JSONDecoder().decode(SQLConfiguration.self, from: Data(json.utf8))
    }

    @Test("a PostgreSQL url gives every field, %-escapes decoded")
    func postgresURL() throws {
        let configuration = try SQLConfiguration(url: "postgresql://ada:p%40ss%3Aword@db.example.com:6543/shop?sslmode=require")
        #expect(configuration.dialect == .postgresql)
        #expect(configuration.username == "ada")
        #expect(configuration.password == "p@ss:word")
        #expect(configuration.host == "db.example.com")
        #expect(configuration.port == 6543)
        #expect(configuration.database == "shop")
        #expect(configuration.sslmode == .require)
        #expect(configuration.description == "postgresql://ada:***@db.example.com:6543/shop?sslmode=require")

        let short = try SQLConfiguration(url: "postgres://ada@[::1]/shop")
        #expect(short.host == "::1")
        #expect(short.port == nil)
        #expect(short.password == nil)
        let driver = try SQLConfiguration(url: "postgresql+psycopg2://ada:pw@localhost/shop")
        #expect(driver.dialect == .postgresql)
    }

    @Test("SQLite urls: paths as SQLAlchemy writes them, and memory")
    func sqliteURLs() throws {
        #expect(try SQLConfiguration(url: "sqlite:///data/app.db") == .sqlite(path: "data/app.db"))
        #expect(try SQLConfiguration(url: "sqlite:////var/data/app.db") == .sqlite(path: "/var/data/app.db"))
        #expect(try SQLConfiguration(url: "sqlite://:memory:").isInMemory)
        #expect(try SQLConfiguration(url: "sqlite::memory:").isInMemory)
        #expect(try SQLConfiguration(url: "sqlite://").isInMemory)
        #expect(SQLConfiguration.memory.isInMemory)
        #expect(SQLConfiguration.memory.description == "sqlite://:memory:")
    }

    @Test("decoded from a [connections.sql] section: a url, or fields")
    func decoding() throws {
        let fromURL = try decode(#"{"url": "postgresql://ada:secret@db:5432/shop", "poolSize": 8}"#)
        #expect(fromURL.host == "db")
        #expect(fromURL.poolSize == 8)

        let fromFields = try decode(
            #"{"dialect": "postgresql", "host": "db", "port": "5433", "database": "shop", "username": "ada", "password": "secret", "pool_size": 2, "sslmode": "verify-full"}"#
        )
        #expect(
            fromFields
                == SQLConfiguration(
                    dialect: .postgresql, host: "db", port: 5433, database: "shop", username: "ada", password: "secret",
                    poolSize: 2, sslmode: .verifyFull))

        let sqlite = try decode(#"{"dialect": "sqlite", "database": "app.db"}"#)
        #expect(sqlite == .sqlite(path: "app.db"))
        #expect(try decode(#"{"dialect": "sqlite"}"#).isInMemory)
    }

    @Test("a section that describes no database says what to write")
    func missing() throws {
        let error = #expect(throws: SQLError.self) { try decode(#"{"host": "db"}"#) }
        #expect(error?.kind == .configuration)
        #expect(
            error?.description.contains(
                #"needs a url like postgresql://user:password@host:5432/db or sqlite:///path/to.db, or dialect = "sqlite""#)
                == true)

        let dialect = #expect(throws: SQLError.self) { try decode(#"{"dialect": "mysql"}"#) }
        #expect(dialect?.description.contains(#"write dialect = "sqlite" or dialect = "postgresql""#) == true)
        let user = #expect(throws: SQLError.self) { try decode(#"{"dialect": "postgresql", "password": "pw-123"}"#) }
        #expect(user?.description.contains("needs a user") == true)
        #expect(user?.description.contains("pw-123") == false)
        let pool = #expect(throws: SQLError.self) { try decode(#"{"dialect": "sqlite", "poolSize": 0}"#) }
        #expect(pool?.description.contains("poolSize must be at least 1") == true)
        let ssl = #expect(throws: SQLError.self) { try decode(#"{"url": "postgresql://a@b/c", "sslmode": "always"}"#) }
        #expect(ssl?.description.contains("disable, prefer, require, verify-ca, verify-full") == true)
    }

    @Test("a malformed url with a password: the error never repeats it", arguments: [
        "postgresql://ada:topsecret@db:notaport/shop",
        "postgresql//ada:topsecret@db/shop",
        "postgresql:/ada:topsecret@db/shop",
        "mysql://ada:topsecret@db/shop",
        "ada:topsecret@db/shop",
        "postgresql://ada:top%ZZsecret@db/shop",
        "postgresql://ada:topsecret@[::1/shop",
        "sqlite://ada:topsecret@host/db",
    ])
    func malformedURL(url: String) throws {
        let error = #expect(throws: SQLError.self) { try SQLConfiguration(url: url) }
        #expect(error?.kind == .configuration)
        #expect(error?.description.contains("topsecret") == false)
        #expect(error?.description.contains("secret") == false)
        let decoded = #expect(throws: SQLError.self) { try decode(#"{"url": "\#(url)"}"#) }
        #expect(decoded?.description.contains("topsecret") == false)
    }

    @Test("description, debugDescription and dump hide the password")
    func redaction() throws {
        let configuration = try SQLConfiguration(url: "postgresql://ada:hunter2-secret@db/shop")
        #expect(!"\(configuration)".contains("hunter2"))
        #expect(!String(reflecting: configuration).contains("hunter2"))
        var dumped = ""
        dump(configuration, to: &dumped)
        #expect(!dumped.contains("hunter2"))
        #expect(dumped.contains("***"))
    }

    @Test("a statement in an error is cut to one short line")
    func shortenedStatement() {
        let long = "SELECT\n    " + String(repeating: "a, ", count: 200) + "b FROM t"
        let error = SQLError(.statement, "failed", statement: long)
        #expect(error.statement?.count == SQLError.maximumStatementLength + 1)
        #expect(error.statement?.contains("\n") == false)
        #expect(error.statement?.hasPrefix("SELECT a, a,") == true)
    }

    @Test("SQLite placeholders: $N becomes ?N outside quotes and comments")
    func placeholders() {
        #expect(SQLitePlaceholders.numbered("SELECT $2, $1") == "SELECT ?2, ?1")
        #expect(SQLitePlaceholders.numbered("SELECT '$1', \"$2\", [$3] -- $4\n, $5 /* $6 */") == "SELECT '$1', \"$2\", [$3] -- $4\n, ?5 /* $6 */")
        #expect(SQLitePlaceholders.numbered("SELECT 'it''s $1', $1") == "SELECT 'it''s $1', ?1")
        #expect(SQLitePlaceholders.numbered("SELECT $name, $") == "SELECT $name, $")
    }
}
