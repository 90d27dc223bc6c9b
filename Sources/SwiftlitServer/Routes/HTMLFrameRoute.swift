import Hummingbird

/// The document of `st.html(_:sandboxed:height:)` frames: an empty page that takes the app's HTML
/// from its parent by `postMessage` and writes it into itself (client/renderers/html.js).
///
/// A `srcdoc` frame would inherit the page's policy, whose `script-src` allows no inline script, so
/// the HTML's scripts would not run. This document has a policy of its own instead: `sandbox
/// allow-scripts` (an opaque origin even if someone opens it outside its iframe, so its code can
/// reach neither the app's page, nor its storage, nor its cookies; the server refuses its WebSocket,
/// whose Origin is `null`), inline scripts and styles, anything over https, and no plugins, forms
/// or navigation of the page. ``SecurityHeadersMiddleware`` keeps this policy instead of the page's.
struct HTMLFrameRoute: Sendable {
    static let path = "_stcore/html-frame"
    /// What the document posts to its parent when it can take the HTML; html.js waits for it.
    static let readyMessage = "swiftlit:html-frame-ready"

    static func contentSecurityPolicy(frameAncestors: String) -> String {
        [
            "sandbox allow-scripts",
            "default-src 'none'",
            "script-src 'unsafe-inline' https:",
            "style-src 'unsafe-inline' https:",
            "img-src data: blob: https:",
            "font-src data: https:",
            "media-src data: blob: https:",
            "connect-src https:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors \(frameAncestors)",
        ].joined(separator: "; ")
    }

    /// Takes the first string its parent posts, and only that: later messages find no listener.
    static let document = """
        <!doctype html>
        <html><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"></head><body><script>
        addEventListener("message", function receive(event) {
          if (event.source !== parent || typeof event.data !== "string") return;
          removeEventListener("message", receive);
          document.open();
          document.write(event.data);
          document.close();
        });
        parent.postMessage("\(readyMessage)", "*");
        </script></body></html>
        """

    /// Who may frame the frame: the app's page, and whoever may frame that page (frame-ancestors
    /// checks every ancestor, so an app embedded in a portal needs the portal here too).
    let frameAncestors: String

    init(pageFrameAncestors: String) {
        let sources = pageFrameAncestors.split(separator: " ").map(String.init).filter { $0 != "'none'" && $0 != "'self'" }
        frameAncestors = (["'self'"] + sources).joined(separator: " ")
    }

    func register(on group: RouterGroup<BasicRequestContext>) {
        let policy = Self.contentSecurityPolicy(frameAncestors: frameAncestors)
        group.get(RouterPath(Self.path)) { _, _ in
            Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8", .cacheControl: "no-cache", .xContentTypeOptions: "nosniff",
                    .contentSecurityPolicy: policy,
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Self.document)))
        }
    }
}
