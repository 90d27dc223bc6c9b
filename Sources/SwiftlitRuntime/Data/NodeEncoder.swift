/// An `Encoder` that writes into an ``EncodedNode``, keeping keys in the order they are encoded
/// (which `JSONEncoder` does not promise), for ``Table/init(records:)``.
struct NodeEncoder: Encoder {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.become(.object)
        return KeyedEncodingContainer(NodeKeyedContainer(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.become(.array)
        return NodeUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        NodeSingleValueContainer(node: node, codingPath: codingPath)
    }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    private func put(_ value: TableValue, _ key: Key) { node.add(.value(value), forKey: key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { put(.missing, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { put(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { put(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { put(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { put(EncodedNode.float(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { put(.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { put(EncodedNode.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { put(EncodedNode.integer(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        node.add(try EncodedNode.field(for: value, codingPath: codingPath + [key]), forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.addNode(.object, forKey: key.stringValue)
        return KeyedEncodingContainer(NodeKeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeUnkeyedContainer(node: node.addNode(.array, forKey: key.stringValue), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.addNode(.empty, forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.addNode(.empty, forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

struct NodeUnkeyedContainer: UnkeyedEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]
    var count: Int { node.fields.count }

    private func put(_ value: TableValue) { node.add(.value(value), forKey: nil) }

    mutating func encodeNil() throws { put(.missing) }
    mutating func encode(_ value: Bool) throws { put(.bool(value)) }
    mutating func encode(_ value: String) throws { put(.string(value)) }
    mutating func encode(_ value: Double) throws { put(.double(value)) }
    mutating func encode(_ value: Float) throws { put(EncodedNode.float(value)) }
    mutating func encode(_ value: Int) throws { put(.integer(value)) }
    mutating func encode(_ value: Int8) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: Int16) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: Int32) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: Int64) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt8) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt16) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt32) throws { put(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt64) throws { put(EncodedNode.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        node.add(try EncodedNode.field(for: value, codingPath: codingPath), forKey: nil)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(NodeKeyedContainer<NestedKey>(node: node.addNode(.object, forKey: nil), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeUnkeyedContainer(node: node.addNode(.array, forKey: nil), codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.addNode(.empty, forKey: nil), codingPath: codingPath)
    }
}

struct NodeSingleValueContainer: SingleValueEncodingContainer {
    let node: EncodedNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.setScalar(.missing) }
    mutating func encode(_ value: Bool) throws { node.setScalar(.bool(value)) }
    mutating func encode(_ value: String) throws { node.setScalar(.string(value)) }
    mutating func encode(_ value: Double) throws { node.setScalar(.double(value)) }
    mutating func encode(_ value: Float) throws { node.setScalar(EncodedNode.float(value)) }
    mutating func encode(_ value: Int) throws { node.setScalar(.integer(value)) }
    mutating func encode(_ value: Int8) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: Int16) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: Int32) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: Int64) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt8) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt16) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt32) throws { node.setScalar(EncodedNode.integer(value)) }
    mutating func encode(_ value: UInt64) throws { node.setScalar(EncodedNode.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.encode(value, codingPath: codingPath)
    }
}
