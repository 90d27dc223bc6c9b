import Crypto
import Foundation
import SwiftlitProtocol
import SwiftlitRuntime

/// The page every address of the app serves: `index.html` with its `<base>`, and, when the page
/// request's run drew text in time (`PagePrerender`), that text in the main area and, in the head,
/// what it was drawn with and the inline script (`client/prerender-boot.js`) that decides whether
/// this tab may show it.
struct PageDocument: Sendable {
    /// Where `index.html` takes the page request's drawing (in the main area), and what it was drawn
    /// with and the script that decides on it (in the head, before the stylesheet).
    static let marker = "<!--st-prerender-->"
    static let factsMarker = "<!--st-prerender-facts-->"
    /// The client file the server inlines in the head.
    static let bootScriptFile = "prerender-boot.js"

    /// The page up to the facts' marker, from there to the drawing's marker, and after it.
    private let head: String
    private let middle: String
    private let tail: String
    /// The `<script>` element, as inlined.
    private let bootScript: String
    /// The inline script's hash, as the page's Content Security Policy names it: without it, the
    /// CSP (no `'unsafe-inline'`) would block the script.
    let bootScriptSource: String
    /// The app's root path, `/` or `/<server.baseUrlPath>/`: the page's `<base>`.
    let root: String

    init(assets: StaticAssets, basePath: String) {
        root = basePath.isEmpty ? "/" : "/\(basePath)/"
        // `<base>` makes the page's relative URLs resolve under the root, with or without a final "/".
        let page = assets.indexHTML.replacingOccurrences(of: "<head>", with: "<head>\n<base href=\"\(root)\">")
        let (head, rest) = Self.split(page, at: Self.factsMarker)
        (middle, tail) = Self.split(rest, at: Self.marker)
        self.head = head
        // Served without its comment lines (StaticAssets), and here without its blank ones too.
        let source = assets.asset(Self.bootScriptFile)?.text ?? ""
        let code = source.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
        bootScript = "<script>\(code)</script>"
        let digest = SHA256.hash(data: Data(code.utf8))
        bootScriptSource = "'sha256-\(Data(digest).base64EncodedString())'"
    }

    /// The page without the run: the client draws everything once its socket is open.
    var plain: String { head + middle + tail }

    /// The text before and after `marker`, without it (`index.html` holds each marker once).
    private static func split(_ text: String, at marker: String) -> (String, String) {
        guard let range = text.range(of: marker) else { return (text, "") }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }

    /// The page with the main area's elements drawn in `html`, and the widget values the run drew
    /// with, which the inline script compares with what a returning tab saved.
    func prerendered(_ html: String, widgets: [WidgetID: WidgetValue], usedSessionState: Bool) -> String {
        var values = "{}"
        // A tab that comes back to its own session may see this page only if the app's page
        // depends on nothing but the widget values (and the address, which is the same).
        var reusable = !usedSessionState
        do {
            values = String(decoding: try MessageCoding.makeEncoder().encode(widgets), as: UTF8.self)
        } catch {
            reusable = false  // a value JSON cannot hold: no returning tab can match it
        }
        let facts =
            #"<meta name="st-prerender" data-widgets="\#(PrerenderHTML.escaped(values))" data-reusable="\#(reusable)">"#
        let drawing = #"<div class="st-prerendered" data-st-prerendered>\#(html)</div>"#
        return head + facts + bootScript + middle + drawing + tail
    }
}
