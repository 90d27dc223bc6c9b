import Foundation
import HummingbirdWSClient
import NIOCore
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitServer
import Testing

/// One test per class of hostile input: each gets a clear error for its own connection, and the
/// server (and the same socket, unless it had to close) goes on.
@Suite struct HostileInputTests {
    static let app: AppBody = { st in
        let n = st.slider("n", in: 0...10, value: 1)
        st.text("n=\(n)")
        st.dataframe(Table([Table.Column("i", Array(0..<200))]))
    }

    /// Opens a session, sends `bad`, expects an error of `code`, then checks the socket still works.
    func expectRefusal(
        _ bad: @escaping @Sendable (String) -> String, code: ProtocolErrorCode, mentioning words: String = "",
        causesRun: Bool = false, configure: (inout SwiftlitConfiguration) -> Void = { _ in }
    ) async throws {
        try await withServer(configure, app: Self.app) { port throws in
            try await converse(port: port) { conversation throws in
                let table = try #require(Self.tableID(in: try await conversation.open()))
                try await conversation.send(bad(table))
                let error = try await conversation.receiveError()
                #expect(error.code == code, "\(error.message)")
                #expect(words.isEmpty || error.message.contains(words), "\(error.message)")
                #expect(error.message.count <= 1100)
                if causesRun { _ = try await conversation.receiveRun() }
                try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":4}}"#)
                #expect(renderedTexts(try await conversation.receiveRun()).contains("n=4"))
            }
        }
    }

    static func tableID(in messages: [ServerMessage]) -> String? {
        for case .runFinished(let finished) in messages {
            for case .set(_, .dataframe(let frame)) in finished.ops { return frame.table }
        }
        return nil
    }

    @Test func rowOffsetsThatWouldOverflowAreRefused() async throws {
        try await expectRefusal(
            { #"{"type":"rows","table":"\#($0)","offset":9223372036854775807,"count":1000}"# }, code: .malformedMessage,
            mentioning: "offset")
        try await expectRefusal(
            { #"{"type":"rows","table":"\#($0)","offset":-1,"count":10}"# }, code: .malformedMessage, mentioning: "offset")
        try await expectRefusal(
            { #"{"type":"rows","table":"\#($0)","offset":0,"count":100000}"# }, code: .malformedMessage, mentioning: "count")
        try await expectRefusal({ #"{"type":"rows","table":"\#($0)","offset":0,"count":1e30}"# }, code: .malformedMessage)
    }

    @Test func aSortByAMissingColumnOrAnOverlongSearchIsRefused() async throws {
        try await expectRefusal(
            { #"{"type":"rows","table":"\#($0)","offset":0,"count":10,"sort":{"column":"nope","descending":true}}"# },
            code: .unknownColumn, mentioning: "'nope'")
        let search = String(repeating: "x", count: ProtocolLimits.maxSearchLength + 1)
        try await expectRefusal(
            { #"{"type":"rows","table":"\#($0)","offset":0,"count":10,"search":"\#(search)"}"# }, code: .malformedMessage,
            mentioning: "search")
    }

    @Test func tooManyWidgetValuesAreRefused() async throws {
        let many = (0...ProtocolLimits.maxWidgetValues).map { #""w\#($0)":1"# }.joined(separator: ",")
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{\#(many)}}"# }, code: .malformedMessage, mentioning: "at most")
    }

    @Test func nestedAndOversizedListsAreRefused() async throws {
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{"slider:n":[[1,2]]}}"# }, code: .malformedMessage, mentioning: "widget value")
        let long = Array(repeating: "1", count: ProtocolLimits.maxListItems + 1).joined(separator: ",")
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{"slider:n":[\#(long)]}}"# }, code: .malformedMessage, mentioning: "items")
    }

    @Test func deeplyNestedJSONIsRefusedWithoutExhaustingTheStack() async throws {
        let depth = 200_000
        let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        try await expectRefusal({ _ in #"{"type":"rerun","widgets":{"slider:n":\#(deep)}}"# }, code: .malformedMessage)
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{},"x":\#(String(repeating: "{\"a\":", count: depth))1}"# },
            code: .malformedMessage)
    }

    @Test func overlongIdentifiersAreRefused() async throws {
        let long = String(repeating: "a", count: 100_000)
        try await expectRefusal(
            { _ in #"{"type":"rows","table":"\#(long)","offset":0,"count":1}"# }, code: .malformedMessage, mentioning: "table")
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{},"fragment":"\#(long)"}"# }, code: .malformedMessage, mentioning: "fragment")
    }

    @Test func hostileWidgetIDsAndNumbersChangeNothing() async throws {
        // A forged id with control characters and a megabyte-class length: refused, and echoed only in part.
        let forged = "slider:n\u{1b}[31m\n\u{202e}" + String(repeating: "z", count: 200_000)
        let escaped = String(data: try JSONEncoder().encode(forged), encoding: .utf8) ?? ""
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{\#(escaped):1}}"# }, code: .unknownWidget, mentioning: "not on the page",
            causesRun: true)
        try await expectRefusal(
            { _ in #"{"type":"rerun","widgets":{"slider:n":1e400}}"# }, code: .malformedMessage)
    }

    @Test func binaryFramesAreRefused() async throws {
        try await withServer(app: Self.app) { port throws in
            try await converse(port: port) { conversation throws in
                try await conversation.outbound.write(.binary(ByteBuffer(bytes: [0xff, 0x00, 0x01])))
                #expect(try await conversation.receiveError().code == .malformedMessage)
                #expect(renderedTexts(try await conversation.open()).contains("n=1"))
            }
        }
    }

    @Test func aFrameFarOverTheLimitIsCutOffBeforeItIsBuffered() async throws {
        try await withServer(app: Self.app) { port throws in
            let close = try await converse(port: port) { conversation throws in
                try await conversation.send(String(repeating: "x", count: 3 << 20))
                while (try? await conversation.receive()) != nil {}
            }
            #expect(close?.closeCode == .messageTooLarge)
            try await converse(port: port) { conversation throws in
                #expect(renderedTexts(try await conversation.open()).contains("n=1"))
            }
        }
    }

    @Test func aFloodIsRateLimitedAndTheConnectionRecovers() async throws {
        try await withServer({ $0.maxMessagesPerSecond = 5 }, app: Self.app) { port throws in
            try await converse(port: port) { conversation throws in
                _ = try await conversation.open()
                for value in 0..<40 { try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":\#(value % 10)}}"#) }
                #expect(try await conversation.receiveError().code == .rateLimited)
                try await Task.sleep(for: .seconds(1.2))
                // Drain what the admitted reruns sent, then the connection works again.
                try await conversation.send(#"{"type":"rerun","widgets":{"slider:n":7}}"#)
                var texts: [String] = []
                while !texts.contains("n=7") { texts = renderedTexts(try await conversation.receiveRun()) }
            }
        }
    }

    @Test func aForgedSessionIDOpensANewSession() async throws {
        try await withServer(app: Self.app) { port throws in
            try await converse(port: port) { conversation throws in
                try await conversation.send(#"{"type":"hello","protocol":2,"sessionId":"0123456789abcdef0123456789abcdef","widgets":{}}"#)
                guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session") }
                #expect(!info.resumed)
                #expect(info.sessionId != "0123456789abcdef0123456789abcdef")
            }
        }
    }

    @Test func whenEverySessionIsTakenNewTabsAreToldAndClosed() async throws {
        try await withServer({ $0.maxSessions = 1 }, app: Self.app) { port throws in
            try await converse(port: port) { first throws in
                _ = try await first.open()
                let close = try await converse(port: port) { second in
                    try await second.send(hello)
                    #expect(try await second.receiveError().code == .serverBusy)
                    while (try? await second.receive()) != nil {}
                }
                #expect(close?.closeCode == .unknown(1013))
                try await first.send(#"{"type":"rerun","widgets":{"slider:n":2}}"#)
                #expect(renderedTexts(try await first.receiveRun()).contains("n=2"))
            }
        }
    }

    @Test func connectionsBeyondTheLimitAreRefused() async throws {
        try await withServer({ $0.maxConnections = 1 }, app: Self.app) { port throws in
            try await converse(port: port) { first throws in
                _ = try await first.open()
                let refused = try await RawHTTP.request(port: port, path: "/_stcore/stream", headers: RawHTTP.upgradeHeaders())
                #expect(refused.status == 503)
            }
        }
    }
}
