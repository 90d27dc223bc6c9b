import SwiftlitProtocol

extension ProtocolErrorMessage {
    /// Words a developer can act on for a message that did not decode, naming the field.
    init(decodingError error: DecodingError) {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.isEmpty ? "the message" : "'" + codingPath.map(\.stringValue).joined(separator: ".") + "'"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let container = context.codingPath.isEmpty ? "" : " in \(path(context.codingPath))"
            self.init(code: .malformedMessage, message: "missing key '\(key.stringValue)'\(container)")
        case .typeMismatch(let type, let context):
            self.init(code: .malformedMessage, message: "\(path(context.codingPath)) should be \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(code: .malformedMessage, message: "\(path(context.codingPath)) should be \(Self.describe(type)), not null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty, let underlying = context.underlyingError {
                self.init(code: .malformedMessage, message: "the message is not valid JSON: \(underlying.localizedDescription)")
            } else if context.debugDescription.hasPrefix("unknown message type") {
                self.init(code: .unknownMessageType, message: context.debugDescription)
            } else {
                self.init(code: .malformedMessage, message: "\(path(context.codingPath)): \(context.debugDescription)")
            }
        @unknown default:
            self.init(code: .malformedMessage, message: "the message does not fit the protocol")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "of type \(type)"
        }
    }
}
