/// Decodes a ``SecretValue`` into a `Decodable` type. Its errors are ``SecretsError``s that name
/// the key path and the type expected: unlike a JSON round trip, nothing quotes a value.
struct SecretDecoder: Decoder {
    let value: SecretValue

    var codingPath: [any CodingKey] { value.context.path.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// `value` as a `T`; any error, the type's own included, becomes a ``SecretsError``.
    static func decode<T: Decodable>(_ type: T.Type, from value: SecretValue) throws(SecretsError) -> T {
        do {
            return try T(from: SecretDecoder(value: value))
        } catch let error as SecretsError {
            throw error
        } catch let error as DecodingError {
            throw translate(error, decoding: T.self, sources: value.context.sources)
        } catch {
            // A type's own error may quote what it was given: only its type is named.
            throw .undecodable(value.context.path, type: "\(T.self) (\(Swift.type(of: error)))", sources: value.context.sources)
        }
    }

    /// A `DecodingError` a type threw itself (e.g. `URL` for a malformed string), without its
    /// `debugDescription`, which may quote the value.
    private static func translate<T>(_ error: DecodingError, decoding: T.Type, sources: [String]) -> SecretsError {
        switch error {
        case .keyNotFound(let key, let context):
            return .missingKey(SecretPath(codingPath: context.codingPath + [key]), sources: sources)
        case .valueNotFound(_, let context):
            return .missingKey(SecretPath(codingPath: context.codingPath), sources: sources)
        case .typeMismatch(let type, let context):
            return .undecodable(SecretPath(codingPath: context.codingPath), type: "\(type)", sources: sources)
        case .dataCorrupted(let context):
            return .undecodable(SecretPath(codingPath: context.codingPath), type: "what \(T.self) expects", sources: sources)
        @unknown default:
            return .undecodable(SecretPath(), type: "\(T.self)", sources: sources)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .table(let values) = value.kind else { throw value.wrongType(expected: "table") }
        return KeyedDecodingContainer(KeyedContainer<Key>(values: values, context: value.context))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedContainer(values: try value.array, context: value.context)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleValueContainer(value: value) }
}

extension SecretValue {
    /// This value as a primitive the `Decodable` machinery asks for.
    func primitive<T>(_ type: T.Type) throws(SecretsError) -> T {
        func exact<I: FixedWidthInteger>(_: I.Type) throws(SecretsError) -> T {
            guard let number = I(exactly: try int) as? T else { throw wrongType(expected: "integer that fits \(I.self)") }
            return number
        }
        switch type {
        case is String.Type: if let value = try string as? T { return value }
        case is Bool.Type: if let value = try bool as? T { return value }
        case is Double.Type: if let value = try double as? T { return value }
        case is Float.Type: if let value = Float(try double) as? T { return value }
        case is Int.Type: return try exact(Int.self)
        case is Int8.Type: return try exact(Int8.self)
        case is Int16.Type: return try exact(Int16.self)
        case is Int32.Type: return try exact(Int32.self)
        case is Int64.Type: return try exact(Int64.self)
        case is UInt.Type: return try exact(UInt.self)
        case is UInt8.Type: return try exact(UInt8.self)
        case is UInt16.Type: return try exact(UInt16.self)
        case is UInt32.Type: return try exact(UInt32.self)
        case is UInt64.Type: return try exact(UInt64.self)
        default: break
        }
        throw .undecodable(context.path, type: "\(T.self)", sources: context.sources)
    }
}

private struct SingleValueContainer: SingleValueDecodingContainer {
    let value: SecretValue
    var codingPath: [any CodingKey] { value.context.path.codingPath }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try value.primitive(type) }
    func decode(_ type: String.Type) throws -> String { try value.primitive(type) }
    func decode(_ type: Double.Type) throws -> Double { try value.primitive(type) }
    func decode(_ type: Float.Type) throws -> Float { try value.primitive(type) }
    func decode(_ type: Int.Type) throws -> Int { try value.primitive(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try value.primitive(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try value.primitive(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try value.primitive(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try value.primitive(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try value.primitive(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try value.primitive(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try value.primitive(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try value.primitive(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try value.primitive(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: SecretDecoder(value: value)) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let values: [String: SecretValue]
    let context: SecretContext

    var codingPath: [any CodingKey] { context.path.codingPath }
    var allKeys: [Key] { values.keys.sorted().compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { values[key.stringValue] != nil }

    private func child(_ key: Key) throws(SecretsError) -> SecretValue {
        guard let value = values[key.stringValue] else {
            throw .missingKey(context.path.appending(key.stringValue), sources: context.sources)
        }
        return value.placed(at: context.child(key.stringValue))
    }

    func decodeNil(forKey key: Key) throws -> Bool { values[key.stringValue] == nil }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).primitive(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).primitive(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).primitive(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).primitive(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).primitive(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).primitive(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).primitive(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).primitive(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).primitive(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).primitive(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).primitive(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).primitive(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).primitive(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).primitive(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: SecretDecoder(value: try child(key)))
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try SecretDecoder(value: try child(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try SecretDecoder(value: try child(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { SecretDecoder(value: SecretValue(.table(values), context: context)) }
    func superDecoder(forKey key: Key) throws -> any Decoder { SecretDecoder(value: try child(key)) }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    /// The elements, each placed at its index.
    let values: [SecretValue]
    let context: SecretContext
    private(set) var currentIndex = 0

    init(values: [SecretValue], context: SecretContext) {
        self.values = values
        self.context = context
    }

    var codingPath: [any CodingKey] { context.path.codingPath }
    var count: Int? { values.count }
    var isAtEnd: Bool { currentIndex >= values.count }

    private mutating func next() throws(SecretsError) -> SecretValue {
        guard !isAtEnd else {
            throw .indexOutOfRange(context.path.appending(currentIndex), count: values.count, sources: context.sources)
        }
        defer { currentIndex += 1 }
        return values[currentIndex]
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool { try next().primitive(type) }
    mutating func decode(_ type: String.Type) throws -> String { try next().primitive(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().primitive(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { try next().primitive(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().primitive(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().primitive(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().primitive(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().primitive(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().primitive(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next().primitive(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().primitive(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().primitive(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().primitive(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().primitive(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: SecretDecoder(value: try next())) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try SecretDecoder(value: try next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try SecretDecoder(value: try next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { SecretDecoder(value: try next()) }
}

extension SecretPath {
    /// The path as the `Decodable` machinery writes it.
    var codingPath: [any CodingKey] {
        parts.map { part -> any CodingKey in
            switch part {
            case .key(let key): SecretKey(key)
            case .index(let index): SecretIndexKey(index)
            }
        }
    }

    /// A coding path read back: integer keys are array indices.
    init(codingPath: [any CodingKey]) {
        self.init(codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) })
    }
}

/// An array index as a coding key.
struct SecretIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { intValue.map { "\($0)" } ?? "" }
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}
