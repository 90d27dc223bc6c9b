import Foundation
import SwiftlitRuntime
import Testing

@testable import SwiftlitSQL

/// Checks that hold for every dialect; each closes the connection it is given.
enum TransactionChecks {
    struct Refused: Error {}

    static func run(_ sql: SQLConnection) async throws {
        let table = "accounts_\(UUID().uuidString.prefix(8))"
        try await sql.execute("CREATE TABLE \(table) (id INTEGER, cents INTEGER)")
        try await sql.execute("INSERT INTO \(table) VALUES (1, 1000), (2, 0)")

        let after = try await sql.transaction { tx in
            try await tx.execute("UPDATE \(table) SET cents = cents - $1 WHERE id = $2", parameters: [300, 1])
            try await tx.execute("UPDATE \(table) SET cents = cents + $1 WHERE id = $2", parameters: [300, 2])
            return try await tx.query("SELECT cents FROM \(table) ORDER BY id")
        }
        #expect(after["cents"]?.values == .integers([700, 300]))

        await #expect(throws: Refused.self) {
            try await sql.transaction { tx in
                try await tx.execute("UPDATE \(table) SET cents = 0")
                throw Refused()
            }
        }
        // A cancelled task's CancellationError rolls back too.
        let cancelled = Task {
            try await sql.transaction { tx in
                try await tx.execute("DELETE FROM \(table)")
                withUnsafeCurrentTask { $0?.cancel() }
                try Task.checkCancellation()
            }
        }
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        // A failing statement inside the body rolls back what came before it.
        await #expect(throws: SQLError.self) {
            try await sql.transaction { tx in
                try await tx.execute("INSERT INTO \(table) VALUES (3, 5)")
                try await tx.execute("INSERT INTO no_such_table VALUES (1)")
            }
        }
        let unchanged = try await sql.query("SELECT id, cents FROM \(table) ORDER BY id")
        #expect(unchanged["cents"]?.values == .integers([700, 300]))
        #expect(unchanged.rowCount == 2)

        // Statements sent to the connection itself inside the body are refused, not run outside it.
        let misuse = await #expect(throws: SQLError.self) {
            try await sql.transaction { _ in try await sql.query("SELECT 1") }
        }
        #expect(misuse?.description.contains("run statements through tx") == true)
        // tx stops working when the body ends.
        let escaped = try await sql.transaction { tx in tx }
        await #expect(throws: SQLError.self) { try await escaped.query("SELECT 1") }

        try await sql.execute("DROP TABLE \(table)")
        await sql.close()
    }
}

enum InjectionChecks {
    static func run(_ sql: SQLConnection) async throws {
        let table = "notes_\(UUID().uuidString.prefix(8))"
        try await sql.execute("CREATE TABLE \(table) (body TEXT)")
        let hostile = "x'); DROP TABLE \(table); --"
        try await sql.execute("INSERT INTO \(table) (body) VALUES ($1)", parameters: [.string(hostile)])
        let stored = try await sql.query("SELECT body FROM \(table)")
        #expect(stored["body"]?.values == .strings([hostile]))

        let matches = try await sql.query("SELECT body FROM \(table) WHERE body = $1", parameters: ["' OR '1'='1"])
        #expect(matches.rowCount == 0)
        let quoted = "Robert\"); DELETE FROM \(table); /* ' \\ */"
        try await sql.execute("INSERT INTO \(table) (body) VALUES ($1)", parameters: [.string(quoted)])
        let both = try await sql.query("SELECT body FROM \(table) WHERE body = $1 OR body = $2", parameters: [.string(hostile), .string(quoted)])
        #expect(both.rowCount == 2)
        try await sql.execute("DROP TABLE \(table)")
        await sql.close()
    }
}

enum ClosedChecks {
    static func run(_ sql: SQLConnection) async throws {
        _ = try await sql.query("SELECT 1")
        await sql.close()
        let error = await #expect(throws: SQLError.self) { try await sql.query("SELECT 1") }
        #expect(error?.kind == .closed)
        #expect(error?.description.contains("closed") == true)
        await #expect(throws: SQLError.self) { try await sql.execute("SELECT 1") }
        await #expect(throws: SQLError.self) { try await sql.transaction { _ in 1 } }
        await sql.close()  // a second close is harmless
    }
}
