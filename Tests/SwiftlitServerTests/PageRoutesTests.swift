import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitProtocol
import SwiftlitRuntime
import Testing

/// Pages and URLs through a real server: every address below the root serves the page, the
/// server's own routes keep their 404s, and a tab's location reaches the session.
@Suite struct PageRoutesTests {
    static let app: AppBody = { st in
        let home = Page("Home") { st in st.text("home") }
        let settings = Page("Settings") { st in st.text("settings, tab \(st.queryParams["tab"] ?? "-")") }
        try await st.navigation([home, settings]).run(st)
    }

    func get(_ url: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return (try #require(response as? HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
    }

    @Test func everyAddressBelowTheRootServesThePage() async throws {
        try await withServer({ $0.baseUrlPath = "apps/demo" }, app: Self.app) { port in
            let root = "http://127.0.0.1:\(port)/apps/demo"
            for path in ["/settings", "/settings?tab=2", "/settings/", "/no-such-page", "/a/b/c", "/%C3%BCber"] {
                let (status, body) = try await get(root + path)
                #expect(status == 200, "\(path)")
                #expect(body.contains(#"<base href="/apps/demo/">"#), "\(path)")
            }
            // The server's own addresses keep their 404s; the page is not served there.
            for path in ["/_stcore/nothing", "/_stcore/media/nothing.png", "/static/nothing", "/static", "/healthz/x", "/media/x"] {
                let (status, body) = try await get(root + path)
                #expect(status == 404, "\(path)")
                #expect(!body.contains("<base href"), "\(path)")
            }
            #expect(try await get(root + "/healthz").status == 200)
            #expect(try await get(root + "/_stcore/health").status == 200)
            // Outside the base path there is nothing.
            #expect(try await get("http://127.0.0.1:\(port)/settings").status == 404)
        }
    }

    @Test func helloAndRerunCarryTheTabsLocation() async throws {
        try await withServer(app: Self.app) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(
                    #"{"type":"hello","protocol":2,"widgets":{},"location":{"page":"settings","query":"tab=2"}}"#)
                _ = try await conversation.receive()
                #expect(renderedTexts(try await conversation.receiveRun()) == ["settings, tab 2"])
                try await conversation.send(#"{"type":"rerun","widgets":{},"location":{"page":"","query":""}}"#)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["home"])
            }
        }
    }

    @Test func aLocationTooLongIsRefusedAndTheSessionGoesOn() async throws {
        try await withServer(app: Self.app) { port in
            try await converse(port: port) { conversation in
                _ = try await conversation.open()
                let query = String(repeating: "a", count: ProtocolLimits.maxQueryLength + 1)
                try await conversation.send(#"{"type":"rerun","widgets":{},"location":{"page":"","query":"\#(query)"}}"#)
                let error = try await conversation.receiveError()
                #expect(error.code == .malformedMessage)
                #expect(error.message.contains("longer than"))
                try await conversation.send(#"{"type":"rerun","widgets":{},"location":{"page":"settings","query":""}}"#)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["settings, tab -"])
            }
        }
    }
}
