import Foundation
import Logging
import PostgresNIO
import SwiftlitRuntime

/// Runs statements on one leased PostgreSQL connection and turns rows into tables.
struct PostgresSession: SQLSession {
    let connection: PostgresConnection
    let logger: Logger

    func query(_ sql: String, parameters: [SQLValue]) async throws -> Table {
        do {
            let rows = try await connection.query(Self.query(sql, parameters), logger: logger)
            var columns = rows.columns.map { ResultColumn(name: $0.name, declared: PostgresCells.kind(of: $0.dataType)) }
            for try await row in rows {
                for (index, cell) in row.enumerated() {
                    columns[index].append(try PostgresCells.read(cell))
                }
            }
            return Table(resultColumns: columns)
        } catch {
            throw Self.statementError(error, sql: sql, parameters: parameters)
        }
    }

    func execute(_ sql: String, parameters: [SQLValue]) async throws -> Int {
        do {
            let future: EventLoopFuture<PostgresQueryResult> = connection.query(
                Self.query(sql, parameters), logger: logger)
            return try await future.get().metadata.rows ?? 0
        } catch {
            throw Self.statementError(error, sql: sql, parameters: parameters)
        }
    }

    /// Closes the connection, which the pool then replaces.
    func discard() async {
        // A connection that fails to close is gone already: the pool notices either way.
        try? await connection.close()
    }

    /// The statement with its parameters bound, never spliced into the text.
    static func query(_ sql: String, _ parameters: [SQLValue]) -> PostgresQuery {
        var binds = PostgresBindings(capacity: parameters.count)
        for parameter in parameters {
            switch parameter {
            case .null: binds.appendNull()
            case .int(let value): binds.append(value)
            case .double(let value): binds.append(value)
            case .string(let value): binds.append(value)
            case .bool(let value): binds.append(value)
            case .date(let value): binds.append(value)
            case .bytes(let value): binds.append(ByteBuffer(bytes: value))
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    static func statementError(_ error: any Error, sql: String, parameters: [SQLValue]) -> any Error {
        if error is SQLError || error is CancellationError { return error }
        let message = SQLError.redacting(parameters, in: reason(error)) { "$\($0 + 1)" }
        return SQLError(
            .statement, "PostgreSQL: \(message)", statement: sql,
            code: (error as? PSQLError)?.serverInfo?[.sqlState])
    }

    /// What the server or the network said, without the query or its parameters (which
    /// `PSQLError`'s debug description would add).
    static func reason(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let info = error.serverInfo, let message = info[.message] {
            // The detail can quote a row's values (`Key (email)=(…) already exists`): left out.
            if let hint = info[.hint] { return "\(message) (hint: \(hint))" }
            return message
        }
        if let underlying = error.underlying { return "\(error.code): \(underlying)" }
        return "\(error.code)"
    }
}
