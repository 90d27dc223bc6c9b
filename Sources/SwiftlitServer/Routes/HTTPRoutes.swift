import Foundation
import Hummingbird
import SwiftlitRuntime

/// The page, the client's files and the health check.
struct HTTPRoutes: Sendable {
    let assets: StaticAssets
    let basePath: String

    func register(on group: RouterGroup<BasicRequestContext>, router: Router<BasicRequestContext>) {
        // `<base>` makes the page's relative URLs resolve under the prefix, with or without a final "/".
        let prefix = basePath.isEmpty ? "/" : "/\(basePath)/"
        let page = assets.indexHTML.replacingOccurrences(of: "<head>", with: "<head>\n<base href=\"\(prefix)\">")
        router.get(RouterPath(prefix)) { _, _ in
            Self.response(Array(page.utf8), contentType: "text/html; charset=utf-8", cache: "no-cache")
        }
        let assets = self.assets
        group.get("static/:version/**") { request, context in
            let path = context.parameters.getCatchAll().joined(separator: "/")
            guard let asset = assets.asset(path) else { throw HTTPError(.notFound) }
            // A page from an older build asks for its own version: serve it, but do not cache it.
            let current = context.parameters.get("version") == assets.version
            let cache = current ? "public, max-age=31536000, immutable" : "no-cache"
            if !current, request.headers[.ifNoneMatch] == "\"\(assets.version)\"" { return Response(status: .notModified) }
            var response = Self.response(asset.body, contentType: asset.contentType, cache: cache)
            response.headers[.eTag] = "\"\(assets.version)\""
            return response
        }
        for path in ["_stcore/health", "healthz"] {
            group.get(RouterPath(path)) { _, _ in
                Self.response(Array("ok".utf8), contentType: "text/plain; charset=utf-8", cache: "no-cache")
            }
        }
        // Every other address below the root is a page of the app (`…/settings?tab=2`): the page
        // is served, and the session decides what it shows (a "Page not found" page included).
        // Addresses under the server's own prefixes keep their 404s.
        group.get("**") { _, context in
            let segments = context.parameters.getCatchAll()
            guard let first = segments.first, !PagePath.reserved.contains(first.lowercased()) else {
                throw HTTPError(.notFound)
            }
            return Self.response(Array(page.utf8), contentType: "text/html; charset=utf-8", cache: "no-cache")
        }
    }

    private static func response(_ body: [UInt8], contentType: String, cache: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: contentType, .cacheControl: cache, .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
