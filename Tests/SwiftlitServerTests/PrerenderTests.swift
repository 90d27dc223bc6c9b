import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitProtocol
import SwiftlitRuntime
import Testing

@testable import SwiftlitServer

/// The page request's run (`server.prerender`): what a real server sends with the page, and what
/// it refuses to write into it.
@Suite struct PrerenderTests {
    static let hello: AppBody = { st in
        st.title("Hello")
        let n = st.slider("n", in: 0...100, value: 10)
        st.write("n squared is \(n * n)")
    }

    func page(_ url: String) async throws -> (body: String, csp: String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        let http = try #require(response as? HTTPURLResponse)
        #expect(http.statusCode == 200)
        return (String(decoding: data, as: UTF8.self), http.value(forHTTPHeaderField: "Content-Security-Policy") ?? "")
    }

    /// What the page says of the drawing (its `<meta>`, in the head) and the drawing (in the main area).
    func drawn(_ body: String) -> String? {
        guard let facts = body.range(of: #"<meta name="st-prerender""#),
            let factsEnd = body.range(of: ">", range: facts.upperBound..<body.endIndex),
            let start = body.range(of: #"<div class="st-prerendered" data-st-prerendered>"#),
            let end = body.range(of: "</main>", range: start.upperBound..<body.endIndex)
        else { return nil }
        return String(body[facts.lowerBound..<factsEnd.upperBound]) + String(body[start.lowerBound..<end.lowerBound])
    }

    @Test func thePageArrivesWithTheTextOfTheFirstRunAndNoSessionIsKept() async throws {
        try await withServer(app: Self.hello) { port, registry in
            let (body, csp) = try await page("http://127.0.0.1:\(port)/")
            let template = try #require(drawn(body))
            #expect(template.contains(#"<span class="st-heading__text">Hello</span>"#))
            #expect(template.contains("n squared is 100"))
            // The slider is the client's: its place is kept, and its value told for returning tabs.
            #expect(template.contains(#"<div class="st-element st-prerender-placeholder" aria-hidden="true"></div>"#))
            #expect(template.contains(#"data-widgets="{&quot;slider:n&quot;:10}""#))
            #expect(template.contains(#"data-reusable="true""#))
            // The inline script that shows it, allowed by its hash and by nothing broader.
            let script = try #require(body.range(of: "<script>")).upperBound
            let scriptEnd = try #require(body.range(of: "</script>", range: script..<body.endIndex)).lowerBound
            #expect(body[script..<scriptEnd].contains("st-prerender"))
            // Both before the stylesheet, which an inline script would otherwise wait for.
            let stylesheet = try #require(body.range(of: #"<link rel="stylesheet""#)).lowerBound
            #expect(try #require(body.range(of: #"<meta name="st-prerender""#)).lowerBound < stylesheet)
            #expect(script < stylesheet)
            let scripts = try #require(csp.split(separator: ";").first { $0.contains("script-src") })
            #expect(scripts.contains("script-src 'self' 'sha256-"))
            #expect(!scripts.contains("unsafe-inline"))
            #expect(await registry.count == 0, "the page request's run is not a session anyone resumes")
        }
    }

    @Test func theRunSeesTheAddressAndItsQuery() async throws {
        try await withServer({ $0.baseUrlPath = "apps/demo" }, app: PageRoutesTests.app) { port in
            let body = try await page("http://127.0.0.1:\(port)/apps/demo/settings/?tab=2").body
            #expect(try #require(drawn(body)).contains("settings, tab 2"))
            let home = try await page("http://127.0.0.1:\(port)/apps/demo/").body
            #expect(try #require(drawn(home)).contains(">home<"))
        }
    }

    @Test func withoutPrerenderOrWithoutTextThePageIsTheShell() async throws {
        try await withServer({ $0.prerender = false }, app: Self.hello) { port in
            let body = try await page("http://127.0.0.1:\(port)/").body
            #expect(drawn(body) == nil)
            #expect(!body.contains("<script>"))
            #expect(body.contains(#"<main id="st-main""#))
        }
        try await withServer(app: { st in _ = st.button("Go") }) { port in
            let body = try await page("http://127.0.0.1:\(port)/").body
            #expect(drawn(body) == nil, "nothing but a control: nothing to draw early")
        }
    }

    @Test func aSlowAppGetsThePlainPageAndItsRunIsStopped() async throws {
        let reachedTheEnd = Counter()
        let app: AppBody = { st in
            st.text("before the wait")
            try await Task.sleep(for: .seconds(2))
            st.text("after the wait")
            _ = reachedTheEnd.increment()
        }
        try await withServer(app: app) { port in
            let started = ContinuousClock.now
            let body = try await page("http://127.0.0.1:\(port)/").body
            #expect(drawn(body) == nil)
            #expect(ContinuousClock.now - started < .seconds(1), "the page does not wait for a slow run")
            try await Task.sleep(for: .seconds(2.5))
            #expect(reachedTheEnd.value == 0, "the run was stopped at its await")
        }
    }

    @Test func anAppThatUsesTheSessionIsNotShownToReturningTabs() async throws {
        let app: AppBody = { st in
            let visits = st.session["visits", default: 0] + 1
            st.session["visits"] = visits
            st.text("visit \(visits)")
        }
        try await withServer(app: app) { port in
            let template = try #require(drawn(try await page("http://127.0.0.1:\(port)/").body))
            #expect(template.contains("visit 1"))
            #expect(template.contains(#"data-reusable="false""#))
        }
    }

    @Test func textIsEscapedAndHTMLOutsideMarkdownsOwnIsLeftToTheClient() async throws {
        let app: AppBody = { st in
            st.text("<script>alert(1)</script> & \"quotes\"")
            st.markdown("<img src=x onerror=alert(1)>", unsafeAllowHTML: true)
            st.markdown("**bold** and [a link](https://example.com)")
        }
        try await withServer(app: app) { port in
            let template = try #require(drawn(try await page("http://127.0.0.1:\(port)/").body))
            #expect(template.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
            #expect(!template.contains("onerror"))
            #expect(template.contains("<strong>bold</strong>"))
            #expect(template.contains(#"<a href="https://example.com">a link</a>"#))
        }
    }
}

/// What `PlainServerHTML` lets into the page as it is.
@Suite struct PlainServerHTMLTests {
    @Test func markdownsOwnHTMLPasses() {
        for html in [
            "<p>plain &amp; simple</p>\n",
            #"<p><strong>a</strong> <em>b</em> <code>c</code> <a href="https://x.test/?q=1#top" title="t">d</a></p>"#,
            #"<ul>\n<li><input type="checkbox" checked="" disabled="" /> done</li>\n</ul>"#,
            #"<table>\n<thead>\n<tr>\n<th align="left">a</th>\n</tr>\n</thead>\n</table>"#,
            ##"<p><img src="pic.png" alt="a picture" /><br />\n<a href="#section">in page</a> <a href="mailto:a@x.test">mail</a></p>"##,
            ##"<p><sup class="footnote-ref"><a href="#fn-1" data-footnote-ref>1</a></sup></p>"##,
            #"<span class="st-icon">home</span><span class="st-color st-color--red">red</span>"#,
        ] {
            #expect(PlainServerHTML.isPlain(html), "\(html)")
        }
    }

    @Test func anythingElseIsRefused() {
        for html in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            #"<img src="x" onerror="alert(1)">"#,
            #"<a href="javascript:alert(1)">x</a>"#,
            #"<a href=" javascript:alert(1)">x</a>"#,
            #"<a href="java&#115;cript:alert(1)">x</a>"#,
            #"<a href="JAVASCRIPT:alert(1)">x</a>"#,
            #"<a href="data:text/html,x">x</a>"#,
            #"<meta http-equiv="refresh" content="0;url=https://evil.test">"#,
            #"<iframe src="https://evil.test"></iframe>"#,
            #"<form action="https://evil.test"><button>go</button></form>"#,
            #"<p style="background:url(x)">styled</p>"#,
            #"<input type="text" value="x">"#,
            "<!-- a comment -->",
            "<P>upper case</P>",
            #"<a href='single'>x</a>"#,
            #"<a href="unterminated>x</a>"#,
            "<p",
            // An id could take the place of one of the page's own elements (DOM clobbering).
            #"<span id="st-event">x</span>"#,
            ##"<a href="#fn-1" id="fnref-1">1</a>"##,
        ] {
            #expect(!PlainServerHTML.isPlain(html), "\(html)")
        }
    }

    @Test func headingsCarryTheirAnchorEscaped() throws {
        let heading = Element.heading(HeadingElement(level: 2, html: "Results", anchor: #"a"b"#, help: nil))
        let html = try #require(PrerenderHTML.textElement(heading))
        #expect(html.contains(#"<h2 id="a&quot;b">"#))
        #expect(html.contains(##"href="#a&quot;b">#</a>"##))
        let raw = Element.heading(HeadingElement(level: 1, html: "<script>x</script>", anchor: nil, help: nil))
        #expect(PrerenderHTML.textElement(raw) == nil)
    }
}
