import Foundation
import SwiftlitProtocol
import Testing

/// The shared fixtures: every file decodes and re-encodes to the same JSON, so the Swift types and
/// the browser's `protocol.js` (which reads the same files in its own tests) cannot drift.
@Suite struct FixtureTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/protocol")

    static var fixtures: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.filter { $0.hasSuffix(".json") }.sorted()
            ?? []
    }

    @Test func thereAreFixturesForBothDirections() {
        #expect(Self.fixtures.contains { $0.hasPrefix("client-") })
        #expect(Self.fixtures.contains { $0.hasPrefix("server-") })
    }

    @Test(arguments: fixtures) func roundTrips(_ name: String) throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        let decoder = MessageCoding.makeDecoder()
        let encoder = MessageCoding.makeEncoder()
        let reencoded =
            name.hasPrefix("client-")
            ? try encoder.encode(decoder.decode(ClientMessage.self, from: data))
            : try encoder.encode(decoder.decode(ServerMessage.self, from: data))
        let original = try JSONSerialization.jsonObject(with: data) as? NSDictionary
        let roundTripped = try JSONSerialization.jsonObject(with: reencoded) as? NSDictionary
        #expect(original != nil)
        #expect(original == roundTripped, "\(name) changed in a round trip: \(String(decoding: reencoded, as: UTF8.self))")
    }

    @Test func everyElementKindAppearsInAFixture() throws {
        var kinds = Set<String>()
        for name in Self.fixtures where name.hasPrefix("server-") {
            let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
            for kind in Element.Kind.allCases where text.contains("\"kind\": \"\(kind.rawValue)\"") {
                kinds.insert(kind.rawValue)
            }
        }
        #expect(kinds == Set(Element.Kind.allCases.map(\.rawValue)))
    }
}
