import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SwiftlitRuntime

/// `GET _stcore/media/<id>[.<extension>]`: a picture, player's media, PDF, subtitle track or
/// download a session's page shows (see ``MediaFileStore``). The random id is the secret that
/// authorizes it; an id no page shows any more, or never did, is not found.
///
/// Stored files are immutable under their id: cached privately for a year with an ETag, and
/// served in parts for `Range` requests (players seek this way). A download computed on click is
/// made anew for each request and never cached.
struct MediaFileRoute: Sendable {
    let store: MediaFileStore
    let frameAncestors: String
    let logger: Logger

    func register(on group: RouterGroup<BasicRequestContext>) {
        let route = self
        group.get("_stcore/media/:file") { request, context in
            let name = context.parameters.get("file") ?? ""
            let id = MediaRoute.fileID(fromName: name)
            guard id.count <= 64, let file = route.store.file(id) else {
                throw HTTPError(.notFound, message: "no such media file: it is no longer on any page")
            }
            return try await route.respond(to: request, with: file, id: id)
        }
    }

    private func respond(to request: Request, with file: MediaFile, id: String) async throws -> Response {
        var headers: HTTPFields = [
            .contentType: file.mimeType, .xContentTypeOptions: "nosniff", .acceptRanges: "bytes",
            .contentSecurityPolicy: contentSecurityPolicy(for: file.mimeType),
        ]
        if let name = file.downloadName { headers[.contentDisposition] = Self.attachment(name) }
        let data: Data
        switch file.content {
        case .bytes(let bytes):
            data = bytes
            let etag = "\"\(id)\""
            headers[.eTag] = etag
            headers[.cacheControl] = "private, max-age=31536000, immutable"
            if request.headers[.ifNoneMatch]?.contains(etag) == true { return Response(status: .notModified, headers: headers) }
        case .deferred(let make):
            headers[.cacheControl] = "no-store"
            // A HEAD request does not make the file: only a click does.
            if request.method == .head { return Response(status: .ok, headers: headers) }
            do {
                data = try await make()
            } catch {
                logger.error("a download button's data closure failed: \(ClientText.forLog(String(describing: error), limit: 2000))")
                throw HTTPError(.internalServerError, message: "the app could not make this file; its log says why")
            }
        }
        switch ByteRangeRequest(header: request.headers[.range], length: data.count) {
        case .whole:
            return Response(status: .ok, headers: headers, body: Self.body(data, 0..<data.count))
        case .part(let range):
            headers[.contentRange] = "bytes \(range.lowerBound)-\(range.upperBound)/\(data.count)"
            return Response(
                status: .partialContent, headers: headers,
                body: Self.body(data, range.lowerBound..<(range.upperBound + 1)))
        case .unsatisfiable:
            headers[.contentRange] = "bytes */\(data.count)"
            return Response(status: .rangeNotSatisfiable, headers: headers)
        }
    }

    /// Bytes written a megabyte at a time: a player asks for a whole video with `bytes=0-`, and a
    /// copy of all of it per request would double the memory it takes.
    private static func body(_ data: Data, _ range: Range<Int>) -> ResponseBody {
        let chunk = 1 << 20
        return ResponseBody(contentLength: range.count) { writer in
            var start = range.lowerBound
            while start < range.upperBound {
                let end = min(start + chunk, range.upperBound)
                try await writer.write(ByteBuffer(bytes: data[(data.startIndex + start)..<(data.startIndex + end)]))
                start = end
            }
            try await writer.finish(nil)
        }
    }

    /// Nothing a media file holds may run: an SVG opened on its own runs no script, and other files
    /// load nothing. A PDF is not sandboxed (a sandboxed frame cannot run the browser's viewer) but
    /// may load nothing either; Chromium's viewer needs no more.
    private func contentSecurityPolicy(for mimeType: String) -> String {
        if mimeType.hasPrefix("application/pdf") {
            return "default-src 'none'; frame-ancestors \(frameAncestors)"
        }
        return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors \(frameAncestors); sandbox"
    }

    /// `Content-Disposition` for saving under `name`: an ASCII fallback and the UTF-8 name (RFC 6266).
    static func attachment(_ name: String) -> String {
        let fallback = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? fallback
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}
