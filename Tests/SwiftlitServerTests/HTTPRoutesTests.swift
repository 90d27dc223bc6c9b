import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitRuntime
@testable import SwiftlitServer
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
            // A climb out of the assets, sent as it is (URLSession would resolve the dots first).
            let climb = try await RawHTTP.request(port: port, path: "/\(script.1)/../../Package.swift")
            #expect(climb.status == 404)
            // Resolved, it is a page path: the page is served, never the file.
            let (_, _, resolved) = try await get("http://127.0.0.1:\(port)/\(script.1)/../../Package.swift")
            #expect(!resolved.contains("PackageDescription"))
            let (stale, staleHeaders, _) = try await get("http://127.0.0.1:\(port)/static/0000/main.js")
            #expect(stale == 200)
            #expect(staleHeaders["cache-control"] == "no-cache")
        }
    }

    @Test func theStylesheetArrivesWithItsPartsInlined() async throws {
        try await withServer(app: Self.app) { port in
            let (_, _, page) = try await get("http://127.0.0.1:\(port)/")
            let sheet = try #require(page.firstMatch(of: /href="(static\/[0-9a-f]+\/styles\/app\.css)"/))
            let (status, headers, css) = try await get("http://127.0.0.1:\(port)/\(sheet.1)")
            #expect(status == 200)
            #expect(headers["content-type"] == "text/css; charset=utf-8")
            #expect(!css.contains("@import"))
            // The theme's custom properties come first, then every part, each once.
            let theme = try #require(css.range(of: "/* theme.css */"))
            let widgets = try #require(css.range(of: "/* widgets.css */"))
            #expect(theme.lowerBound < widgets.lowerBound)
            #expect(css.contains("--st-primary"))
            #expect(css.components(separatedBy: "/* media.css */").count == 2)
            // A part is still served on its own.
            let (partStatus, _, part) = try await get("http://127.0.0.1:\(port)/\(sheet.1.dropLast("app.css".count))theme.css")
            #expect(partStatus == 200 && part.contains("--st-primary"))
        }
    }

    @Test func importsOfUnknownOrNestedPartsAreKept() {
        let css = "@import url(\"./a.css\");\n@import url(\"./b.css\");\n@import url(\"../c.css\");\nbody {}"
        let inlined = StylesheetImports.inline(css) { $0 == "a.css" ? ".a {}" : nil }
        #expect(inlined == "/* a.css */\n.a {}\n@import url(\"./b.css\");\n@import url(\"../c.css\");\nbody {}")
    }

    @Test func thePageListsTheModulesMainImportsForPreloading() async throws {
        try await withServer(app: Self.app) { port in
            let (_, _, page) = try await get("http://127.0.0.1:\(port)/")
            let preloads = page.matches(of: /<link rel="modulepreload" href="(static\/[0-9a-f]+\/[^"]+)">/).map { String($0.1) }
            // Direct and indirect static imports of main.js, each once, served from the same folder.
            for module in ["widget-values.js", "protocol-schema.js", "page-location.js"] {
                #expect(preloads.filter { $0.hasSuffix("/" + module) }.count == 1, "\(module)")
            }
            #expect(!preloads.contains { $0.hasSuffix("/main.js") })
            // A module loaded only with import() stays lazy.
            #expect(!preloads.contains { $0.hasSuffix("/dev-overlay.js") })
            let preloadsEnd = try #require(page.range(of: "modulepreload", options: .backwards))
            let script = try #require(page.range(of: "<script type=\"module\""))
            #expect(preloadsEnd.upperBound < script.lowerBound)
            for path in preloads.prefix(3) { #expect(try await get("http://127.0.0.1:\(port)/\(path)").0 == 200) }
        }
    }

    @Test func staticImportsAreFoundAndResolvedAgainstTheirFolder() {
        let sources = [
            "main.js": "import { a } from \"./a.js\";\nimport {\n  b,\n} from \"./renderers/b.js\";\nimport(\"./lazy.js\");",
            "a.js": "export { c } from \"./c.js\";\nimport \"./missing.js\";",
            "renderers/b.js": "import { a } from \"../a.js\";\nimport { x } from \"../../outside.js\";",
            "c.js": "", "lazy.js": "",
        ]
        #expect(ModulePreloads.modules(importedBy: "main.js") { sources[$0] } == ["a.js", "renderers/b.js", "c.js"])
        #expect(ModulePreloads.resolve("../../outside.js", from: "renderers/b.js") == nil)
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
