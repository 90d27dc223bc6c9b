extension SecretValue {
    /// The value under `key` in this table.
    /// - Throws: ``SecretsError`` when this is no table or has no such key; the message names
    ///   the full key path and how to add it.
    public subscript(key: String) -> SecretValue {
        get throws(SecretsError) {
            let table = try self.table
            guard let value = table[key] else { throw .missingKey(context.path.appending(key), sources: context.sources) }
            return value
        }
    }

    /// The element at `index` of this array.
    /// - Throws: ``SecretsError`` when this is no array or `index` is out of its bounds.
    public subscript(index: Int) -> SecretValue {
        get throws(SecretsError) {
            let array = try self.array
            guard array.indices.contains(index) else {
                throw .indexOutOfRange(context.path.appending(index), count: array.count, sources: context.sources)
            }
            return array[index]
        }
    }

    /// The text of a string value.
    public var string: String {
        get throws(SecretsError) {
            guard case .string(let value) = kind else { throw wrongType(expected: "string") }
            return value
        }
    }

    /// An integer value; a string holding an integer (as environment variables do) reads as one.
    public var int: Int {
        get throws(SecretsError) {
            switch kind {
            case .integer(let value): return value
            case .string(let text): if let value = Int(text) { return value }
            default: break
            }
            throw wrongType(expected: "integer")
        }
    }

    /// A number; integers and strings holding a number read as one.
    public var double: Double {
        get throws(SecretsError) {
            switch kind {
            case .double(let value): return value
            case .integer(let value): return Double(value)
            case .string(let text): if let value = Double(text) { return value }
            default: break
            }
            throw wrongType(expected: "floating-point number")
        }
    }

    /// A boolean; the strings `true` and `false` read as one.
    public var bool: Bool {
        get throws(SecretsError) {
            switch kind {
            case .bool(let value): return value
            case .string("true"): return true
            case .string("false"): return false
            default: throw wrongType(expected: "boolean")
            }
        }
    }

    /// The elements of an array, each of which names its index in errors.
    public var array: [SecretValue] {
        get throws(SecretsError) {
            guard case .array(let values) = kind else { throw wrongType(expected: "array") }
            return values.enumerated().map { $1.placed(at: context.child($0)) }
        }
    }

    /// The values of a table by key, each of which names its key path in errors.
    public var table: [String: SecretValue] {
        get throws(SecretsError) {
            guard case .table(let values) = kind else { throw wrongType(expected: "table") }
            return Dictionary(uniqueKeysWithValues: values.map { ($0.key, $0.value.placed(at: context.child($0.key))) })
        }
    }

    /// The keys of a table, sorted; empty for any other value.
    public var keys: [String] {
        guard case .table(let values) = kind else { return [] }
        return values.keys.sorted()
    }

    /// Whether this table holds `key`.
    public func contains(_ key: String) -> Bool {
        guard case .table(let values) = kind else { return false }
        return values[key] != nil
    }

    /// This value decoded into `T`, e.g. a table into a struct with one property per key.
    ///
    /// ```swift
    /// struct Database: Decodable { var host: String; var port: Int }
    /// let database = try st.secrets["db"].decode(Database.self)
    /// ```
    /// - Throws: ``SecretsError`` naming the key path and the type expected, never the value.
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws(SecretsError) -> T {
        try SecretDecoder.decode(type, from: self)
    }

    func wrongType(expected: String) -> SecretsError {
        .wrongType(context.path, expected: expected, actual: kind.typeName, sources: context.sources)
    }
}
