public import Foundation

/// The JSON settings both directions use, in one place so every encoder agrees.
public enum MessageCoding {
    /// An encoder for wire messages: compact, sorted keys (so equal values give equal bytes),
    /// slashes unescaped.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder for wire messages.
    public static func makeDecoder() -> JSONDecoder { JSONDecoder() }
}
