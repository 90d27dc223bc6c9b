public import Foundation

/// What a session keeps beyond its process: the `st.session` values whose types are `Codable`,
/// each as JSON. Widget values are not in it: the browser holds them and sends them on reconnect.
public struct SessionSnapshot: Codable, Sendable, Equatable {
    /// JSON of each `Codable` value, by key.
    public var values: [String: Data]
    /// Keys the app assigned that a keyed widget has not taken over yet.
    public var assignedKeys: Set<String>

    public init(values: [String: Data] = [:], assignedKeys: Set<String> = []) {
        self.values = values
        self.assignedKeys = assignedKeys
    }
}

/// Keeps disconnected sessions' snapshots, by session id, so that a browser reconnecting to
/// another process resumes its session.
///
/// The registry saves a snapshot when a browser disconnects, loads it when a browser presents an
/// id this process does not hold, and removes it when the session expires.
public protocol SessionStorage: Sendable {
    func save(_ snapshot: SessionSnapshot, forSession id: String) async throws
    func load(session id: String) async throws -> SessionSnapshot?
    func remove(session id: String) async throws
}

/// Snapshots in this process's memory: for tests, and for apps that share a storage between
/// registries in one process.
public actor InMemorySessionStorage: SessionStorage {
    private var snapshots: [String: SessionSnapshot] = [:]

    public init() {}

    /// How many sessions are stored.
    public var count: Int { snapshots.count }

    public func save(_ snapshot: SessionSnapshot, forSession id: String) { snapshots[id] = snapshot }
    public func load(session id: String) -> SessionSnapshot? { snapshots[id] }
    public func remove(session id: String) { snapshots[id] = nil }
}
