@testable import SwiftlitServer
import Testing

/// Reading `Range` headers against a body of 10 bytes.
@Suite struct ByteRangeTests {
    @Test func singleRangesAreReadAsTheRFCSays() {
        #expect(ByteRangeRequest(header: "bytes=0-3", length: 10) == .part(0...3))
        #expect(ByteRangeRequest(header: "bytes=4-", length: 10) == .part(4...9))
        #expect(ByteRangeRequest(header: "bytes=-3", length: 10) == .part(7...9))
        #expect(ByteRangeRequest(header: "bytes=-30", length: 10) == .part(0...9), "a suffix longer than the body")
        #expect(ByteRangeRequest(header: "bytes=8-100", length: 10) == .part(8...9), "an end past the body")
    }

    @Test func whatCannotBeServedIsUnsatisfiable() {
        #expect(ByteRangeRequest(header: "bytes=10-", length: 10) == .unsatisfiable)
        #expect(ByteRangeRequest(header: "bytes=-0", length: 10) == .unsatisfiable)
        #expect(ByteRangeRequest(header: "bytes=0-", length: 0) == .unsatisfiable)
    }

    @Test func whatCannotBeReadGetsTheWholeBody() {
        for header in [
            nil, "bytes=0-1,4-5", "items=0-1", "bytes=5-2", "bytes=a-b", "bytes=-", "bytes=1-2-3",
            "bytes=99999999999999999999-", "bytes=٣-٤",
        ] {
            #expect(ByteRangeRequest(header: header, length: 10) == .whole, "\(header ?? "nil")")
        }
    }
}
