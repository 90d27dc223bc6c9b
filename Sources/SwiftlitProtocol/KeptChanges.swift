public import Foundation

/// The browser's cache of run changes: a run message marked `keep` leaves its operations in one of
/// a few slots, and a later message with the same operations names the slot (`replay`) instead of
/// carrying them again. A user who goes back and forth between two filter values gets each page
/// from the slot, a message of a few dozen bytes.
///
/// The server decides what is kept and where, so it always knows what the browser holds; slots
/// belong to one connection and start empty on every new socket.
public enum KeptChanges {
    /// How many run messages a browser keeps at once.
    public static let slotCount = 8

    /// The slots a message may name.
    public static let slotRange = 0...(slotCount - 1)

    /// `message`, encoded by ``MessageCoding/makeEncoder()``, with `keep` set to `slot`, without
    /// encoding it again: the encoder sorts keys and `keep` sorts before every other field of a
    /// run message, so it goes right after the opening brace.
    public static func marking(_ encoded: Data, keptIn slot: Int) -> Data {
        var marked = Data("{\"keep\":\(slot),".utf8)
        marked.reserveCapacity(encoded.count + marked.count)
        marked.append(encoded.dropFirst())
        return marked
    }
}

extension KeptChanges {
    /// The `ops` array of a run message encoded by ``MessageCoding/makeEncoder()``, as bytes:
    /// what makes two messages replay each other, whatever their run numbers. Keys are sorted, so
    /// `ops` comes first and `run` follows it; the last `,"run":` is the envelope's, since what
    /// comes after it holds no such key. `nil` when the bytes are not laid out so.
    public static func encodedOperations(in encoded: Data) -> Data.SubSequence? {
        let head = Data(#"{"ops":["#.utf8)
        let runKey = Data(#","run":"#.utf8)
        guard encoded.starts(with: head), let run = encoded.range(of: runKey, options: .backwards) else { return nil }
        return encoded[(encoded.startIndex + head.count - 1)..<run.lowerBound]
    }
}

extension ServerMessage {
    /// The operations of a run message (`delta` or `runFinished`), or `nil` for other messages.
    public var runOps: [DeltaOp]? {
        switch self {
        case .delta(let delta): delta.ops
        case .runFinished(let finished): finished.ops
        default: nil
        }
    }

    /// This run message with its operations replaced by a reference to `slot`.
    public func replaying(_ slot: Int) -> ServerMessage {
        switch self {
        case .delta(var delta):
            delta.ops = []
            delta.replay = slot
            return .delta(delta)
        case .runFinished(var finished):
            finished.ops = []
            finished.replay = slot
            return .runFinished(finished)
        default: return self
        }
    }
}
