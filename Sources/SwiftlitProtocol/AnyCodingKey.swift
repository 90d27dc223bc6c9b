/// A coding key for any string, used to list and check the keys an object actually holds.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws when the object being decoded holds a key outside `allowed`, naming the key and
    /// the message, so a typo in a client message is a clear error instead of a silent no-op.
    func rejectUnknownKeys(allowed: Set<String>, in message: String) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys where !allowed.contains(key.stringValue) {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath + [key],
                    debugDescription:
                        "unknown key '\(key.stringValue)' in a '\(message)' message; expected one of: \(allowed.sorted().joined(separator: ", "))"
                ))
        }
    }
}
