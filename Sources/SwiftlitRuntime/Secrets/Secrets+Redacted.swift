// Every way Swift turns a value into text or data shows the keys of secrets and hides their
// values: `description` (print, interpolation), `debugDescription` (String(reflecting:)), the
// mirror (dump, and anything that reflects), and `Encodable` (st.write, st.json).

extension SecretValue: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable, Encodable {
    /// Keys and `••••`: `{password: ••••, user: ••••}`.
    public var description: String {
        switch kind {
        case .string, .integer, .double, .bool: Secrets.mask
        case .array(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .table(let values): Self.describe(values)
        }
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        switch kind {
        case .string, .integer, .double, .bool: Mirror(self, children: [])
        case .array(let values): Mirror(self, unlabeledChildren: values, displayStyle: .collection)
        case .table(let values):
            Mirror(self, children: Self.mirrorChildren(values), displayStyle: .struct)
        }
    }

    /// Leaves encode as `"••••"`, tables as objects of their keys.
    public func encode(to encoder: any Encoder) throws {
        switch kind {
        case .string, .integer, .double, .bool:
            var container = encoder.singleValueContainer()
            try container.encode(Secrets.mask)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .table(let values):
            var container = encoder.container(keyedBy: SecretKey.self)
            for (key, value) in values { try container.encode(value, forKey: SecretKey(key)) }
        }
    }

    /// A table's values as labelled children, by key; each child is a redacted `SecretValue`.
    static func mirrorChildren(_ values: [String: SecretValue]) -> [Mirror.Child] {
        values.sorted { $0.key < $1.key }.map { Mirror.Child(label: $0.key, value: $0.value) }
    }

    static func describe(_ values: [String: SecretValue]) -> String {
        "{" + values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.description)" }.joined(separator: ", ") + "}"
    }
}

extension Secrets: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable, Encodable {
    /// The keys and `••••`: `Secrets({api_key: ••••, db: {password: ••••}})`.
    public var description: String { "Secrets(\(SecretValue.describe(values)))" }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: SecretValue.mirrorChildren(values), displayStyle: .struct)
    }

    /// An object of the top-level keys, every value `"••••"`.
    public func encode(to encoder: any Encoder) throws {
        try SecretValue(.table(values)).encode(to: encoder)
    }
}

/// A table key as a coding key.
struct SecretKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ key: String) { stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
