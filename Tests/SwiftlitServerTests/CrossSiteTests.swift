import Foundation
import SwiftlitRuntime
@testable import SwiftlitServer
import Testing

/// Pages of other sites and other host names cannot drive the app; every response carries the
/// headers that keep the page to the app's own code.
@Suite struct CrossSiteTests {
    static let app: AppBody = { st in st.text("hi") }

    static func upgrade(_ port: Int, _ headers: [String: String]) async throws -> Int {
        try await RawHTTP.request(port: port, path: "/_stcore/stream", headers: RawHTTP.upgradeHeaders(headers)).status
    }

    @Test func aForeignOriginCannotOpenTheStream() async throws {
        try await withServer(app: Self.app) { port throws in
            #expect(try await Self.upgrade(port, ["Origin": "https://evil.example"]) == 403)
            #expect(try await Self.upgrade(port, ["Origin": "http://127.0.0.1:\(port + 1)"]) == 403)
            #expect(try await Self.upgrade(port, ["Origin": "null"]) == 403)
            #expect(try await Self.upgrade(port, ["Origin": "http://127.0.0.1:\(port)"]) == 101)
            #expect(try await Self.upgrade(port, ["Origin": "http://LOCALHOST:\(port)", "Host": "localhost:\(port)"]) == 101)
            #expect(try await Self.upgrade(port, [:]) == 101)
        }
    }

    @Test func aForeignHostIsRefusedOnLoopback() async throws {
        try await withServer(app: Self.app) { port throws in
            // DNS rebinding: evil.example resolves to 127.0.0.1, so its page is same-origin with itself.
            let rebound = ["Host": "evil.example:\(port)", "Origin": "http://evil.example:\(port)"]
            #expect(try await Self.upgrade(port, rebound) == 403)
            let page = try await RawHTTP.request(port: port, path: "/", headers: ["Host": "evil.example:\(port)"])
            #expect(page.status == 403)
            #expect(try await RawHTTP.request(port: port, path: "/", headers: ["Host": "[::1]:\(port)"]).status == 200)
        }
    }

    @Test func allowListsOpenWhatTheyName() async throws {
        try await withServer({
            $0.corsAllowedOrigins = ["https://portal.example"]
            $0.allowedHosts = ["app.internal"]
        }, app: Self.app) { port throws in
            #expect(try await Self.upgrade(port, ["Origin": "https://portal.example"]) == 101)
            #expect(try await Self.upgrade(port, ["Origin": "https://portal.example:8443"]) == 403)
            #expect(try await Self.upgrade(port, ["Host": "app.internal", "Origin": "http://app.internal"]) == 101)
        }
        try await withServer({ $0.enableCORS = false }, app: Self.app) { port throws in
            #expect(try await Self.upgrade(port, ["Origin": "https://evil.example"]) == 101)
        }
    }

    @Test func aPlainGETOfTheStreamAsksForAnUpgrade() async throws {
        try await withServer(app: Self.app) { port throws in
            #expect(try await RawHTTP.request(port: port, path: "/_stcore/stream").status == 426)
        }
    }

    @Test func aLaterUpgradeOnAKeptAliveConnectionIsAnsweredAndTheConnectionCloses() async throws {
        try await withServer(app: Self.app) { port throws in
            for (origin, status) in [("https://evil.example", "403"), ("http://127.0.0.1:\(port)", "426")] {
                var upgrade = "GET /_stcore/stream HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: \(origin)\r\n"
                for (name, value) in RawHTTP.upgradeHeaders() { upgrade += "\(name): \(value)\r\n" }
                let answer = try await RawHTTP.untilClosed(
                    port: port, requests: "GET /_stcore/health HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n" + upgrade + "\r\n")
                #expect(answer.hasPrefix("HTTP/1.1 200"))
                #expect(answer.contains("HTTP/1.1 \(status)"))
                #expect(!answer.contains("HTTP/1.1 101"))
            }
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await withServer({ $0.frameAncestors = "https://portal.example" }, app: Self.app) { port throws in
            for path in ["/", "/_stcore/health", "/no/such/page", "/static/0/main.js"] {
                let response = try await RawHTTP.request(port: port, path: path)
                let policy = try #require(response.headers["content-security-policy"], "\(path)")
                #expect(policy.contains("default-src 'self'"))
                // The page's one inline script is allowed by its hash, never by 'unsafe-inline'.
                let scripts = try #require(
                    policy.split(separator: ";").first { $0.contains("script-src") }?.trimmingCharacters(in: .whitespaces))
                #expect(scripts.hasPrefix("script-src 'self' 'sha256-"), "\(path)")
                #expect(scripts.hasSuffix(" \(SecurityHeaders.cdnScripts.joined(separator: " "))"), "\(path)")
                #expect(!scripts.contains("unsafe-inline"))
                #expect(policy.contains("frame-ancestors https://portal.example"))
                #expect(!policy.contains("unsafe-eval"))
                #expect(response.headers["x-content-type-options"] == "nosniff")
                #expect(response.headers["referrer-policy"] == "no-referrer")
            }
        }
    }

    @Test func headWorksOnEveryGETRoute() async throws {
        try await withServer(app: Self.app) { port throws in
            let page = try await RawHTTP.request(port: port, path: "/")
            let script = try #require(page.body.firstMatch(of: /src="(static\/[0-9a-f]+\/main\.js)"/)).1
            for path in ["/", "/_stcore/health", "/healthz", "/\(script)"] {
                let get = try await RawHTTP.request(port: port, path: path)
                let head = try await RawHTTP.request(port: port, method: "HEAD", path: path)
                #expect(head.status == 200, "\(path)")
                #expect(head.body.isEmpty, "\(path)")
                #expect(head.headers["content-type"] == get.headers["content-type"], "\(path)")
                #expect(head.headers["content-length"] == get.headers["content-length"], "\(path)")
            }
        }
    }

    @Test func staticPathTraversalFindsNothing() async throws {
        try await withServer(app: Self.app) { port throws in
            for path in [
                "/static/0/../../Package.swift", "/static/0/%2e%2e/%2e%2e/Package.swift", "/static/0/..%2f..%2fPackage.swift",
                "/static/0//etc/passwd", "/static/0/%2fetc%2fpasswd", "/static/0/....//....//etc/passwd",
                "/static/0/main.js%00.html", "/static/0/.%2e/index.html", "/static/0/C:%5cwindows",
            ] {
                #expect(try await RawHTTP.request(port: port, path: path).status == 404, "\(path)")
            }
        }
    }

    @Test func theCSPNamesTheCDNSourcesTheClientLoadsFrom() async throws {
        try await withServer(app: Self.app) { port in
            let page = try await RawHTTP.request(port: port, path: "/")
            let assets = try #require(page.body.firstMatch(of: /src="(static\/[0-9a-f]+)\/main\.js"/)).1
            let integrity = try await RawHTTP.request(port: port, path: "/\(assets)/vendor-integrity.js")
            #expect(integrity.status == 200)
            let base = try #require(integrity.body.firstMatch(of: /PRISM_CDN_BASE = `([^`$]+)\$\{PRISM_VERSION\}\/`/))
            let version = try #require(integrity.body.firstMatch(of: /PRISM_VERSION = "([0-9.]+)"/))
            // The chart libraries' CDN files, each the `url` of an entry of CHART_CDN_SCRIPTS.
            let chartURLs = integrity.body.matches(of: /url: "(https:\/\/[^"]+)"/).map { String($0.1) }
            #expect(chartURLs.count == 5)
            let named = ["\(base.1)\(version.1)/"] + chartURLs
            #expect(Set(named) == Set(SecurityHeaders.cdnScripts))
            #expect(named.count == SecurityHeaders.cdnScripts.count)
            // KaTeX's stylesheet and the fetched files (icon font, emoji table), each the `href` of
            // an entry, and KaTeX's font folder.
            let hrefs = integrity.body.matches(of: /href:\s+"(https:\/\/[^"]+)"/).map { String($0.1) }
            #expect(Set(hrefs) == Set(SecurityHeaders.cdnStyles + SecurityHeaders.cdnFetches))
            #expect(hrefs.count == SecurityHeaders.cdnStyles.count + SecurityHeaders.cdnFetches.count)
            let fonts = try #require(integrity.body.firstMatch(of: /KATEX_CDN_FONTS = "([^"]+)"/))
            #expect([String(fonts.1)] == SecurityHeaders.cdnFonts)
            let policy = try #require(page.headers["content-security-policy"])
            #expect(policy.contains("style-src 'self' 'unsafe-inline' \(SecurityHeaders.cdnStyles.joined(separator: " "));"))
            #expect(policy.contains("font-src 'self' data: \(SecurityHeaders.cdnFonts.joined(separator: " "));"))
            #expect(policy.contains("connect-src 'self' \(SecurityHeaders.cdnFetches.joined(separator: " "));"))
            #expect(policy.contains("frame-src 'self';"))
        }
    }

    /// The document of sandboxed `st.html` frames keeps a policy of its own: an opaque origin that
    /// may run inline scripts, framed only by the app (and whoever may frame the app).
    @Test func theHTMLFramePageIsSandboxedByItsOwnPolicy() async throws {
        try await withServer({ $0.frameAncestors = "https://portal.example" }, app: Self.app) { port throws in
            let response = try await RawHTTP.request(port: port, path: "/_stcore/html-frame")
            #expect(response.status == 200)
            let policy = try #require(response.headers["content-security-policy"])
            #expect(policy.hasPrefix("sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline' https:;"))
            #expect(policy.hasSuffix("frame-ancestors 'self' https://portal.example"))
            #expect(!policy.contains("allow-same-origin"))
            #expect(response.headers["x-content-type-options"] == "nosniff")
            #expect(response.body.contains("swiftlit:html-frame-ready"))
            #expect(response.body.contains("event.source !== parent"))
        }
    }

    @Test func policyParsesOriginsAndHosts() {
        var configuration = SwiftlitConfiguration()
        configuration.corsAllowedOrigins = ["HTTPS://Portal.Example:443"]
        let policy = RequestOriginPolicy(configuration: configuration)
        #expect(policy.checkOrigin("https://portal.example", host: "127.0.0.1:8501") == nil)
        #expect(policy.checkOrigin("https://portal.example.evil", host: "127.0.0.1:8501") != nil)
        #expect(policy.checkOrigin("http://127.0.0.1:8501", host: "127.0.0.1:8501") == nil)
        #expect(policy.checkOrigin("http://127.0.0.1", host: "127.0.0.1:80") == nil)
        #expect(policy.checkOrigin("http://127.0.0.1:8501/path", host: "127.0.0.1:8501") != nil)
        #expect(policy.checkHost("localhost:8501") == nil)
        #expect(policy.checkHost("app.localhost:8501") == nil)
        #expect(policy.checkHost("127.0.0.1.evil.example") != nil)
        #expect(policy.checkHost("[::1]:8501") == nil)
        #expect(policy.checkHost("localhost:99999") != nil)
        configuration.address = "0.0.0.0"
        #expect(RequestOriginPolicy(configuration: configuration).checkHost("anything.example") == nil)
    }
}
