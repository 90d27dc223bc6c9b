import Foundation
import Hummingbird
import SwiftlitProtocol
import SwiftlitRuntime

/// The page, the client's files and the health check.
struct HTTPRoutes: Sendable {
    let assets: StaticAssets
    let page: PageDocument
    /// Runs the app for each page request; `nil` with `server.prerender = false`.
    let prerender: PagePrerender?

    func register(on group: RouterGroup<BasicRequestContext>, router: Router<BasicRequestContext>) {
        router.get(RouterPath(page.root)) { request, _ in await servePage(request) }
        let assets = self.assets
        group.get("static/:version/**") { request, context in
            let path = context.parameters.getCatchAll().joined(separator: "/")
            let host = request.head.authority
            guard let (asset, gzip) = assets.served(path, host: host, acceptEncoding: request.headers[.acceptEncoding]) else {
                throw HTTPError(.notFound)
            }
            // Each form has its own tag, as caches compare them byte for byte.
            let tag = gzip == nil ? "\"\(assets.version)\"" : "\"\(assets.version)-gzip\""
            // A page from an older build asks for its own version: serve it, but do not cache it.
            let current = context.parameters.get("version") == assets.version
            let cache = current ? "public, max-age=31536000, immutable" : "no-cache"
            if !current, request.headers[.ifNoneMatch] == tag { return Response(status: .notModified) }
            var response = Self.response(gzip ?? asset.body, contentType: asset.contentType, cache: cache)
            response.headers[.eTag] = tag
            response.headers[.vary] = "Accept-Encoding"
            if gzip != nil { response.headers[.contentEncoding] = "gzip" }
            return response
        }
        for path in ["_stcore/health", "healthz"] {
            group.get(RouterPath(path)) { _, _ in
                Self.response(ByteBuffer(string: "ok"), contentType: "text/plain; charset=utf-8", cache: "no-cache")
            }
        }
        // Every other address below the root is a page of the app (`…/settings?tab=2`): the page
        // is served, and the session decides what it shows (a "Page not found" page included).
        // Addresses under the server's own prefixes keep their 404s.
        group.get("**") { request, context in
            let segments = context.parameters.getCatchAll()
            guard let first = segments.first, !PagePath.reserved.contains(first.lowercased()) else {
                throw HTTPError(.notFound)
            }
            return await servePage(request)
        }
    }

    /// The page, with the text of the app's first run for this address when it drew some in time.
    private func servePage(_ request: Request) async -> Response {
        var html = page.plain
        if let prerender, let location = location(of: request) {
            let headers = RequestHeaders(request.headers.map { .init(name: $0.name.canonicalName, value: $0.value) })
            let connection = ConnectionInfo(headers: headers, remoteAddress: nil, browser: BrowserInfo(), localStorage: [:])
            if let run = await prerender.run(location: location, connection: connection),
                let main = PrerenderHTML.mainArea(of: run.page)
            {
                html = page.prerendered(main, widgets: run.page.widgetValues, usedSessionState: run.usedSessionState)
            }
        }
        return Self.response(ByteBuffer(string: html), contentType: "text/html; charset=utf-8", cache: "no-cache")
    }

    /// The page and query string a tab at this address sends in its `hello` (`page-location.js`):
    /// the path below the app's root without its final "/", percent-decoded.
    private func location(of request: Request) -> PageLocation? {
        var path = Substring(request.uri.path)
        if path.hasPrefix(page.root) { path = path.dropFirst(page.root.count) } else { path = path.drop { $0 == "/" } }
        while path.hasSuffix("/") { path = path.dropLast() }
        guard let page = String(path).removingPercentEncoding, page.utf8.count <= ProtocolLimits.maxPagePathLength
        else { return nil }
        let query = request.uri.query ?? ""
        guard query.utf8.count <= ProtocolLimits.maxQueryLength else { return nil }
        return PageLocation(page: page, query: query)
    }

    private static func response(_ body: ByteBuffer, contentType: String, cache: String) -> Response {
        Response(
            status: .ok,
            headers: [
                .contentType: contentType, .cacheControl: cache, .xContentTypeOptions: "nosniff",
            ],
            body: ResponseBody(byteBuffer: body))
    }
}
