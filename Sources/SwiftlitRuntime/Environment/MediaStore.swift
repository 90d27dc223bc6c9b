public import Foundation

/// Bytes and their type, as the browser fetches them.
public struct StoredMedia: Sendable, Equatable {
    public var data: Data
    /// The MIME type the response carries, e.g. `image/png`.
    public var mimeType: String

    public init(data: Data, mimeType: String) {
        self.data = data
        self.mimeType = mimeType
    }
}

/// Holds the bytes the browser loads by URL instead of through the WebSocket (uploaded files,
/// images, audio, video, downloads), by an id that cannot be guessed.
public protocol MediaStore: Sendable {
    /// Stores `media` and returns its id.
    func store(_ media: StoredMedia) async throws -> String
    /// The media stored under `id`, or `nil`.
    func media(id: String) async throws -> StoredMedia?
    /// Forgets `id`.
    func remove(id: String) async throws
}

/// Media in this process's memory.
public actor InMemoryMediaStore: MediaStore {
    private var items: [String: StoredMedia] = [:]

    public init() {}

    /// How many items are held.
    public var count: Int { items.count }

    public func store(_ media: StoredMedia) -> String {
        let id = SecretID.make()
        items[id] = media
        return id
    }

    public func media(id: String) -> StoredMedia? { items[id] }

    public func remove(id: String) { items[id] = nil }
}
