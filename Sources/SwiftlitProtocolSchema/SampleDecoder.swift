/// A `Decoder` that makes the smallest valid value of a type: no keys, empty arrays, `null` where
/// allowed, `1` for integers (a count's lowest bound), and `string` for a string, so that an enum
/// decodes its first case. ``SchemaDecoder`` hands these values to the initialiser it records.
struct SampleDecoder: Decoder {
    /// What a string read returns: an enum's first raw value, or empty.
    var string = ""
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Empty<Key>())
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { EmptyArray() }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { Scalar(string: string) }

    /// An object with no keys.
    struct Empty<Key: CodingKey>: KeyedDecodingContainerProtocol {
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { false }
        func decodeNil(forKey key: Key) throws -> Bool { true }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            throw SchemaError.unsupported("a sample of \(T.self) with the required field '\(key.stringValue)'")
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        { KeyedDecodingContainer(Empty<NestedKey>()) }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { EmptyArray() }
        func superDecoder() throws -> any Decoder { SampleDecoder() }
        func superDecoder(forKey key: Key) throws -> any Decoder { SampleDecoder() }
    }

    /// An empty array.
    struct EmptyArray: UnkeyedDecodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int? { 0 }
        var isAtEnd: Bool { true }
        var currentIndex: Int { 0 }
        mutating func decodeNil() throws -> Bool { true }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            throw SchemaError.unsupported("reading past the end of an array")
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        { KeyedDecodingContainer(Empty<NestedKey>()) }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { EmptyArray() }
        mutating func superDecoder() throws -> any Decoder { SampleDecoder() }
    }

    /// One JSON value: `null` when the type accepts it, else a sample of the type asked for.
    struct Scalar: SingleValueDecodingContainer {
        let string: String
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { true }
        func decode(_ type: Bool.Type) throws -> Bool { false }
        func decode(_ type: String.Type) throws -> String { string }
        func decode(_ type: Double.Type) throws -> Double { 1 }
        func decode(_ type: Float.Type) throws -> Float { 1 }
        func decode(_ type: Int.Type) throws -> Int { 1 }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: SampleDecoder(string: string)) }
    }
}
