import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Logging
import SwiftlitRuntime

/// The headers every response carries, so that the page runs only the app's own code.
struct SecurityHeaders: Sendable {
    /// The one place third-party scripts may come from besides the app: the pinned CDN folder the
    /// client falls back to when the vendored copy (scripts/fetch-vendor.sh) is missing. Every
    /// script from it carries Subresource Integrity (client/vendor-integrity.js, which a test
    /// checks names this same folder).
    static let cdnScripts = "https://cdnjs.cloudflare.com/ajax/libs/prism/1.29.0/"

    let contentSecurityPolicy: String
    private let fields: HTTPFields

    init(frameAncestors: String) {
        // Inline styles stay allowed: Markdown with `unsafeAllowHTML` carries `style=` attributes,
        // and styles cannot run code. Scripts, frames, plugins and form targets are the app's own.
        contentSecurityPolicy = [
            "default-src 'self'",
            "script-src 'self' \(Self.cdnScripts)",
            "style-src 'self' 'unsafe-inline'",
            // Image columns of tables show pictures from anywhere on the web, as in Streamlit; an
            // image cannot run code.
            "img-src 'self' data: blob: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
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

    func apply(to headers: inout HTTPFields) {
        for field in fields { headers[field.name] = field.value }
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
