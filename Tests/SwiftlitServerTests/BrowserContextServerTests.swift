import Foundation
import HTTPTypes
import HummingbirdWSClient
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization
import Testing

/// `st.context`, `st.cookies` and `st.localStorage` over a real socket: what the upgrade request
/// and `hello` carry reaches the app, and its writes come back as `storage` messages.
@Suite struct BrowserContextServerTests {
    /// Shows what the app sees, one text per fact.
    static let reporter: AppBody = { st in
        let context = st.context
        st.text("agent: \(context.headers["user-agent"] ?? "-")")
        st.text("tags: \(context.headers.values(for: "X-Tag").joined(separator: ","))")
        st.text("cookie: \(context.cookies["flavour"] ?? "-")")
        st.text("ip: \(context.ipAddress ?? "-")")
        st.text("locale: \(context.locale ?? "-")")
        st.text("url: \(context.url ?? "-")")
        st.text("stored: \(st.localStorage["visits"] ?? "-")")
    }

    static var browserHeaders: HTTPFields {
        var fields = HTTPFields()
        fields[.userAgent] = "SwiftlitTest/1.0"
        fields[.cookie] = "flavour=dark%20chocolate; other=1"
        fields.append(HTTPField(name: HTTPField.Name("X-Tag")!, value: "one"))
        fields.append(HTTPField(name: HTTPField.Name("X-Tag")!, value: "two"))
        return fields
    }

    static let browserHello = #"""
        {"type":"hello","protocol":2,"widgets":{},"location":{"page":"","query":"year=2026"},\#
        "browser":{"locale":"de-DE","timeZone":"Europe/Berlin","timeZoneOffset":-60,"theme":"dark",\#
        "rootURL":"http://example.test/app/","isEmbedded":false},"localStorage":{"visits":"4"}}
        """#

    @Test func theUpgradeRequestAndHelloReachStContext() async throws {
        try await withServer(app: Self.reporter) { port in
            try await converse(port: port, headers: Self.browserHeaders) { conversation in
                try await conversation.send(Self.browserHello)
                _ = try await conversation.receive()
                #expect(
                    renderedTexts(try await conversation.receiveRun()) == [
                        "agent: SwiftlitTest/1.0", "tags: one,two", "cookie: dark chocolate", "ip: 127.0.0.1",
                        "locale: de-DE", "url: http://example.test/app/?year=2026", "stored: 4",
                    ])
            }
        }
    }

    @Test func aReconnectBringsFreshFacts() async throws {
        let app: AppBody = { st in st.text("round \(st.context.headers["X-Round"] ?? "-") \(st.context.locale ?? "-")") }
        try await withServer(app: app) { port in
            let id = Mutex("")
            var first = HTTPFields()
            first[HTTPField.Name("X-Round")!] = "1"
            try await converse(port: port, headers: first) { conversation in
                let opened = try await conversation.openSession(
                    #"{"type":"hello","protocol":2,"widgets":{},"browser":{"locale":"en"}}"#)
                id.withLock { $0 = opened.info.sessionId }
                #expect(renderedTexts(opened.run) == ["round 1 en"])
            }
            try await Task.sleep(for: .milliseconds(100))
            var second = HTTPFields()
            second[HTTPField.Name("X-Round")!] = "2"
            let sessionID = id.withLock { $0 }
            try await converse(port: port, headers: second) { conversation in
                let resumed = try await conversation.openSession(
                    #"{"type":"hello","protocol":2,"sessionId":"\#(sessionID)","widgets":{},"browser":{"locale":"fr"}}"#)
                #expect(resumed.info.resumed)
                #expect(renderedTexts(resumed.run) == ["round 2 fr"])
            }
        }
    }

    @Test func writesArriveAsStorageMessagesBeforeTheRunEnds() async throws {
        let app: AppBody = { st in
            st.cookies.set("visits", "1 more", maxAge: .days(1))
            st.localStorage["seen"] = "yes"
            st.text("after: \(st.cookies["visits"] ?? "-") \(st.localStorage["seen"] ?? "-")")
        }
        try await withServer(app: app) { port in
            try await converse(port: port) { conversation in
                try await conversation.send(hello)
                _ = try await conversation.receive()
                let run = try await conversation.receiveRun()
                let updates = run.compactMap { message -> StorageUpdate? in
                    if case .storage(let update) = message { update } else { nil }
                }
                #expect(
                    updates == [
                        StorageUpdate(cookies: [
                            CookieWrite(name: "visits", value: "1%20more", maxAge: 86_400, sameSite: .lax)
                        ]),
                        StorageUpdate(localStorage: [LocalStorageWrite(key: "seen", value: "yes")]),
                    ])
                #expect(renderedTexts(run) == ["after: 1 more yes"])
            }
        }
    }

    @Test func anOversizedOrMalformedHelloIsRefusedAndTheConnectionStaysUsable() async throws {
        let tooMany = (0...ProtocolLimits.maxLocalStorageEntries).map { #""k\#($0)":"v""# }.joined(separator: ",")
        let tooLongKey = String(repeating: "k", count: ProtocolLimits.maxLocalStorageKeyLength + 1)
        let tooBig = String(repeating: "v", count: ProtocolLimits.maxLocalStorageBytes)
        let bad = [
            #"{"type":"hello","protocol":2,"widgets":{},"localStorage":{\#(tooMany)}}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"localStorage":{"\#(tooLongKey)":"v"}}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"localStorage":{"a":"\#(tooBig)"}}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"localStorage":{"a":3}}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"localStorage":["a"]}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"browser":{"timeZoneOffset":99999}}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"browser":{"theme":"sepia"}}"#,
            #"{"type":"hello","protocol":2,"widgets":{},"browser":{"locale":"\#(String(repeating: "x", count: 200))"}}"#,
        ]
        try await withServer(app: Self.reporter) { port in
            try await converse(port: port) { conversation in
                for message in bad {
                    try await conversation.send(message)
                    let error = try await conversation.receiveError()
                    #expect(!error.message.isEmpty)
                }
                try await conversation.send(hello)
                guard case .session = try await conversation.receive() else { throw TestFailure("no session") }
                #expect(renderedTexts(try await conversation.receiveRun()).contains("ip: 127.0.0.1"))
            }
        }
    }
}
