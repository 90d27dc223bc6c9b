import CompressNIO
import Foundation
import NIOCore
import SwiftlitRuntime
@testable import SwiftlitServer
import SwiftlitWebClient
import Testing

/// The client's files as they go to the browser: without comment lines, and gzipped for a browser
/// that accepts it.
@Suite struct ServedClientFilesTests {
    static let app: AppBody = { st in st.text("hi") }

    @Test func javaScriptLosesItsCommentLinesAndKeepsItsCode() {
        let source = """
            // Why this module exists.
            import { a } from "./a.js";

            /**
             * A documented function.
             * @param {number} n
             */
            export function f(n) {
              /** @type {HTMLElement} */
              const node = /** @type {HTMLElement} */ (document.body);
              return n + 1; // a comment after code stays
            }
            /* a block */ const kept = 1;
            /* a block whose end
               goes on */ const alsoKept = 2;
            const template = `first line
            // not a comment: inside a template literal
            /* nor this */
            last line`;
            // gone again
            const escaped = `a \\` b`;
            // and gone
            """
        let expected = """
            import { a } from "./a.js";

            export function f(n) {
              const node = /** @type {HTMLElement} */ (document.body);
              return n + 1; // a comment after code stays
            }
            /* a block */ const kept = 1;
            /* a block whose end
               goes on */ const alsoKept = 2;
            const template = `first line
            // not a comment: inside a template literal
            /* nor this */
            last line`;
            const escaped = `a \\` b`;
            """
        #expect(CommentLines.removed(from: source, lineComments: true) == expected)
    }

    @Test func aStylesheetLosesItsBlockCommentsOnly() {
        let source = "/*\n * The theme.\n */\n.a {\n  color: red; /* after code */\n}\n// not a CSS comment\n/* one line */\n.b {}"
        #expect(CommentLines.removed(from: source, lineComments: false) == ".a {\n  color: red; /* after code */\n}\n// not a CSS comment\n.b {}")
        // An unterminated comment is left to the browser, as it is.
        #expect(CommentLines.removed(from: "/* open\n.a {}", lineComments: false) == "/* open\n.a {}")
    }

    @Test func theServedClientHasNoCommentLinesAndTheLibrariesAreUntouched() throws {
        let assets = try StaticAssets()
        let bundle = try #require(assets.asset(StaticAssets.entryModule)).text
        let lines = bundle.split(separator: "\n").map { $0.drop { $0 == " " } }
        // Type casts (`/** @type {T} */ (x)`) are code and stay; lines that are only comments go.
        #expect(!lines.contains { ($0.hasPrefix("/*") && $0.hasSuffix("*/")) || $0.hasPrefix("* ") })
        #expect(lines.contains { $0.hasPrefix("/** @type {") && !$0.hasSuffix("*/") })
        // The bundle's own markers, one per module, are the only line comments left.
        let markers = lines.filter { $0.hasPrefix("//") }
        #expect(!markers.isEmpty && markers.allSatisfy { $0.hasSuffix(".js") && $0.split(separator: " ").count == 2 })
        let sheet = try #require(assets.asset(StaticAssets.stylesheet)).text
        #expect(!sheet.contains("The page shell"))  // layout.css's opening comment
        #expect(sheet.contains("/* theme.css */"))
        // The file itself keeps them.
        let client = try #require(WebClient.directory)
        let original = try String(contentsOf: client.appendingPathComponent(StaticAssets.entryModule), encoding: .utf8)
        #expect(original.hasPrefix("// Wires the client together"))
        // A third of the client's source is comments.
        var sourceBytes = 0
        for marker in markers {
            let module = client.appendingPathComponent(String(marker.dropFirst(3)))
            sourceBytes += try Data(contentsOf: module).count
        }
        #expect(bundle.utf8.count < sourceBytes * 3 / 4, "\(bundle.utf8.count) of \(sourceBytes)")
    }

    @Test func aBrowserThatAcceptsGzipGetsTheClientGzipped() async throws {
        // A name of the server that is not a loopback one, as behind a proxy.
        try await withServer({ $0.allowedHosts = ["app.example"] }, app: Self.app) { port in
            let remote = ["Host": "app.example"]
            let page = try await RawHTTP.request(port: port, path: "/", headers: remote)
            let script = try #require(page.body.firstMatch(of: /src="(static\/[0-9a-f]+\/main\.js)"/)).1
            let plain = try await RawHTTP.request(port: port, path: "/\(script)", headers: remote)
            #expect(plain.status == 200 && plain.headers["content-encoding"] == nil)
            #expect(plain.headers["vary"] == "Accept-Encoding")

            let accepting = remote.merging(["Accept-Encoding": "gzip, deflate, br"]) { _, new in new }
            let zipped = try await RawHTTP.request(port: port, path: "/\(script)", headers: accepting)
            #expect(zipped.status == 200)
            #expect(zipped.headers["content-encoding"] == "gzip")
            #expect(zipped.headers["vary"] == "Accept-Encoding")
            #expect(zipped.headers["cache-control"] == "public, max-age=31536000, immutable")
            #expect(zipped.headers["etag"] != plain.headers["etag"])
            #expect(zipped.bodyBytes.count * 3 < plain.bodyBytes.count)
            var buffer = ByteBuffer(bytes: zipped.bodyBytes)
            let unzipped = try buffer.decompress(with: .gzip())
            #expect(Array(unzipped.readableBytesView) == plain.bodyBytes)
            // Made once: the second answer is the same bytes.
            let again = try await RawHTTP.request(port: port, path: "/\(script)", headers: accepting)
            #expect(again.bodyBytes == zipped.bodyBytes)

            // Refused, or a file too small to gain: as it is.
            let refused = try await RawHTTP.request(
                port: port, path: "/\(script)", headers: remote.merging(["Accept-Encoding": "gzip;q=0, br"]) { _, new in new })
            #expect(refused.headers["content-encoding"] == nil && refused.bodyBytes == plain.bodyBytes)
            let small = try await RawHTTP.request(port: port, path: "/_stcore/health", headers: accepting)
            #expect(small.headers["content-encoding"] == nil && small.body == "ok")

            // A page opened on the server's own machine gets the file as it is: nothing to save.
            for host in ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"] {
                let local = try await RawHTTP.request(
                    port: port, path: "/\(script)", headers: ["Host": host, "Accept-Encoding": "gzip"])
                #expect(local.status == 200 && local.headers["content-encoding"] == nil, "\(host)")
                #expect(local.bodyBytes == plain.bodyBytes, "\(host)")
            }
        }
    }

    @Test func acceptEncodingIsReadAsHTTPSaysIt() {
        #expect(GzipVariants.accepted(by: "gzip"))
        #expect(GzipVariants.accepted(by: "deflate, GZIP;q=0.5"))
        #expect(GzipVariants.accepted(by: "br, *"))
        #expect(GzipVariants.accepted(by: "*;q=0, gzip"))
        #expect(!GzipVariants.accepted(by: nil))
        #expect(!GzipVariants.accepted(by: ""))
        #expect(!GzipVariants.accepted(by: "br, deflate"))
        #expect(!GzipVariants.accepted(by: "gzip;q=0"))
        #expect(!GzipVariants.accepted(by: "gzip; q=0.0, *"))
        #expect(!GzipVariants.accepted(by: "xgzip"))
        #expect(GzipVariants.wanted(host: "app.example:443", acceptEncoding: "gzip"))
        #expect(GzipVariants.wanted(host: nil, acceptEncoding: "gzip"))
        #expect(!GzipVariants.wanted(host: "dev.localhost:8501", acceptEncoding: "gzip"))
        #expect(!GzipVariants.wanted(host: "127.0.0.2", acceptEncoding: "gzip"))
        #expect(!GzipVariants.wanted(host: "app.example", acceptEncoding: nil))
    }
}
