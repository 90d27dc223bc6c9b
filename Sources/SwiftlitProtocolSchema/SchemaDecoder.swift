/// A `Decoder` that decodes nothing but records what a type's `init(from:)` asks for: each key, the
/// Swift type read under it, and whether the key's presence was checked first (`decodeIfPresent` and
/// `contains(_:)` do that), which is what makes a field optional on the wire.
///
/// It answers every read with a sample value (see ``SampleDecoder``), so the initialiser runs to its
/// end and records every field, including those of hand-written decoders.
struct SchemaDecoder: Decoder {
    /// What one run of an initialiser read. A class because all the containers a decoder hands out
    /// write to the same log.
    final class Log {
        var fields: [WireField] = []
        var checkedKeys: Set<String> = []
    }

    /// The type whose initialiser is recorded, for error messages.
    let type: Any.Type
    let log: Log
    let recorder: ShapeRecorder
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed<Key>(decoder: self))
    }

    /// Refused: only arrays (which the recorder reads off their element type) decode this way.
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw SchemaError.unsupported("\(type), which decodes as an array: mark it WireCustomRule")
    }

    /// Refused: a type decoding one value (an enum, an id) must say what the value may be.
    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw SchemaError.unsupported("\(type), which decodes as a single value: mark it WireEnum or WireCustomRule")
    }

    /// Records the reads of one object.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: SchemaDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { [] }

        func contains(_ key: Key) -> Bool {
            decoder.log.checkedKeys.insert(key.stringValue)
            return true
        }

        func decodeNil(forKey key: Key) throws -> Bool { false }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let (shape, value) = try decoder.recorder.record(type)
            let log = decoder.log
            if !log.fields.contains(where: { $0.name == key.stringValue }) {
                let optional = log.checkedKeys.contains(key.stringValue)
                log.fields.append(WireField(name: key.stringValue, shape: shape, isOptional: optional))
            }
            return value
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            throw SchemaError.unsupported("a nested container under '\(key.stringValue)'")
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            throw SchemaError.unsupported("a nested array under '\(key.stringValue)'")
        }

        func superDecoder() throws -> any Decoder { throw SchemaError.unsupported("superDecoder()") }
        func superDecoder(forKey key: Key) throws -> any Decoder { throw SchemaError.unsupported("superDecoder(forKey:)") }
    }
}

/// Why the generator cannot describe a type.
public enum SchemaError: Error, CustomStringConvertible {
    /// The type decodes in a way the generator does not model.
    case unsupported(String)
    /// Two different Swift types share a name, which the browser's rules and types would confuse.
    case nameClash(String)

    public var description: String {
        switch self {
        case .unsupported(let what): "the schema generator does not support \(what)"
        case .nameClash(let name): "two wire types are named '\(name)'; rename one"
        }
    }
}
