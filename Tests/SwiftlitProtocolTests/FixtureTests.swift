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

    /// Every node kind and block layout is decoded from some server fixture, so both the Swift and the
    /// browser tests see each at least once. Add a node to a fixture when you add a kind.
    @Test func everyElementKindAndBlockLayoutAppearsInAFixture() throws {
        var kinds = Set<Element.Kind>()
        var layouts = Set<BlockElement.Layout>()
        for name in Self.fixtures where name.hasPrefix("server-") {
            let data = try Data(contentsOf: Self.directory.appendingPathComponent(name))
            let ops: [DeltaOp] =
                switch try MessageCoding.makeDecoder().decode(ServerMessage.self, from: data) {
                case .delta(let delta): delta.ops
                case .runFinished(let finished): finished.ops
                default: []
                }
            for case .set(_, let node) in ops {
                kinds.insert(node.kind)
                if case .block(let block) = node { layouts.insert(block.layout) }
            }
        }
        let missingKinds = Element.Kind.allCases.filter { !kinds.contains($0) }.map(\.rawValue)
        let missingLayouts = BlockElement.Layout.allCases.filter { !layouts.contains($0) }.map(\.rawValue)
        #expect(missingKinds.isEmpty, "no server fixture in Tests/Fixtures/protocol sets a node of kind \(missingKinds)")
        #expect(missingLayouts.isEmpty, "no server fixture in Tests/Fixtures/protocol sets a block of layout \(missingLayouts)")
    }

    /// Every message type has a fixture of its own: `server-<type>.json` or `client-<type>.json`.
    @Test func everyMessageTypeHasAFixture() {
        let server = ServerMessage.MessageType.allCases.map { "server-\($0.rawValue).json" }
        let client = ClientMessage.MessageType.allCases.map { "client-\($0.rawValue).json" }
        let missing = (server + client).filter { !Self.fixtures.contains($0) }
        #expect(missing.isEmpty, "missing fixtures in Tests/Fixtures/protocol: \(missing)")
    }
}
