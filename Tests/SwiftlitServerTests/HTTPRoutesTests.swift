import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitRuntime
import Testing

@Suite struct HTTPRoutesTests {
    static let app: AppBody = { st in st.text("hi") }

    func get(_ url: String) async throws -> (Int, [String: String], String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return (http.statusCode, headers, String(decoding: data, as: UTF8.self))
    }

    @Test func healthAnswersOK() async throws {
        try await withServer(app: Self.app) { port in
            for path in ["_stcore/health", "healthz"] {
                let (status, _, body) = try await get("http://127.0.0.1:\(port)/\(path)")
                #expect(status == 200)
                #expect(body == "ok")
            }
        }
    }

    @Test func thePageLinksVersionedAssetsThatAreCachedForever() async throws {
        try await withServer(app: Self.app) { port in
            let (status, headers, page) = try await get("http://127.0.0.1:\(port)/")
            #expect(status == 200)
            #expect(headers["cache-control"] == "no-cache")
            #expect(!page.contains("__SWIFTLIT_ASSETS__"))
            #expect(page.contains(#"<base href="/">"#))
            let script = try #require(page.firstMatch(of: /src="(static\/[0-9a-f]+)\/main\.js"/))
            let (assetStatus, assetHeaders, body) = try await get("http://127.0.0.1:\(port)/\(script.1)/main.js")
            #expect(assetStatus == 200)
            #expect(assetHeaders["cache-control"] == "public, max-age=31536000, immutable")
            #expect(assetHeaders["content-type"] == "text/javascript; charset=utf-8")
            #expect(body.contains("import"))
            let (missing, _, _) = try await get("http://127.0.0.1:\(port)/\(script.1)/../../Package.swift")
            #expect(missing == 404)
            let (stale, staleHeaders, _) = try await get("http://127.0.0.1:\(port)/static/0000/main.js")
            #expect(stale == 200)
            #expect(staleHeaders["cache-control"] == "no-cache")
        }
    }

    @Test func aBaseURLPathPrefixesEveryRoute() async throws {
        try await withServer({ $0.baseUrlPath = "apps/demo" }, app: Self.app) { port in
            for path in ["apps/demo", "apps/demo/"] {
                let (status, _, page) = try await get("http://127.0.0.1:\(port)/\(path)")
                #expect(status == 200)
                #expect(page.contains(#"<base href="/apps/demo/">"#))
            }
            #expect(try await get("http://127.0.0.1:\(port)/apps/demo/_stcore/health").0 == 200)
            #expect(try await get("http://127.0.0.1:\(port)/_stcore/health").0 == 404)
            try await converse(port: port, path: "apps/demo/_stcore/stream") { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                #expect(renderedTexts(try await conversation.receiveRun()) == ["hi"])
            }
        }
    }
}
