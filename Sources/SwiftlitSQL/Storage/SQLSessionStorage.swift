public import SwiftlitRuntime
import Foundation
import Synchronization

/// A ``SessionStorage`` in an SQL database: the table `swiftlit_sessions`, one row per session
/// (its id, the revision last saved, the snapshot as JSON, and when it expires). Made by
/// ``SharedStorage/connect(url:)``.
///
/// SQLite keeps sessions across restarts of one server; PostgreSQL lets every replica behind a
/// load balancer resume every session. Rows whose lifetime has passed are deleted by whichever
/// process saves next, at most once a minute.
///
/// The table holds session ids, which are bearer secrets: whoever can read it can resume those
/// sessions. Give the database the protection the server has.
public final class SQLSessionStorage: SessionStorage {
    private let connection: SQLConnection
    /// When this process last deleted expired rows (wall-clock seconds).
    private let lastSweep = Mutex<Double>(0)
    static let sweepInterval = 60.0

    init(connection: SQLConnection) { self.connection = connection }

    public func save(_ snapshot: SessionSnapshot, forSession id: String, lifetime: Duration) async throws {
        let json = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        let now = wallClockSeconds()
        try await connection.execute(
            """
            INSERT INTO swiftlit_sessions (id, revision, snapshot, expires_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, snapshot = excluded.snapshot,
                expires_at = excluded.expires_at
            """,
            parameters: [.string(id), .string(snapshot.revision), .string(json), .double(now + lifetime / .seconds(1))])
        try await sweepIfDue(now: now)
    }

    public func load(session id: String) async throws -> SessionSnapshot? {
        let rows = try await connection.query(
            "SELECT snapshot FROM swiftlit_sessions WHERE id = $1 AND expires_at > $2",
            parameters: [.string(id), .double(wallClockSeconds())])
        guard let json = rows.firstRow?.string("snapshot") else { return nil }
        return try JSONDecoder().decode(SessionSnapshot.self, from: Data(json.utf8))
    }

    public func remove(session id: String, revision: String) async throws {
        try await connection.execute(
            "DELETE FROM swiftlit_sessions WHERE id = $1 AND revision = $2", parameters: [.string(id), .string(revision)])
    }

    /// How many sessions are stored, expired ones included until they are swept.
    public func count() async throws -> Int {
        try await connection.query("SELECT COUNT(*) AS n FROM swiftlit_sessions").firstRow?.int("n") ?? 0
    }

    private func sweepIfDue(now: Double) async throws {
        let due = lastSweep.withLock { last in
            guard now - last >= Self.sweepInterval else { return false }
            last = now
            return true
        }
        guard due else { return }
        try await connection.execute("DELETE FROM swiftlit_sessions WHERE expires_at <= $1", parameters: [.double(now)])
    }
}
