import Foundation
import SwiftlitProtocol
import Testing

@Suite struct KeptChangesTests {
    static let ops: [DeltaOp] = [.set(path: ElementPath([0, 0]), node: .text(TextElement(text: "rows 40")))]

    @Test(arguments: [
        ServerMessage.delta(.init(run: 3, ops: ops)),
        ServerMessage.runFinished(.init(run: 4, status: .complete, ops: ops)),
    ])
    func markingAnEncodedMessageGivesTheBytesOfTheMessageWithKeepSet(message: ServerMessage) throws {
        let encoder = MessageCoding.makeEncoder()
        var expected = message
        switch expected {
        case .delta(var delta):
            delta.keep = 5
            expected = .delta(delta)
        case .runFinished(var finished):
            finished.keep = 5
            expected = .runFinished(finished)
        default: Issue.record("not a run message")
        }
        let marked = KeptChanges.marking(try encoder.encode(message), keptIn: 5)
        #expect(marked == (try encoder.encode(expected)))
        #expect(try MessageCoding.makeDecoder().decode(ServerMessage.self, from: marked) == expected)
    }

    @Test func aReplayCarriesNoOperationsAndNamesTheSlot() throws {
        let replay = ServerMessage.runFinished(.init(run: 9, status: .complete, ops: Self.ops)).replaying(2)
        #expect(replay == .runFinished(.init(run: 9, status: .complete, ops: [], replay: 2)))
        #expect(replay.runOps == [])
        #expect(ServerMessage.error(.init(code: .notReady, message: "m")).runOps == nil)
        let text = String(decoding: try MessageCoding.makeEncoder().encode(replay), as: UTF8.self)
        #expect(text == #"{"ops":[],"replay":2,"run":9,"status":"complete","type":"runFinished"}"#)
    }
}

extension KeptChangesTests {
    /// Operations whose own JSON holds a `run` key, as a table cell or chart spec may.
    static let opsWithARunKey: [DeltaOp] = [
        .set(path: ElementPath([0, 0]), node: .text(TextElement(text: #","run":7,"#))),
        .set(path: ElementPath([0, 1]), node: .json(JSONElement(value: .object(["run": 3, "status": "complete"]), expanded: true))),
    ]

    @Test(arguments: [
        ServerMessage.delta(.init(run: 3, ops: opsWithARunKey)),
        ServerMessage.runFinished(.init(run: 12, status: .error, ops: opsWithARunKey)),
    ])
    func theEncodedOperationsAreTheBytesOfTheOpsArrayWhateverTheRun(message: ServerMessage) throws {
        let encoder = MessageCoding.makeEncoder()
        let operations = KeptChanges.encodedOperations(in: try encoder.encode(message))
        #expect(operations.map { Data($0) } == (try encoder.encode(Self.opsWithARunKey)))
    }

    @Test func bytesOfAnotherLayoutHaveNoOperations() throws {
        let session = ServerMessage.session(.init(sessionId: "s", resumed: false))
        #expect(KeptChanges.encodedOperations(in: try MessageCoding.makeEncoder().encode(session)) == nil)
        #expect(KeptChanges.encodedOperations(in: Data(#"{"ops":[]}"#.utf8)) == nil)
    }
}
