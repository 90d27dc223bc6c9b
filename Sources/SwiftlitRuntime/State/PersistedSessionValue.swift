import Foundation

/// An `st.session` value restored from a ``SessionSnapshot``: JSON whose Swift type is known only
/// when the app reads it, so it is decoded then, as the type the read asks for.
struct PersistedSessionValue: Sendable {
    let json: Data
}

extension SessionStore {
    /// The `Codable` values, as JSON; other values cannot leave the process and are left out.
    /// Also returns why each `Codable` value that failed to encode did (`Double.nan` in JSON), and
    /// the keys of the values that are not `Codable`.
    func snapshot() -> (SessionSnapshot, failures: [String: any Error], localOnly: [String]) {
        let encoder = JSONEncoder()
        var values: [String: Data] = [:]
        var failures: [String: any Error] = [:]
        var localOnly: [String] = []
        for (key, value) in self.values {
            if let persisted = value as? PersistedSessionValue {
                values[key] = persisted.json
            } else if let encodable = value as? any Encodable {
                do {
                    values[key] = try encoder.encode(encodable)
                } catch {
                    failures[key] = error
                }
            } else {
                localOnly.append(key)
            }
        }
        let snapshot = SessionSnapshot(values: values, assignedKeys: assignedKeys.intersection(values.keys))
        return (snapshot, failures, localOnly)
    }

    /// A store holding a snapshot's values, each decoded when first read.
    init(_ snapshot: SessionSnapshot) {
        self.init(values: snapshot.values.mapValues { PersistedSessionValue(json: $0) }, assignedKeys: snapshot.assignedKeys)
    }

    /// `stored` as a `Value`: itself, or a restored value decoded as `Value`.
    static func cast<Value>(_ stored: (any Sendable)?, as type: Value.Type) -> Value? {
        if let value = stored as? Value { return value }
        guard let persisted = stored as? PersistedSessionValue, let decodable = type as? any Decodable.Type else {
            return nil
        }
        return decode(decodable, from: persisted.json) as? Value
    }

    private static func decode<T: Decodable>(_ type: T.Type, from json: Data) -> T? {
        // JSON that does not decode as the type read is a value of another type, which a typed
        // read returns as `nil`, as for any other type mismatch.
        try? JSONDecoder().decode(type, from: json)
    }
}
