import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization
import Testing

/// `_stcore/media/<id>`: the files pages show, by random per-session ids, with ranges, caching
/// headers and release when no page shows them any more.
@Suite struct MediaRouteTests {
    /// A 1×1 PNG.
    static let png = Data(
        base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
        ?? Data()
    static let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
    static let pdf = Data("%PDF-1.4\n%%EOF\n".utf8)

    /// Shows a picture, an SVG and a PDF while the checkbox is on, and a download button whose
    /// file is computed on click, counting its calls in `clicks`.
    static func app(clicks: Counter? = nil) -> AppBody {
        { st in
            if st.checkbox("show", value: true) {
                st.image(png, caption: "dot")
                st.image(svg)
                st.pdf(pdf)
            }
            st.downloadButton("Report", fileName: "../../etc/re\"port.csv", mime: "text/csv") {
                let count = clicks?.increment()
                return Data("n\n\(count ?? 0)\n".utf8)
            }
        }
    }

    /// Every media URL the run's ops name, in order.
    static func mediaURLs(_ messages: [ServerMessage]) -> [String] {
        messages.flatMap { message -> [DeltaOp] in
            switch message {
            case .delta(let delta): delta.ops
            case .runFinished(let finished): finished.ops
            default: []
            }
        }.flatMap { op -> [String] in
            switch op {
            case .set(_, let element), .insert(_, let element):
                switch element {
                case .image(let e): e.images.map(\.url)
                case .pdf(let e): [e.url]
                case .downloadButton(let e): [e.url]
                default: []
                }
            default: []
            }
        }
    }

    @Test func filesAreServedWithTheirTypeRangesAndCacheHeaders() async throws {
        try await withServer(app: Self.app()) { port in
            try await converse(port: port) { conversation in
                let urls = Self.mediaURLs(try await conversation.open())
                #expect(urls.count == 4)
                #expect(urls.allSatisfy { $0.hasPrefix("_stcore/media/") })
                let png = try await RawHTTP.request(port: port, path: "/\(urls[0])")
                #expect(png.status == 200)
                #expect(png.headers["content-type"] == "image/png")
                #expect(png.headers["x-content-type-options"] == "nosniff")
                #expect(png.headers["accept-ranges"] == "bytes")
                #expect(png.headers["cache-control"] == "private, max-age=31536000, immutable")
                let etag = try #require(png.headers["etag"])
                #expect(png.headers["content-length"] == "\(Self.png.count)")

                let revalidated = try await RawHTTP.request(port: port, path: "/\(urls[0])", headers: ["If-None-Match": etag])
                #expect(revalidated.status == 304)

                let part = try await RawHTTP.request(port: port, path: "/\(urls[0])", headers: ["Range": "bytes=1-3"])
                #expect(part.status == 206)
                #expect(part.headers["content-range"] == "bytes 1-3/\(Self.png.count)")
                #expect(part.body == "PNG")
                let suffix = try await RawHTTP.request(port: port, path: "/\(urls[2])", headers: ["Range": "bytes=-6"])
                #expect(suffix.status == 206)
                #expect(suffix.body == "%%EOF\n")
                let beyond = try await RawHTTP.request(
                    port: port, path: "/\(urls[0])", headers: ["Range": "bytes=\(Self.png.count)-"])
                #expect(beyond.status == 416)
                #expect(beyond.headers["content-range"] == "bytes */\(Self.png.count)")
                let several = try await RawHTTP.request(port: port, path: "/\(urls[0])", headers: ["Range": "bytes=0-1,3-4"])
                #expect(several.status == 200, "several ranges are answered with the whole file")

                let svg = try await RawHTTP.request(port: port, path: "/\(urls[1])")
                #expect(svg.headers["content-type"] == "image/svg+xml")
                let policy = try #require(svg.headers["content-security-policy"])
                #expect(policy.contains("sandbox") && policy.contains("default-src 'none'"), "an SVG opened alone runs no script")
                let pdf = try await RawHTTP.request(port: port, path: "/\(urls[2])")
                #expect(pdf.headers["content-type"] == "application/pdf")
                #expect(pdf.headers["content-security-policy"]?.contains("script-src") == false)
            }
        }
    }

    @Test func aLargeFileIsServedWholeAndInParts() async throws {
        let video = Data([0x1A, 0x45, 0xDF, 0xA3]) + Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let app: AppBody = { st in st.video(video) }
        try await withServer(app: app) { port in
            try await converse(port: port) { conversation in
                let messages = try await conversation.open()
                var url = ""
                for case .runFinished(let finished) in messages {
                    for case .set(_, .video(let player)) in finished.ops { url = player.url }
                }
                let (whole, response) = try await URLSession.shared.data(
                    from: try #require(URL(string: "http://127.0.0.1:\(port)/\(url)")))
                #expect((response as? HTTPURLResponse)?.statusCode == 200)
                #expect(whole == video)
                var request = URLRequest(url: try #require(URL(string: "http://127.0.0.1:\(port)/\(url)")))
                request.setValue("bytes=1048570-2097160", forHTTPHeaderField: "Range")
                let (part, partResponse) = try await URLSession.shared.data(for: request)
                #expect((partResponse as? HTTPURLResponse)?.statusCode == 206)
                #expect(part == video[1_048_570...2_097_160])
            }
        }
    }

    @Test func forgedAndMalformedIDsAreNotFound() async throws {
        try await withServer(app: Self.app()) { port in
            try await converse(port: port) { conversation in
                _ = try await conversation.open()
                for path in [
                    "/_stcore/media/0123456789abcdef0123456789abcdef.png", "/_stcore/media/",
                    "/_stcore/media/..%2F..%2Fetc%2Fpasswd", "/_stcore/media/\(String(repeating: "a", count: 5000))",
                    "/_stcore/media/%00",
                ] {
                    let response = try await RawHTTP.request(port: port, path: path)
                    #expect(response.status == 404, "\(path.prefix(60))")
                }
            }
        }
    }

    @Test func aFileGoesWhenTheRunThatStopsShowingItFinishes() async throws {
        try await withServer(app: Self.app()) { port in
            try await converse(port: port) { conversation in
                let urls = Self.mediaURLs(try await conversation.open())
                #expect(try await RawHTTP.request(port: port, path: "/\(urls[0])").status == 200)
                // A rerun that shows the same bytes keeps their URL.
                try await conversation.send(#"{"type":"rerun","widgets":{"checkbox:show":true}}"#)
                _ = try await conversation.receiveRun()
                #expect(try await RawHTTP.request(port: port, path: "/\(urls[0])").status == 200)
                try await conversation.send(#"{"type":"rerun","widgets":{"checkbox:show":false}}"#)
                _ = try await conversation.receiveRun()
                #expect(try await RawHTTP.request(port: port, path: "/\(urls[0])").status == 404)
                #expect(try await RawHTTP.request(port: port, path: "/\(urls[1])").status == 404)
                #expect(try await RawHTTP.request(port: port, path: "/\(urls[3])").status == 200, "the button still shows")
            }
        }
    }

    @Test func eachSessionHasItsOwnIDsAndItsFilesGoWithIt() async throws {
        try await withServer({ $0.disconnectedSessionTTLSeconds = 0 }, app: Self.app()) { port in
            let first = Mutex<[String]>([])
            try await converse(port: port) { conversation in
                let urls = Self.mediaURLs(try await conversation.open())
                first.withLock { $0 = urls }
            }
            try await converse(port: port) { conversation in
                let second = Self.mediaURLs(try await conversation.open())
                let earlier = first.withLock { $0 }
                #expect(Set(second).isDisjoint(with: earlier), "equal bytes, but another session's ids")
                #expect(try await RawHTTP.request(port: port, path: "/\(second[0])").status == 200)
                // The first tab closed and its session expired: its files went with it.
                var status = 0
                for _ in 0..<50 {
                    status = try await RawHTTP.request(port: port, path: "/\(earlier[0])").status
                    if status == 404 { break }
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(status == 404)
            }
        }
    }

    @Test func aFailingDownloadClosureAnswers500WithoutItsDetail() async throws {
        struct Secret: Error {}
        let app: AppBody = { st in
            st.downloadButton("Broken", fileName: "x.bin") { throw Secret() }
            st.image(Self.png)
        }
        try await withServer(app: app) { port in
            try await converse(port: port) { conversation in
                let urls = Self.mediaURLs(try await conversation.open())
                let failed = try await RawHTTP.request(port: port, path: "/\(urls[0])")
                #expect(failed.status == 500)
                #expect(failed.body.contains("could not make this file"))
                #expect(!failed.body.contains("Secret"))
                #expect(try await RawHTTP.request(port: port, path: "/\(urls[1])").status == 200, "the server goes on")
            }
        }
    }

    @Test func aDownloadIsComputedOnClickAndSavedAsAnAttachment() async throws {
        let clicks = Counter()
        try await withServer(app: Self.app(clicks: clicks)) { port in
            try await converse(port: port) { conversation in
                let urls = Self.mediaURLs(try await conversation.open())
                #expect(clicks.value == 0, "drawing the button computes nothing")
                let response = try await RawHTTP.request(port: port, path: "/\(urls[3])")
                #expect(response.status == 200)
                #expect(response.headers["content-type"] == "text/csv")
                #expect(response.headers["cache-control"] == "no-store")
                #expect(response.headers["content-disposition"]?.hasPrefix("attachment; filename=\"report.csv\"") == true)
                #expect(response.body == "n\n1\n")
                #expect(clicks.value == 1)
                let head = try await RawHTTP.request(port: port, method: "HEAD", path: "/\(urls[3])")
                #expect(head.status == 200)
                #expect(clicks.value == 1, "a HEAD request makes nothing")
                let again = try await RawHTTP.request(port: port, path: "/\(urls[3])")
                #expect(again.body == "n\n2\n", "each click computes the file anew")
            }
        }
    }
}

/// Counts calls, from any task.
final class Counter: Sendable {
    private let count = Mutex(0)

    var value: Int { count.withLock { $0 } }

    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
