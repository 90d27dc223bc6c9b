import Foundation
import SwiftlitRuntime
import Testing

@testable import SwiftlitSQL

@Suite("SQLite")
struct SQLiteTests {
    @Test("in memory: a table with typed columns and missing values")
    func memoryTypes() async throws {
        let sql = try await SQLConnection.connect(name: "sql", configuration: .memory)
        try await createPets(sql)
        let pets = try await sql.query("SELECT name, age, weight, mixed, empty FROM pets ORDER BY id")
        #expect(pets.names == ["name", "age", "weight", "mixed", "empty"])
        #expect(pets["name"]?.values == .strings(["Rex", "Tom", nil]))
        #expect(pets["age"]?.values == .integers([3, nil, 7]))
        #expect(pets["weight"]?.values == .doubles([12.5, 4.25, nil]))
        // SQLite keeps a type per value: integers and reals together read as doubles.
        #expect(pets["mixed"]?.values == .doubles([1, 2.5, nil]))
        #expect(pets["empty"]?.values == .strings([nil, nil, nil]))
        await sql.close()
    }

    @Test("a file database keeps its data across connections")
    func fileDatabase() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-\(UUID()).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let first = try await SQLConnection.connect(name: "file", configuration: try SQLConfiguration(url: "sqlite:///\(path)"))
        try await createPets(first)
        await first.close()

        let second = try await SQLConnection.connect(name: "file", configuration: .sqlite(path: path))
        let rows = try await second.query("SELECT name FROM pets WHERE age > $1 ORDER BY id", parameters: [2])
        #expect(rows["name"]?.values == .strings(["Rex", nil]))
        await second.close()
    }

    @Test("$1 numbers parameters by position, as in PostgreSQL; ? and ?NNN work too")
    func placeholders() async throws {
        let sql = try await SQLConnection.connect()
        let swapped = try await sql.query("SELECT $2 AS a, $1 AS b, '$1' AS literal", parameters: ["one", "two"])
        #expect(swapped["a"]?.values == .strings(["two"]))
        #expect(swapped["b"]?.values == .strings(["one"]))
        #expect(swapped["literal"]?.values == .strings(["$1"]))
        let native = try await sql.query("SELECT ? AS a, ?1 AS b", parameters: [5])
        #expect(native["a"]?.values == .integers([5]))
        #expect(native["b"]?.values == .integers([5]))
        await sql.close()
    }

    @Test("every parameter kind is stored and read back")
    func parameterKinds() async throws {
        let sql = try await SQLConnection.connect()
        let moment = Date(timeIntervalSince1970: 1_714_566_605.25)
        let row = try await sql.query(
            "SELECT $1 AS i, $2 AS d, $3 AS s, $4 AS b, $5 AS t, $6 AS bytes, $7 AS n",
            parameters: [42, 2.5, "x", true, .date(moment), .bytes([0, 1, 255]), nil])
        #expect(row["i"]?.values == .integers([42]))
        #expect(row["d"]?.values == .doubles([2.5]))
        #expect(row["s"]?.values == .strings(["x"]))
        #expect(row["b"]?.values == .integers([1]))
        #expect(row["t"]?.values == .strings(["2024-05-01 12:30:05.250"]))
        #expect(row["bytes"]?.values == .strings(["AAH/"]))
        #expect(row["n"]?.values == .strings([nil]))
        // SQLite's own date functions read the stored text.
        let day = try await sql.query("SELECT date($1) AS day", parameters: [.date(moment)])
        #expect(day["day"]?.values == .strings(["2024-05-01"]))
        await sql.close()
    }

    @Test("an empty result still names its columns")
    func emptyResult() async throws {
        let sql = try await SQLConnection.connect()
        try await createPets(sql)
        let none = try await sql.query("SELECT name, age FROM pets WHERE age > $1 -- none that old", parameters: [100])
        #expect(none.names == ["name", "age"])
        #expect(none.rowCount == 0)
        let written = try await sql.query("UPDATE pets SET age = 1 WHERE 0")
        #expect(written.columns.isEmpty)
        await sql.close()
    }

    @Test("repeated column names are made unique")
    func repeatedNames() async throws {
        let sql = try await SQLConnection.connect()
        let rows = try await sql.query("SELECT 1 AS id, 2 AS id, 3 AS id")
        #expect(rows.names == ["id", "id_1", "id_2"])
        await sql.close()
    }

    @Test("execute returns the rows changed, 0 for schema statements")
    func rowsAffected() async throws {
        let sql = try await SQLConnection.connect()
        #expect(try await sql.execute("CREATE TABLE t (n INTEGER)") == 0)
        #expect(try await sql.execute("INSERT INTO t VALUES (1), (2), (3)") == 3)
        #expect(try await sql.execute("UPDATE t SET n = n + 1 WHERE n > $1", parameters: [1]) == 2)
        #expect(try await sql.execute("CREATE INDEX t_n ON t (n)") == 0)
        #expect(try await sql.execute("DELETE FROM t") == 3)
        await sql.close()
    }

    @Test("transactions commit, and roll back when the body throws")
    func transactions() async throws {
        try await TransactionChecks.run(try await SQLConnection.connect())
    }

    @Test("parameters that look like SQL stay data")
    func injection() async throws {
        try await InjectionChecks.run(try await SQLConnection.connect())
    }

    @Test("a file database serves many concurrent queries and transactions")
    func concurrency() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-\(UUID()).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sql = try await SQLConnection.connect(name: "file", configuration: .sqlite(path: path))
        try await sql.execute("CREATE TABLE hits (n INTEGER)")
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask { () async throws -> Void in
                    if index.isMultiple(of: 2) {
                        _ = try await sql.transaction { tx in
                            try await tx.execute("INSERT INTO hits VALUES ($1)", parameters: [.int(index)])
                        }
                    } else {
                        _ = try await sql.query("SELECT count(*) FROM hits")
                    }
                }
            }
            try await group.waitForAll()
        }
        let count = try await sql.query("SELECT count(*) AS n FROM hits")
        #expect(count["n"]?.values == .integers([20]))
        await sql.close()
    }

    @Test("a statement error names the statement and the database's message")
    func statementError() async throws {
        let sql = try await SQLConnection.connect()
        let error = await #expect(throws: SQLError.self) {
            try await sql.query("SELECT * FROM missing_table WHERE secret = $1", parameters: ["hunter22"])
        }
        #expect(error?.kind == .statement)
        #expect(error?.description.contains("no such table: missing_table") == true)
        #expect(error?.description.contains("SELECT * FROM missing_table") == true)
        #expect(error?.description.contains("hunter22") == false)
        await sql.close()
    }

    @Test("a missing directory is a connection error that names the cause")
    func unopenableFile() async throws {
        let error = await #expect(throws: SQLError.self) {
            try await SQLConnection.connect(name: "broken", configuration: .sqlite(path: "/nonexistent-dir/x/app.db"))
        }
        #expect(error?.kind == .connection)
        #expect(error?.description.hasPrefix("broken: could not open the SQLite database") == true)
    }

    @Test("after close, every call throws a closed error")
    func closed() async throws {
        try await ClosedChecks.run(try await SQLConnection.connect())
    }

    @Test("an in-memory database lives in its one connection: a second connection has its own")
    func memoryIsPrivate() async throws {
        let first = try await SQLConnection.connect()
        let second = try await SQLConnection.connect()
        try await first.execute("CREATE TABLE only_here (n INTEGER)")
        await #expect(throws: SQLError.self) { try await second.query("SELECT * FROM only_here") }
        await first.close()
        await second.close()
    }

    private func createPets(_ sql: SQLConnection) async throws {
        try await sql.execute(
            "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT, age INTEGER, weight REAL, mixed, empty TEXT)")
        let rows: [[SQLValue]] = [["Rex", 3, 12.5, 1], ["Tom", nil, 4.25, 2.5], [nil, 7, nil, nil]]
        for row in rows {
            try await sql.execute("INSERT INTO pets (name, age, weight, mixed) VALUES ($1, $2, $3, $4)", parameters: row)
        }
    }
}
