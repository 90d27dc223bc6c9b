public import Foundation
public import SwiftlitProtocol

/// What a session keeps beyond its process: the `st.session` values whose types are `Codable`
/// (each as JSON), the widget values the server last accepted, and where the tab was.
///
/// The browser also holds its widget values and sends them when it reconnects; those win. The
/// stored ones restore widgets the browser did not send (a value the server changed).
public struct SessionSnapshot: Codable, Sendable, Equatable {
    /// JSON of each `Codable` value, by key.
    public var values: [String: Data]
    /// Keys the app assigned that a keyed widget has not taken over yet.
    public var assignedKeys: Set<String>
    /// Every widget's value as the last completed run left it.
    public var widgets: [WidgetID: WidgetValue]
    /// The page and query string the tab was at.
    public var location: PageLocation?
    /// Which save this is: a new random id each time a process saves the session, so that a
    /// process can tell whether another one has saved it since (the session moved).
    public var revision: String

    public init(
        values: [String: Data] = [:], assignedKeys: Set<String> = [], widgets: [WidgetID: WidgetValue] = [:],
        location: PageLocation? = nil, revision: String = ""
    ) {
        self.values = values
        self.assignedKeys = assignedKeys
        self.widgets = widgets
        self.location = location
        self.revision = revision
    }

    /// Whether two snapshots hold the same session state, whatever their revisions.
    func holdsTheSameState(as other: SessionSnapshot) -> Bool {
        values == other.values && assignedKeys == other.assignedKeys && widgets == other.widgets
            && location == other.location
    }
}

/// A file uploaded to a session and the upload widget holding it, as the session storage keeps it.
public struct StoredUpload: Sendable, Equatable {
    public var widget: WidgetID
    public var file: UploadedFile

    public init(widget: WidgetID, file: UploadedFile) {
        self.widget = widget
        self.file = file
    }
}

/// Keeps sessions' snapshots and uploaded files, by session id, so that a browser reconnecting to
/// another process (a replica behind a load balancer, or this server after a restart) resumes its
/// session with its files.
///
/// A session is saved after every run that changed what it keeps (so that a process killed
/// without warning loses nothing), and when its browser disconnects. An upload is kept before
/// the browser is told it arrived, and forgotten when the session releases it. A session is
/// loaded when a browser presents an id this process does not hold, or holds an older revision
/// of. It is removed when the session expires, unless another process has saved it since.
public protocol SessionStorage: Sendable {
    /// Stores `snapshot`, replacing any earlier one; it is forgotten `lifetime` from now unless
    /// saved again.
    func save(_ snapshot: SessionSnapshot, forSession id: String, lifetime: Duration) async throws
    /// The session's latest snapshot, unless it has been removed or its lifetime has passed.
    func load(session id: String) async throws -> SessionSnapshot?
    /// Removes the session's snapshot if its revision is still `revision`, and then its uploads
    /// if no snapshot of it remains: a process letting go of a session never removes what
    /// another process saved of it since.
    func remove(session id: String, revision: String) async throws
    /// Keeps `file`, uploaded to `widget` of session `id`, for as long as the session is kept.
    func saveUpload(_ file: UploadedFile, widget: WidgetID, session id: String) async throws
    /// The files uploaded to the session that it has not released, in upload order.
    func uploads(session id: String) async throws -> [StoredUpload]
    /// Forgets files the session released (the user removed them, or their widget went).
    func removeUploads(_ fileIDs: [String], session id: String) async throws
}

/// Snapshots in this process's memory: for tests, and for apps that share a storage between
/// registries in one process.
public actor InMemorySessionStorage: SessionStorage {
    private var snapshots: [String: (snapshot: SessionSnapshot, expiresAt: ContinuousClock.Instant)] = [:]
    private var storedUploads: [String: [StoredUpload]] = [:]

    public init() {}

    /// How many sessions are stored.
    public var count: Int { snapshots.count }

    public func save(_ snapshot: SessionSnapshot, forSession id: String, lifetime: Duration) {
        snapshots[id] = (snapshot, .now + lifetime)
    }

    public func load(session id: String) -> SessionSnapshot? {
        guard let stored = snapshots[id] else { return nil }
        guard stored.expiresAt > .now else {
            snapshots[id] = nil
            storedUploads[id] = nil
            return nil
        }
        return stored.snapshot
    }

    public func remove(session id: String, revision: String) {
        if snapshots[id]?.snapshot.revision == revision { snapshots[id] = nil }
        if snapshots[id] == nil { storedUploads[id] = nil }
    }

    public func saveUpload(_ file: UploadedFile, widget: WidgetID, session id: String) {
        storedUploads[id, default: []].append(StoredUpload(widget: widget, file: file))
    }

    public func uploads(session id: String) -> [StoredUpload] { storedUploads[id] ?? [] }

    public func removeUploads(_ fileIDs: [String], session id: String) {
        let released = Set(fileIDs)
        storedUploads[id]?.removeAll { released.contains($0.file.id) }
    }
}
