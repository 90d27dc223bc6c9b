public import Foundation

/// A ``CacheStore`` in a folder: one subfolder per group, one file per value. What a server uses
/// (`.swiftlit/cache` in the folder it starts in), and what `swiftlit cache clear` empties.
///
/// A file holds a header line (the whole key and the expiry) and then the value's bytes. File
/// names are hashes; the header's key is compared on every read, so two keys whose hashes collide
/// never read each other's value: the later one overwrites the earlier.
public struct DiskCacheStore: CacheStore {
    private struct Header: Codable {
        var group: String
        var key: String
        /// Seconds since 1970, by the wall clock: a file outlives the process and its clock.
        var expiresAt: Double?
    }

    /// The folder the values are kept in; made when the first value is stored.
    public let directory: URL
    private let now: @Sendable () -> Date

    /// A store in `directory`. `now` is the wall clock expiries are measured by.
    public init(directory: URL, now: @escaping @Sendable () -> Date = { Date() }) {
        self.directory = directory
        self.now = now
    }

    public func value(for key: CacheStoreKey) async throws -> Data? {
        let file = self.file(for: key)
        guard let contents = FileManager.default.contents(atPath: file.path),
            let newline = contents.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        // A header that does not decode is a file from elsewhere or a torn write: treat it as absent.
        guard let header = try? JSONDecoder().decode(Header.self, from: contents[..<newline]),
            header.group == key.group, header.key == key.key
        else { return nil }
        if let expiresAt = header.expiresAt, now().timeIntervalSince1970 >= expiresAt {
            try? FileManager.default.removeItem(at: file)
            return nil
        }
        return Data(contents[contents.index(after: newline)...])
    }

    public func setValue(_ value: Data, for key: CacheStoreKey, lifetime: Duration?) async throws {
        let expiresAt = lifetime.map { now().timeIntervalSince1970 + $0 / .seconds(1) }
        var contents = try JSONEncoder().encode(Header(group: key.group, key: key.key, expiresAt: expiresAt))
        contents.append(UInt8(ascii: "\n"))
        contents.append(value)
        let file = self.file(for: key)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: file, options: .atomic)
    }

    public func removeGroup(_ group: String) async throws {
        let folder = directory.appendingPathComponent(Self.fileName(group), isDirectory: true)
        guard FileManager.default.fileExists(atPath: folder.path) else { return }
        try FileManager.default.removeItem(at: folder)
    }

    @discardableResult
    public func removeAll() async throws -> Int {
        let manager = FileManager.default
        guard let groups = try? manager.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil) else {
            return 0
        }
        var removed = 0
        for group in groups {
            removed += (try? manager.contentsOfDirectory(atPath: group.path))?.filter { $0.hasSuffix(".cache") }.count ?? 0
            try manager.removeItem(at: group)
        }
        return removed
    }

    private func file(for key: CacheStoreKey) -> URL {
        directory.appendingPathComponent(Self.fileName(key.group), isDirectory: true)
            .appendingPathComponent(Self.fileName(key.group + "\u{1F}" + key.key) + ".cache")
    }

    private static func fileName(_ text: String) -> String {
        var hasher = ContentHasher()
        hasher.mix(text)
        return String(hasher.value, radix: 16)
    }
}
