import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@testable import SwiftlitSQL

/// Against a real PostgreSQL server (see `PostgresServer`): started by the suite, or named by
/// `SWIFTLIT_TEST_POSTGRES_URL`.
@Suite("PostgreSQL", .postgresServer)
struct PostgreSQLTests {
    @Test("declared types become typed columns; NULL is missing")
    func types() async throws {
        let sql = try await PostgresServer.required().connect()
        let table = "kinds_\(UUID().uuidString.prefix(8))"
        try await sql.execute(
            """
            CREATE TABLE \(table) (
                small int2, normal int4, big int8, real4 float4, real8 float8, exact numeric(10, 2), flag bool,
                label text, code varchar(5), padded char(3), day date, at timestamp, atz timestamptz, id uuid,
                doc json, docb jsonb, raw bytea)
            """)
        try await sql.execute(
            """
            INSERT INTO \(table) VALUES
                (1, 2, 3, 1.5, 2.25, 12.34, true, 'hi', 'abc', 'x', '2024-05-01', '2024-05-01 12:30:05',
                 '2024-05-01 12:30:05+02', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": 1}', '{"b": 2}', '\\x0001ff'),
                (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
            """)
        let rows = try await sql.query("SELECT * FROM \(table) ORDER BY big NULLS LAST")
        let day = Date(timeIntervalSince1970: 1_714_521_600)
        #expect(rows["small"]?.values == .integers([1, nil]))
        #expect(rows["normal"]?.values == .integers([2, nil]))
        #expect(rows["big"]?.values == .integers([3, nil]))
        #expect(rows["real4"]?.values == .doubles([1.5, nil]))
        #expect(rows["real8"]?.values == .doubles([2.25, nil]))
        #expect(rows["exact"]?.values == .doubles([12.34, nil]))
        #expect(rows["flag"]?.values == .booleans([true, nil]))
        #expect(rows["label"]?.values == .strings(["hi", nil]))
        #expect(rows["code"]?.values == .strings(["abc", nil]))
        #expect(rows["padded"]?.values == .strings(["x  ", nil]))
        #expect(rows["day"]?.values == .dates([day, nil]))
        #expect(rows["at"]?.values == .datetimes([day.addingTimeInterval(45_005), nil]))
        #expect(rows["atz"]?.values == .datetimes([day.addingTimeInterval(45_005 - 7_200), nil]))
        #expect(rows["id"]?.values == .strings(["A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", nil]))
        #expect(rows["doc"]?.values == .strings([#"{"a": 1}"#, nil]))
        #expect(rows["docb"]?.values == .strings([#"{"b": 2}"#, nil]))
        #expect(rows["raw"]?.values == .strings(["AAH/", nil]))

        // An empty result keeps its columns and their declared types.
        let none = try await sql.query("SELECT big, flag, day, label FROM \(table) WHERE false")
        #expect(none.names == ["big", "flag", "day", "label"])
        #expect(none["big"]?.values == .integers([]))
        #expect(none["flag"]?.values == .booleans([]))
        #expect(none["day"]?.values == .dates([]))
        try await sql.execute("DROP TABLE \(table)")
        await sql.close()
    }

    @Test("parameters of every kind, bound with $1, $2…")
    func parameters() async throws {
        let sql = try await PostgresServer.required().connect()
        let moment = Date(timeIntervalSince1970: 1_714_566_605.25)
        let row = try await sql.query(
            "SELECT $1::int8 AS i, $2::float8 AS d, $3::text AS s, $4::bool AS b, $5::timestamptz AS t, $6::bytea AS raw, $7::text AS n",
            parameters: [42, 2.5, "x", true, .date(moment), .bytes([0, 1, 255]), nil])
        #expect(row["i"]?.values == .integers([42]))
        #expect(row["d"]?.values == .doubles([2.5]))
        #expect(row["s"]?.values == .strings(["x"]))
        #expect(row["b"]?.values == .booleans([true]))
        #expect(row["t"]?.values == .datetimes([moment]))
        #expect(row["raw"]?.values == .strings(["AAH/"]))
        #expect(row["n"]?.values == .strings([nil]))
        await sql.close()
    }

    @Test("a type a table cannot show asks for a cast")
    func unsupportedType() async throws {
        let sql = try await PostgresServer.required().connect()
        let error = await #expect(throws: SQLError.self) {
            try await sql.query("SELECT interval '1 day' AS wait")
        }
        #expect(error?.kind == .unsupportedType)
        #expect(error?.description.contains("wait::text") == true)
        let cast = try await sql.query("SELECT (interval '1 day')::text AS wait")
        #expect(cast["wait"]?.values == .strings(["1 day"]))
        // Enumerations arrive as their text.
        let type = "mood_\(UUID().uuidString.prefix(8).lowercased())"
        try await sql.execute("CREATE TYPE \(type) AS ENUM ('happy', 'sad')")
        let mood = try await sql.query("SELECT 'sad'::\(type) AS mood")
        #expect(mood["mood"]?.values == .strings(["sad"]))
        try await sql.execute("DROP TYPE \(type)")
        await sql.close()
    }

    @Test("execute returns the rows changed")
    func rowsAffected() async throws {
        let sql = try await PostgresServer.required().connect()
        let table = "t_\(UUID().uuidString.prefix(8))"
        #expect(try await sql.execute("CREATE TABLE \(table) (n int4)") == 0)
        #expect(try await sql.execute("INSERT INTO \(table) VALUES (1), (2), (3)") == 3)
        #expect(try await sql.execute("UPDATE \(table) SET n = n + 1 WHERE n > $1", parameters: [1]) == 2)
        #expect(try await sql.execute("DELETE FROM \(table)") == 3)
        try await sql.execute("DROP TABLE \(table)")
        await sql.close()
    }

    @Test("transactions commit, and roll back when the body throws")
    func transactions() async throws {
        try await TransactionChecks.run(try await PostgresServer.required().connect())
    }

    @Test("parameters that look like SQL stay data")
    func injection() async throws {
        try await InjectionChecks.run(try await PostgresServer.required().connect())
    }

    @Test("several statements in one string are refused")
    func oneStatement() async throws {
        let sql = try await PostgresServer.required().connect()
        await #expect(throws: SQLError.self) { try await sql.execute("SELECT 1; SELECT 2") }
        await sql.close()
    }

    @Test("50 concurrent queries through one connection pool all succeed")
    func concurrency() async throws {
        let sql = try await PostgresServer.required().connect(poolSize: 4)
        let sums = try await withThrowingTaskGroup(of: Int?.self) { group in
            for index in 0..<50 {
                group.addTask {
                    let rows = try await sql.query(
                        "SELECT sum(n)::int8 AS total FROM generate_series(1, $1::int4) AS n, pg_sleep(0.01)",
                        parameters: [.int(index + 1)])
                    guard case .integers(let values) = rows["total"]?.values else { return nil }
                    return values.first ?? nil
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sums.count == 50)
        #expect(Set(sums.compactMap { $0 }) == Set((1...50).map { $0 * ($0 + 1) / 2 }))
        await sql.close()
    }

    @Test("a wrong password fails at connect, and the error never shows a password")
    func wrongPassword() async throws {
        let server = try PostgresServer.required()
        var configuration = server.configuration
        configuration.password = "wrong-\(UUID().uuidString)"
        let error = await #expect(throws: SQLError.self) {
            try await SQLConnection.connect(name: "shop", configuration: configuration)
        }
        #expect(error?.kind == .connection)
        #expect(error?.description.contains("password authentication failed") == true)
        #expect(error?.description.hasPrefix("shop: could not connect to PostgreSQL as") == true)
        #expect(error?.description.contains(configuration.password ?? "") == false)
        #expect(error?.description.contains(server.password) == false)
        #expect(String(reflecting: error).contains(configuration.password ?? "") == false)
    }

    @Test("no server at the address: a connection error naming the address")
    func noServer() async throws {
        let configuration = SQLConfiguration(
            dialect: .postgresql, host: "127.0.0.1", port: 1, username: "nobody", password: "secret-pw")
        let error = await #expect(throws: SQLError.self) {
            try await SQLConnection.connect(name: "sql", configuration: configuration)
        }
        #expect(error?.kind == .connection)
        #expect(error?.description.contains("127.0.0.1:1") == true)
        #expect(error?.description.contains("secret-pw") == false)
    }

    @Test("a statement error keeps the database's message and hides quoted parameters")
    func statementError() async throws {
        let sql = try await PostgresServer.required().connect()
        let error = await #expect(throws: SQLError.self) {
            try await sql.query("SELECT $1::int4 AS n", parameters: ["not-a-number-secret"])
        }
        #expect(error?.kind == .statement)
        #expect(error?.code == "22P02")
        #expect(error?.description.contains("invalid input syntax for type integer") == true)
        #expect(error?.description.contains("not-a-number-secret") == false)
        #expect(error?.description.contains("$1") == true)
        // The pool is still usable after the error.
        let one = try await sql.query("SELECT 1 AS one")
        #expect(one["one"]?.values == .integers([1]))
        await sql.close()
    }

    @Test("after close, every call throws a closed error")
    func closed() async throws {
        try await ClosedChecks.run(try await PostgresServer.required().connect())
    }
}

/// `st.connection` to the suite's PostgreSQL, configured by field from the secrets.
@Suite("st.connection to PostgreSQL", .postgresServer)
struct StConnectionPostgreSQLTests {
    private static func secrets(_ configuration: SQLConfiguration, password: String) -> Secrets {
        Secrets([
            "connections": .table([
                "pg": .table([
                    "dialect": .string("postgresql"), "host": .string(configuration.host ?? "127.0.0.1"),
                    "port": .integer(configuration.port ?? 5432), "database": .string(configuration.database ?? ""),
                    "username": .string(configuration.username ?? ""), "password": .string(password),
                ])
            ])
        ])
    }

    @Test("queries run through the pool the secrets configure")
    func queries() async throws {
        let server = try PostgresServer.required()
        let at = AppTest(secrets: Self.secrets(server.configuration, password: server.password)) { st in
            let db = try await st.connection("pg")
            let rows = try await db.query("SELECT $1::int8 * 2 AS doubled", parameters: [21])
            st.text("\(rows["doubled"]?.values ?? .integers([]))")
        }
        try await at.run()
        #expect(at.elements(.text).map(\.text) == ["integers([Optional(42)])"])
    }

    @Test("a wrong password fails with an error that never shows it, in the page or any message")
    func wrongPassword() async throws {
        let server = try PostgresServer.required()
        let wrong = "not-the-password-\(UUID().uuidString.prefix(8))"
        let at = AppTest(secrets: Self.secrets(server.configuration, password: wrong)) { st in
            _ = try await st.connection("pg")
        }
        try await at.run()
        #expect(at.elements(.exception).count == 1)
        let encoder = MessageCoding.makeEncoder()
        for message in at.messages {
            let bytes = try encoder.encode(message)
            #expect(!String(decoding: bytes, as: UTF8.self).contains(wrong))
        }
    }
}
