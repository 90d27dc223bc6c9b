import SwiftlitProtocol

/// Every operation the messages carry, in order, across deltas and final messages.
func operations(in messages: [ServerMessage]) -> [DeltaOp] {
    messages.flatMap { message -> [DeltaOp] in
        switch message {
        case .delta(let delta): delta.ops
        case .runFinished(let finished): finished.ops
        default: []
        }
    }
}
