public import SwiftlitRuntime
import Synchronization

/// Statements inside ``SQLConnection/transaction(isolation:_:)``: they all run on the transaction's
/// connection, and are committed together or not at all.
public final class SQLTransaction: Sendable {
    private let session: any SQLSession
    private let name: String
    private let isOpen = Atomic<Bool>(true)

    init(session: any SQLSession, name: String) {
        self.session = session
        self.name = name
    }

    /// Runs one statement in the transaction and returns its rows (see ``SQLConnection/query(_:parameters:)``).
    public func query(_ sql: String, parameters: [SQLValue] = []) async throws -> Table {
        try checkOpen()
        return try await session.query(sql, parameters: parameters)
    }

    /// Runs one statement in the transaction and returns how many rows it inserted, changed or deleted.
    @discardableResult
    public func execute(_ sql: String, parameters: [SQLValue] = []) async throws -> Int {
        try checkOpen()
        return try await session.execute(sql, parameters: parameters)
    }

    func end() { isOpen.store(false, ordering: .releasing) }

    private func checkOpen() throws {
        guard isOpen.load(ordering: .acquiring) else {
            throw SQLError(.closed, "\(name): the transaction has ended; use tx only inside transaction { tx in … }")
        }
    }
}
