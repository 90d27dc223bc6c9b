import Foundation

/// libFuzzer's entry point. One input is one WebSocket frame as `StreamConnection` decodes it; the
/// server only ever sees valid UTF-8, but arbitrary bytes cover the same decoder and more.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let frame = Data(bytes: data, count: size)
    // Nearly every input is refused with an error, which is the expected outcome: only a crash, or
    // an accepted message that breaks a promise below, is a finding.
    guard let message = try? MessageCoding.makeDecoder().decode(ClientMessage.self, from: frame) else {
        return 0
    }
    checkDocumentedRanges(message)
    checkRoundTrip(message)
    return 0
}
