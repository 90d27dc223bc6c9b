import Foundation
import SwiftlitProtocol

/// What identifies a media file within a session: its bytes, type and download name, or for a
/// download computed on click, the button. A run showing equal bytes again reuses the earlier
/// run's file, and so its URL, which the browser has cached.
struct MediaKey: Hashable, Sendable {
    enum Content: Hashable, Sendable {
        case bytes(Data)
        case deferred(WidgetID)
    }

    var content: Content
    var mimeType: String
    var downloadName: String?

    // `Data`'s own hash reads only its first bytes, which files of one format share; hashing every
    // byte of a 50 MB video took 30 ms a run. A sample (the ends, and a kilobyte every megabyte)
    // tells files apart, and equality still compares every byte.
    func hash(into hasher: inout Hasher) {
        switch content {
        case .bytes(let data):
            hasher.combine(data.count)
            data.withUnsafeBytes { bytes in
                let sample = 1024
                guard bytes.count > 64 * sample else { return hasher.combine(bytes: bytes) }
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes.prefix(4 * sample)))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes.suffix(4 * sample)))
                for start in stride(from: 4 * sample, to: bytes.count - 4 * sample, by: 1 << 20) {
                    hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + sample, bytes.count)]))
                }
            }
        case .deferred(let id): hasher.combine(id)
        }
        hasher.combine(mimeType)
        hasher.combine(downloadName)
    }
}

extension PageBuilder {
    /// The URL under which the browser fetches `file`: the file this run or the last one already
    /// shows with the same key, else a newly stored one.
    mutating func mediaURL(for file: MediaFile, key: MediaKey, in store: MediaFileStore) throws(MediaStoreFull)
        -> String
    {
        let lease: MediaLease
        if let known = media[key] ?? core.media[key] {
            // A deferred download's closure is the latest run's: it sees that run's values.
            if case .deferred = key.content { store.replace(known.id, with: file) }
            lease = known
        } else {
            lease = try store.add(file)
        }
        if !halted { media[key] = lease }
        let fileExtension = MediaType.fileExtension(for: file.mimeType).map { ".\($0)" } ?? ""
        return "\(MediaRoute.pathPrefix)\(lease.id)\(fileExtension)"
    }
}

/// The media endpoint's URLs, which the server routes and pages load relative to their base.
public enum MediaRoute {
    /// What every media URL starts with, before the file's id.
    public static let pathPrefix = "_stcore/media/"

    /// The file id a media URL's last component names: `<id>` or `<id>.<extension>`.
    public static func fileID(fromName name: some StringProtocol) -> String {
        String(name.prefix { $0 != "." })
    }
}
