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

    @Test func thePageLoadsTheClientAsOneScriptAndEveryModuleStaysReachable() async throws {
        try await withServer(app: Self.app) { port in
            let (_, _, page) = try await get("http://127.0.0.1:\(port)/")
            #expect(!page.contains("modulepreload"))
            let entry = try #require(page.firstMatch(of: /<script type="module" src="(static\/[0-9a-f]+\/)main\.js"><\/script>/))
            let folder = "http://127.0.0.1:\(port)/\(entry.1)"
            let (status, headers, script) = try await get(folder + "main.js")
            #expect(status == 200 && headers["content-type"] == "text/javascript; charset=utf-8")
            // Direct and indirect static imports of main.js, each once, before main's own code.
            for module in ["widget-values.js", "protocol-schema.js", "page-location.js", "renderers/slider.js"] {
                #expect(script.components(separatedBy: "__swiftlitModules[\"\(module)\"] = ").count == 2, "\(module)")
            }
            #expect(script.firstMatch(of: /(?m)^(import|export)[\s{]/) == nil)
            // A module loaded only with import() stays a module of its own, and a bundled one is a
            // facade onto the bundle's instance.
            #expect(!script.contains("__swiftlitModules[\"dev-overlay.js\"] = "))
            let (_, _, lazy) = try await get(folder + "dev-overlay.js")
            #expect(lazy.contains("import { CLASS, DATA, TEST_ID } from \"./dom-names.js\";"))
            let (_, _, facade) = try await get(folder + "dom-names.js")
            #expect(facade.contains("export const { ") && facade.contains("CLASS") && facade.contains("__swiftlitModules[\"dom-names.js\"]"))
        }
    }

    @Test func theShippedClientBundles() throws {
        let assets = try StaticAssets()
        #expect(assets.bundleProblem == nil, "\(String(describing: assets.bundleProblem))")
    }

    @Test func aBundleRunsModulesInImportOrderAndRewritesWhatDependsOnTheirPlace() throws {
        let sources = [
            "main.js": "import { a } from \"./a.js\";\nimport {\n  b,\n  c as see,\n} from \"./renderers/b.js\";\nimport(\"./lazy.js\");\nconsole.log(a, b, see);",
            "a.js": "export { c } from \"./c.js\";\nexport const a = 1;\nexport async function later() {}",
            "renderers/b.js": "import { a } from \"../a.js\";\nimport \"../c.js\";\nconst b = a + 1;\nexport class C {}\nexport { b, C as c };\nconst url = new URL(\"../w.js\", import.meta.url);\nimport(\"../lazy.js\");",
            "c.js": "export function* c() {}",
        ]
        let bundle = try ModuleBundle(entry: "main.js") { sources[$0] }
        var order: [String.Index] = []
        for module in ["c.js", "a.js", "renderers/b.js"] {
            order.append(try #require(bundle.script.range(of: "__swiftlitModules[\"\(module)\"] = ")).lowerBound)
        }
        #expect(order == order.sorted())
        #expect(try #require(bundle.script.range(of: "// main.js")).lowerBound > order[2])
        #expect(bundle.script.contains("const { b, c: see } = __swiftlitModules[\"renderers/b.js\"];"))
        #expect(bundle.script.contains("return { c, a, later };"))
        #expect(bundle.script.contains("return { C, b, c: C };"))
        #expect(bundle.script.contains("new URL(\"../w.js\", new URL(\"./renderers/b.js\", import.meta.url).href)"))
        #expect(bundle.script.contains("import(\"./lazy.js\");\nreturn"))
        #expect(bundle.facades["renderers/b.js"]?.contains("export const { C, b, c } = globalThis.__swiftlitModules[\"renderers/b.js\"];") == true)
        #expect(bundle.facades["main.js"] == nil)
        #expect(bundle.facades.keys.sorted() == ["a.js", "c.js", "renderers/b.js"])
    }

    @Test func aModuleTheBundleDoesNotUnderstandIsNamed() {
        let cases: [([String: String], String)] = [
            (["main.js": "import { a } from \"./a.js\";", "a.js": "export default 1;"], "a.js has a statement"),
            (["main.js": "import { a } from \"./a.js\";", "a.js": "import { m } from \"./main.js\";"], "import cycle: main.js → a.js → main.js"),
            (["main.js": "import { a } from \"./gone.js\";"], "gone.js is imported but not in the client folder"),
            (["main.js": "import { a } from \"../../out.js\";"], "outside the client folder"),
        ]
        for (sources, problem) in cases {
            #expect(throws: ModuleBundleError.self) { try ModuleBundle(entry: "main.js") { sources[$0] } }
            do {
                _ = try ModuleBundle(entry: "main.js") { sources[$0] }
            } catch {
                #expect(error.description.contains(problem), "\(error)")
            }
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
