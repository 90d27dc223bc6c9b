import Foundation
import SQLiteNIO
import SwiftlitRuntime

/// Runs statements on one SQLite connection and turns rows into tables.
struct SQLiteSession: SQLSession {
    let connection: SQLiteConnection

    func query(_ sql: String, parameters: [SQLValue]) async throws -> Table {
        let rows = try await run(sql, parameters)
        guard let first = rows.first else {
            return Table(resultColumns: await emptyResultColumns(of: sql, parameters))
        }
        var columns = first.columns.map { ResultColumn(name: $0.name) }
        for row in rows {
            for (index, column) in row.columns.enumerated() {
                columns[index].append(Self.cell(column.data))
            }
        }
        return Table(resultColumns: columns)
    }

    func execute(_ sql: String, parameters: [SQLValue]) async throws -> Int {
        // `changes()` keeps the count of the last INSERT, UPDATE or DELETE, so a statement that
        // changed nothing (CREATE TABLE) is told apart by the running total.
        let before = try await totalChanges()
        _ = try await run(sql, parameters)
        let counts = try await connection.query("SELECT changes(), total_changes()")
        guard let row = counts.first, row.columns.count == 2,
            let changes = row.columns[0].data.integer, let total = row.columns[1].data.integer
        else { return 0 }
        return total == before ? 0 : Int(changes)
    }

    func discard() async {}

    private func totalChanges() async throws -> Int64 {
        let rows = try await connection.query("SELECT total_changes()")
        return rows.first?.columns.first?.data.integer.map(Int64.init) ?? 0
    }

    private func run(_ sql: String, _ parameters: [SQLValue]) async throws -> [SQLiteRow] {
        do {
            return try await connection.query(SQLitePlaceholders.numbered(sql), parameters.map(Self.data))
        } catch let error as SQLiteError {
            throw SQLError(
                .statement,
                "SQLite: " + SQLError.redacting(parameters, in: error.message) { "?\($0 + 1)" },
                statement: sql, code: "\(error.reason)")
        }
    }

    /// The names of a SELECT's columns when it returned no rows (SQLite only names columns in rows):
    /// the statement again, left-joined to one row, gives one row of NULLs under its names. Best
    /// effort: a statement that cannot be wrapped gives a table without columns.
    private func emptyResultColumns(of sql: String, _ parameters: [SQLValue]) async -> [ResultColumn] {
        var statement = sql.trimmingCharacters(in: .whitespacesAndNewlines)
        while statement.hasSuffix(";") { statement = String(statement.dropLast()).trimmingCharacters(in: .whitespaces) }
        let firstWord = statement.prefix { $0.isLetter }.lowercased()
        guard ["select", "with", "values"].contains(firstWord), !statement.contains(";") else { return [] }
        // The newlines keep a trailing `-- comment` from swallowing the wrapper.
        let wrapped = "SELECT swiftlit_result.* FROM (SELECT 1) LEFT JOIN (\n\(SQLitePlaceholders.numbered(statement))\n) AS swiftlit_result ON 1"
        guard let row = try? await connection.query(wrapped, parameters.map(Self.data)).first else { return [] }
        return row.columns.map { ResultColumn(name: $0.name) }
    }

    static func cell(_ data: SQLiteData) -> ResultCell {
        switch data {
        case .null: .missing
        case .integer(let value): .integer(Int(value))
        case .float(let value): .double(value)
        case .text(let value): .text(value)
        // Tables have no bytes column: blobs show as Base64 text.
        case .blob(let buffer): .text(Data(buffer.readableBytesView).base64EncodedString())
        }
    }

    static func data(_ value: SQLValue) -> SQLiteData {
        switch value {
        case .null: .null
        case .int(let value): .integer(SQLiteInt64(value))
        case .double(let value): .float(value)
        case .string(let value): .text(value)
        case .bool(let value): .integer(value ? 1 : 0)
        case .date(let value): .text(sqliteTimestamp(value))
        case .bytes(let value): .blob(ByteBuffer(bytes: value))
        }
    }

    /// `2024-05-01 12:30:05.250` in UTC: the text form SQLite's date and time functions read.
    static func sqliteTimestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let wholeSeconds = date.timeIntervalSinceReferenceDate.rounded(.down)
        let milliseconds = min(999, Int(((date.timeIntervalSinceReferenceDate - wholeSeconds) * 1000).rounded()))
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.year, 4))-\(padded(parts.month, 2))-\(padded(parts.day, 2)) "
            + "\(padded(parts.hour, 2)):\(padded(parts.minute, 2)):\(padded(parts.second, 2)).\(padded(milliseconds, 3))"
    }
}
