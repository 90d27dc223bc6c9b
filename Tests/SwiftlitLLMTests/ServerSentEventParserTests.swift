import Testing

@testable import SwiftlitLLM

@Suite struct ServerSentEventParserTests {
    private func parse(_ text: String) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        var events = parser.feed(Array(text.utf8))
        if let last = parser.finish() { events.append(last) }
        return events
    }

    @Test func readsDataLinesEndedByABlankLine() {
        #expect(parse("data: one\n\ndata: two\n\n").map(\.data) == ["one", "two"])
    }

    @Test func joinsMultiLineDataWithNewlines() {
        #expect(parse("data: first\ndata: second\ndata:\n\n").map(\.data) == ["first\nsecond\n"])
    }

    @Test func acceptsEveryLineEnding() {
        #expect(parse("data: a\r\n\r\ndata: b\r\rdata: c\n\n").map(\.data) == ["a", "b", "c"])
    }

    @Test func skipsCommentsAndUnknownFields() {
        #expect(parse(": keep-alive\n\nid: 7\nretry: 100\nfoo: bar\ndata: x\n\n").map(\.data) == ["x"])
    }

    @Test func dropsOnlyOneSpaceAfterTheColon() {
        #expect(parse("data:tight\n\ndata:  two spaces\n\n").map(\.data) == ["tight", " two spaces"])
    }

    @Test func readsTheEventType() {
        let events = parse("event: error\ndata: {}\n\ndata: plain\n\n")
        #expect(events == [ServerSentEvent(event: "error", data: "{}"), ServerSentEvent(data: "plain")])
    }

    @Test func anEventWithoutDataIsNotDispatched() {
        #expect(parse("event: ping\n\n\n\ndata: real\n\n").map(\.data) == ["real"])
    }

    @Test func keepsDoneAsData() {
        #expect(parse("data: {\"a\":1}\n\ndata: [DONE]\n\n").map(\.data) == ["{\"a\":1}", "[DONE]"])
    }

    @Test func theStreamsEndCompletesAnUnterminatedEvent() {
        #expect(parse("data: [DONE]").map(\.data) == ["[DONE]"])
        #expect(parse("data: [DONE]\n").map(\.data) == ["[DONE]"])
        #expect(parse("").isEmpty)
    }

    @Test func skipsALeadingByteOrderMark() {
        #expect(parse("\u{FEFF}data: x\n\n").map(\.data) == ["x"])
    }

    /// Every way of cutting the stream in two, and byte by byte, gives the same events: cuts inside
    /// `\r\n`, inside field names, and inside multi-byte characters.
    @Test func chunkBoundariesMayFallAnywhere() {
        let text = ": hi\r\ndata: héllo 👋\r\ndata: wörld\r\n\r\nevent: x\rdata: two\r\rdata: [DONE]\n\n"
        let expected = parse(text)
        #expect(expected.map(\.data) == ["héllo 👋\nwörld", "two", "[DONE]"])
        let bytes = Array(text.utf8)
        for cut in 0...bytes.count {
            var parser = ServerSentEventParser()
            var events = parser.feed(bytes[..<cut])
            events += parser.feed(bytes[cut...])
            if let last = parser.finish() { events.append(last) }
            #expect(events == expected, "cut at byte \(cut)")
        }
        var parser = ServerSentEventParser()
        var events = bytes.flatMap { parser.feed([$0]) }
        if let last = parser.finish() { events.append(last) }
        #expect(events == expected)
    }
}
