import CompressNIO
import Foundation
import NIOCore
import Synchronization

/// The gzip form of each of the client's text files, made the first time a browser that accepts
/// gzip asks for the file and kept for the life of the process: the client's script is 194 kB and
/// 47 kB gzipped, which matters on any real network. Made on demand rather than at start-up,
/// because start-up time is measured and most of the client's files (the chart and math libraries)
/// are never asked for.
///
/// A page addressed by a loopback name (`localhost`, `127.0.0.1`) is in a browser on the server's
/// own machine, where the bytes cost nothing to move: gzip would only add the compression at the
/// first request and the unpacking at every load (Chromium keeps a gzip body gzipped in its cache).
/// Such a page gets the files as they are. Behind a proxy, `Host` is the name the browser used
/// (docs/deployment.md).
final class GzipVariants: Sendable {
    /// Files under this size gain nothing worth a header.
    static let minimumSize = 1024

    /// By path; `nil` once a file turned out not to get smaller.
    private let made = Mutex<[String: ByteBuffer?]>([:])

    /// The gzip form of `body`, the file at `path`; `nil` when it would not be smaller or the file is
    /// not text.
    func variant(of body: ByteBuffer, path: String, contentType: String) -> ByteBuffer? {
        guard body.readableBytes >= Self.minimumSize, Self.isText(contentType) else { return nil }
        if let known = made.withLock({ $0[path] }) { return known }
        // Made outside the lock: two first requests at once may both compress, and both get it right.
        var input = body
        var variant: ByteBuffer?
        do {
            let compressed = try input.compress(with: .gzip(configuration: .init(compressionLevel: .bestCompression)))
            if compressed.readableBytes < body.readableBytes { variant = compressed }
        } catch {
            variant = nil  // zlib failed (out of memory): the file goes out as it is
        }
        made.withLock { $0[path] = .some(variant) }
        return variant
    }

    private static func isText(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/") || contentType.hasPrefix("application/json") || contentType.hasPrefix("image/svg+xml")
    }

    /// Whether a request for `host` (its `Host`) that accepts `acceptEncoding` should get gzip.
    static func wanted(host: String?, acceptEncoding: String?) -> Bool {
        if let host, let name = RequestOriginPolicy.split(authority: host)?.name,
            RequestOriginPolicy.isLoopback(name) || name.hasSuffix(".localhost")
        {
            return false
        }
        return accepted(by: acceptEncoding)
    }

    /// Whether an `Accept-Encoding` header value accepts gzip: `gzip`, or else `*`, listed without
    /// `q=0`.
    static func accepted(by acceptEncoding: String?) -> Bool {
        guard let acceptEncoding else { return false }
        var gzip: Bool?
        var anyCoding: Bool?
        for entry in acceptEncoding.split(separator: ",") {
            let parts = entry.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            let refused = parts.dropFirst().contains { $0.hasPrefix("q=") && Double($0.dropFirst(2)) == 0 }
            switch parts.first {
            case "gzip": gzip = !refused
            case "*": anyCoding = !refused
            default: continue
            }
        }
        return gzip ?? anyCoding ?? false
    }
}
