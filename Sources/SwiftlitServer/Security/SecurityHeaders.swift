import HTTPTypes
import Hummingbird
import Logging
import SwiftlitRuntime

/// The headers every response carries, so that the page runs only the app's own code.
struct SecurityHeaders: Sendable {
    /// The only places third-party scripts may come from besides the app: the pinned CDN copies the
    /// client falls back to when the vendored ones (scripts/fetch-vendor.sh) are missing. Prism's
    /// folder (its core and the languages it loads) and, as exact files, the chart libraries. Every
    /// script from them carries Subresource Integrity (client/vendor-integrity.js, which a test
    /// checks names these same sources).
    static let cdnScripts = [
        "https://cdnjs.cloudflare.com/ajax/libs/prism/1.29.0/",
        "https://cdn.jsdelivr.net/npm/vega@6.1.2/build/vega.min.js",
        "https://cdn.jsdelivr.net/npm/vega-lite@6.3.0/build/vega-lite.min.js",
        "https://cdn.jsdelivr.net/npm/vega-embed@7.0.2/build/vega-embed.min.js",
        "https://cdn.jsdelivr.net/npm/plotly.js-dist-min@4.1.1/plotly.min.js",
        "https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/katex.min.js",
    ]
    /// KaTeX's stylesheet, loaded from the CDN with integrity when vendor/katex/ is missing.
    static let cdnStyles = ["https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/katex.min.css"]
    /// The folder of KaTeX's fonts, which its CDN stylesheet loads (CSS cannot give a font SRI; a
    /// font cannot run code).
    static let cdnFonts = ["https://cdn.jsdelivr.net/npm/katex@0.16.40/dist/fonts/"]
    /// Files the client reads with `fetch(…, {integrity})` when vendor/ lacks them: the icon font
    /// and the emoji table (client/vendor-fetch.js).
    static let cdnFetches = [
        "https://cdn.jsdelivr.net/gh/streamlit/streamlit@1.67.0/frontend/app/src/assets/fonts/MaterialSymbols/MaterialSymbols-Rounded.woff2",
        "https://cdn.jsdelivr.net/gh/carpedm20/emoji@v2.16.0/emoji/unicode_codes/emoji.json",
    ]

    let contentSecurityPolicy: String
    private let fields: HTTPFields

    /// - Parameter inlineScripts: The page's own inline scripts, as CSP sources (`'sha256-…'`).
    init(frameAncestors: String, inlineScripts: [String] = []) {
        // Inline styles stay allowed: Markdown with `unsafeAllowHTML` carries `style=` attributes,
        // and styles cannot run code. Scripts, frames, plugins and form targets are the app's own.
        contentSecurityPolicy = [
            "default-src 'self'",
            // No 'unsafe-eval': Vega runs expressions in its interpreter (vega-chart.js).
            "script-src 'self' \((inlineScripts + Self.cdnScripts).joined(separator: " "))",
            "style-src 'self' 'unsafe-inline' \(Self.cdnStyles.joined(separator: " "))",
            // Image columns of tables show pictures from anywhere on the web, as in Streamlit; an
            // image cannot run code.
            "img-src 'self' data: blob: https:",
            // Audio and video: the app's own (`_stcore/media`), a web address it names (as images),
            // or an audio input's recording, played back from a blob: URL.
            "media-src 'self' blob: https:",
            "font-src 'self' data: \(Self.cdnFonts.joined(separator: " "))",
            "connect-src 'self' \(Self.cdnFetches.joined(separator: " "))",
            // Frames of the app's own origin only: PDFs (`st.pdf`) in the browser's viewer, and
            // `st.html(sandboxed: true)`, which loads the server's html-frame page (HTMLFrameRoute).
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors \(frameAncestors)",
        ].joined(separator: "; ")
        var fields = HTTPFields()
        fields[.contentSecurityPolicy] = contentSecurityPolicy
        fields[.xContentTypeOptions] = "nosniff"
        // swift-http-types does not name it; the name is a valid token. (No Cross-Origin-Opener-Policy:
        // it cost every page load ~30 ms in Chromium, and new-tab links carry rel="noopener".)
        if let referrerPolicy = HTTPField.Name("Referrer-Policy") { fields[referrerPolicy] = "no-referrer" }
        self.fields = fields
    }

    /// Sets the headers; a policy the route chose (a media file's, the html-frame page's) is kept.
    func apply(to headers: inout HTTPFields) {
        for field in fields where !(field.name == .contentSecurityPolicy && headers[field.name] != nil) {
            headers[field.name] = field.value
        }
    }
}

/// Adds ``SecurityHeaders`` to every response, error responses included.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let headers: SecurityHeaders

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        headers.apply(to: &response.headers)
        return response
    }
}

/// Refuses requests whose `Host` is not one of the server's names (DNS rebinding), with 403 and
/// one log line.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    let policy: RequestOriginPolicy
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        if let refusal = policy.checkHost(request.head.authority) {
            logger.warning("refused \(request.method) \(ClientText.forLog(request.uri.path)): \(ClientText.forLog(refusal.reason, limit: 300))")
            throw HTTPError(.forbidden, message: refusal.reason)
        }
        return try await next(request, context)
    }
}
