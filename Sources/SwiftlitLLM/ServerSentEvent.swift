/// One event of a `text/event-stream`: its type and its data lines joined by newlines.
public struct ServerSentEvent: Sendable, Hashable {
    /// The `event:` field; `message` when the event names none.
    public var event: String
    /// The `data:` lines, joined by `\n`.
    public var data: String

    /// An event.
    public init(event: String = "message", data: String) {
        self.event = event
        self.data = data
    }
}

/// Reads server-sent events from bytes as they arrive, wherever the network splits them: in the
/// middle of a line, of a `\r\n`, or of a multi-byte character.
///
/// Follows the HTML living standard's rules: lines end with `\n`, `\r\n` or `\r`; a blank line
/// ends an event; `:` starts a comment (servers send them to keep connections alive); one space
/// after a field's colon is dropped; an event with no `data:` line is not dispatched.
///
/// ```swift
/// var parser = ServerSentEventParser()
/// for event in parser.feed(bytes) { print(event.data) }
/// ```
public struct ServerSentEventParser: Sendable {
    /// Bytes of the line not yet ended.
    private var line: [UInt8] = []
    /// The last byte was `\r`: a `\n` right after it belongs to the same line end.
    private var afterCarriageReturn = false
    private var eventType = ""
    private var dataLines: [String] = []
    /// A leading byte-order mark is skipped once.
    private var atStart = true

    /// A parser at the start of a stream.
    public init() {}

    /// The events that `bytes` completes.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if afterCarriageReturn {
                afterCarriageReturn = false
                if byte == UInt8(ascii: "\n") { continue }
            }
            switch byte {
            case UInt8(ascii: "\n"):
                if let event = endLine() { events.append(event) }
            case UInt8(ascii: "\r"):
                afterCarriageReturn = true
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// The event the stream's end completes, if its last event lacked a blank line. The standard
    /// drops such an event; servers that close right after `data: [DONE]\n` are common enough to keep it.
    public mutating func finish() -> ServerSentEvent? {
        var event: ServerSentEvent?
        if !line.isEmpty { event = endLine() }
        return event ?? endLine()
    }

    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        if atStart {
            atStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        }
        guard !line.isEmpty else { return dispatch() }
        if line.first == UInt8(ascii: ":") { return nil }
        let text = String(decoding: line, as: UTF8.self)
        let name: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            name = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            name = Substring(text)
            value = ""
        }
        switch name {
        case "data": dataLines.append(String(value))
        case "event": eventType = String(value)
        default: break  // `id` and `retry` matter to browsers reconnecting, not to one request.
        }
        return nil
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            dataLines.removeAll()
            eventType = ""
        }
        guard !dataLines.isEmpty else { return nil }
        return ServerSentEvent(event: eventType.isEmpty ? "message" : eventType, data: dataLines.joined(separator: "\n"))
    }
}
