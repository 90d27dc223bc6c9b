public import SwiftlitRuntime
public import SwiftlitProtocol
import Foundation
import Synchronization

/// A ``SessionStorage`` in an SQL database: the table `swiftlit_sessions`, one row per session
/// (its id, the revision last saved, the snapshot as JSON, and when it expires), and the table
/// `swiftlit_uploads`, one row per uploaded file the session holds. Made by
/// ``SharedStorage/connect(url:)``.
///
/// SQLite keeps sessions across restarts of one server; PostgreSQL lets every replica behind a
/// load balancer resume every session. Rows whose lifetime has passed are deleted by whichever
/// process saves next, at most once a minute, and with them the uploads of sessions no longer
/// stored.
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
        try await connection.execute(
            """
            DELETE FROM swiftlit_uploads WHERE session = $1
                AND NOT EXISTS (SELECT 1 FROM swiftlit_sessions WHERE id = $1)
            """,
            parameters: [.string(id)])
    }

    public func saveUpload(_ file: UploadedFile, widget: WidgetID, session id: String) async throws {
        try await connection.execute(
            """
            INSERT INTO swiftlit_uploads (session, id, widget, name, type, data, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """,
            parameters: [
                .string(id), .string(file.id), .string(widget.rawValue), .string(file.name), .string(file.type),
                .bytes(Array(file.data)), .double(wallClockSeconds()),
            ])
    }

    public func uploads(session id: String) async throws -> [StoredUpload] {
        let rows = try await connection.query(
            "SELECT id, widget, name, type, data FROM swiftlit_uploads WHERE session = $1 ORDER BY created_at, id",
            parameters: [.string(id)])
        return try (0..<rows.rowCount).map { position in
            let row = rows.row(position)
            guard let fileID = row.string("id"), let widget = row.string("widget"), let name = row.string("name"),
                let type = row.string("type"), let data = row.binary("data")
            else { throw SQLError(.unsupportedType, "swiftlit_uploads holds an incomplete row for a session") }
            return StoredUpload(widget: WidgetID(rawValue: widget), file: UploadedFile(id: fileID, name: name, type: type, data: data))
        }
    }

    public func removeUploads(_ fileIDs: [String], session id: String) async throws {
        for fileID in fileIDs {
            try await connection.execute(
                "DELETE FROM swiftlit_uploads WHERE session = $1 AND id = $2", parameters: [.string(id), .string(fileID)])
        }
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
        // A session's first save follows its first upload by a run's length: only uploads older
        // than any run are orphans.
        try await connection.execute(
            """
            DELETE FROM swiftlit_uploads WHERE created_at <= $1
                AND NOT EXISTS (SELECT 1 FROM swiftlit_sessions WHERE id = swiftlit_uploads.session)
            """,
            parameters: [.double(now - Self.orphanAge)])
    }

    /// How old an upload of a session that is not stored must be to be deleted.
    static let orphanAge = 3600.0
}
