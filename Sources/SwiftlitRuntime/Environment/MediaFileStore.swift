public import Foundation
import Synchronization

/// The files the pages of every session show by URL (`_stcore/media/<id>`): pictures, audio,
/// video, PDFs, subtitles and downloads.
///
/// Each file gets a random id when a session's run first shows it, so that nobody can fetch a
/// file by guessing, and one session's ids say nothing about another's. A session holds a
/// ``MediaLease`` per file its page shows; the file goes when the last lease does: after the run
/// that no longer shows it finishes, or when the session ends. The bytes held are bounded by
/// ``RuntimeOptions/mediaMaxBytes``.
public final class MediaFileStore: Sendable {
    private struct State {
        var files: [String: MediaFile] = [:]
        var bytes = 0
    }

    private let state = Mutex(State())
    /// The most bytes held at once.
    public let maxBytes: Int

    /// A store that holds at most `maxBytes` bytes.
    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Stores `file` under a new random id and returns the lease that keeps it.
    /// - Throws: ``MediaStoreFull`` when it does not fit under ``maxBytes``.
    func add(_ file: MediaFile) throws(MediaStoreFull) -> MediaLease {
        let id = SecretID.make()
        try state.withLock { (state: inout State) throws(MediaStoreFull) -> Void in
            guard state.bytes + file.byteCount <= maxBytes else {
                throw MediaStoreFull(fileBytes: file.byteCount, heldBytes: state.bytes, maxBytes: maxBytes)
            }
            state.files[id] = file
            state.bytes += file.byteCount
        }
        return MediaLease(id: id, store: self)
    }

    /// Replaces the file under `id` (a download button's latest closure); nothing when it is gone.
    func replace(_ id: String, with file: MediaFile) {
        state.withLock { state in
            guard let old = state.files[id] else { return }
            state.bytes += file.byteCount - old.byteCount
            state.files[id] = file
        }
    }

    fileprivate func release(_ id: String) {
        state.withLock { state in
            guard let file = state.files.removeValue(forKey: id) else { return }
            state.bytes -= file.byteCount
        }
    }

    /// The file stored under `id`; `nil` when there is none (never shown, released, or forged).
    public func file(_ id: String) -> MediaFile? { state.withLock { $0.files[id] } }

    /// How many files are held (for tests and metrics).
    public var count: Int { state.withLock { $0.files.count } }

    /// How many bytes are held (for tests and metrics).
    public var heldBytes: Int { state.withLock { $0.bytes } }
}

/// A file a page shows, as the media endpoint serves it.
public struct MediaFile: Sendable {
    /// The bytes, or how to make them.
    public enum Content: Sendable {
        case bytes(Data)
        /// Made when the browser asks for them: a download button's `data` computed on click.
        case deferred(@Sendable () async throws -> Data)
    }

    public var content: Content
    /// The MIME type the response carries, e.g. `image/png`.
    public var mimeType: String
    /// The name a download is saved under; `nil` for what the page shows inline.
    public var downloadName: String?

    public init(content: Content, mimeType: String, downloadName: String? = nil) {
        self.content = content
        self.mimeType = mimeType
        self.downloadName = downloadName
    }

    /// What the file counts against the store's limit (a deferred file's bytes are made per request).
    var byteCount: Int {
        if case .bytes(let data) = content { data.count } else { 0 }
    }

    /// The bytes: stored ones, or those the deferred closure makes now.
    public func bytes() async throws -> Data {
        switch content {
        case .bytes(let data): data
        case .deferred(let make): try await make()
        }
    }
}

/// A file did not fit in the media store.
public struct MediaStoreFull: Error, Sendable, CustomStringConvertible {
    public let fileBytes: Int
    public let heldBytes: Int
    public let maxBytes: Int

    public var description: String {
        let megabytes = { (bytes: Int) in
            bytes < 100_000 ? "\(bytes) bytes" : String(format: "%.1f MB", Double(bytes) / 1_000_000)
        }
        return "A media file of \(megabytes(fileBytes)) does not fit: the server already holds \(megabytes(heldBytes)) "
            + "of media and its limit is \(megabytes(maxBytes)). Show smaller files, or raise "
            + "server.maxMediaSize (RuntimeOptions.mediaMaxBytes)."
    }
}

/// A session's hold on a stored media file: while it exists, the file stays in its
/// ``MediaFileStore``. Runs that show the same file share one lease.
package final class MediaLease: Sendable {
    /// The file's random id, which its URL names.
    package let id: String
    private let store: MediaFileStore

    fileprivate init(id: String, store: MediaFileStore) {
        self.id = id
        self.store = store
    }

    deinit { store.release(id) }
}
