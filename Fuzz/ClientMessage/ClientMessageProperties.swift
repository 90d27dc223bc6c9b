import Foundation

/// What an accepted message promises: the ranges docs/protocol.md documents for `rows` and `stop`, and the
/// bounds `ProtocolLimits` says every decoded message is checked against.
func checkDocumentedRanges(_ message: ClientMessage) {
    switch message {
    case .rows(let request):
        require(request.offset >= 0, "rows.offset ≥ 0, got \(request.offset)")
        require((1...1000).contains(request.count), "rows.count in 1...1000, got \(request.count)")
        // Session.rows(_:) builds `offset..<(offset + count)`; Swift traps on overflow, so an
        // accepted request whose end does not fit in an Int would bring the whole server down.
        let end = request.offset.addingReportingOverflow(request.count)
        require(!end.overflow, "rows offset + count fits in Int, got \(request.offset) + \(request.count)")
        checkIdentifier(request.table, "rows.table")
    case .hello(let hello):
        checkWidgets(hello.widgets)
        if let sessionId = hello.sessionId { checkIdentifier(sessionId, "hello.sessionId") }
        checkBrowserReport(hello)
    case .rerun(let rerun):
        checkWidgets(rerun.widgets)
        if let fragment = rerun.fragment { checkIdentifier(fragment, "rerun.fragment") }
    case .stop(let stop):
        require(stop.run >= 0, "stop.run ≥ 0, got \(stop.run)")
    }
}

private func checkIdentifier(_ text: String, _ field: String) {
    require(
        text.utf8.count <= ProtocolLimits.maxIdentifierLength,
        "\(field) at most \(ProtocolLimits.maxIdentifierLength) bytes, got \(text.utf8.count)")
}

/// Widget values are bounded in number and lists do not nest, so decoding cannot recurse deeply.
private func checkWidgets(_ widgets: [WidgetID: WidgetValue]) {
    require(widgets.count <= ProtocolLimits.maxWidgetValues, "at most \(ProtocolLimits.maxWidgetValues) widget values")
    for case .list(let items) in widgets.values {
        require(items.count <= ProtocolLimits.maxListItems, "at most \(ProtocolLimits.maxListItems) list items")
        for case .list in items { require(false, "list values do not nest, got \(items)") }
    }
}

/// Whatever the decoder accepts, the encoder writes back so that the decoder reads the same value,
/// and (sorted keys) equal values encode to equal bytes: the tests and the browser fixtures rely on both.
func checkRoundTrip(_ message: ClientMessage) {
    let encoded: Data
    do {
        encoded = try MessageCoding.makeEncoder().encode(message)
    } catch {
        require(false, "an accepted message encodes, got \(error) for \(message)")
        return
    }
    let decoded: ClientMessage
    do {
        decoded = try MessageCoding.makeDecoder().decode(ClientMessage.self, from: encoded)
    } catch {
        require(false, "an encoded message decodes, got \(error) for \(String(decoding: encoded, as: UTF8.self))")
        return
    }
    require(decoded == message, "round trip keeps the message: \(message) became \(decoded)")
    let reencoded = try? MessageCoding.makeEncoder().encode(decoded)
    require(reencoded == encoded, "equal messages encode to equal bytes: \(String(decoding: encoded, as: UTF8.self))")
}
