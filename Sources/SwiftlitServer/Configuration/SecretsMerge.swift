import SwiftlitRuntime

/// How secrets from several sources combine: tables merge key by key, and any other value from
/// the later source replaces the earlier one.
enum SecretsMerge {
    static func merge(_ top: [String: SecretValue], over base: [String: SecretValue]) -> [String: SecretValue] {
        base.merging(top) { earlier, later in
            if case .table(let below) = earlier.kind, case .table(let above) = later.kind {
                return .table(merge(above, over: below))
            }
            return later
        }
    }

    /// `value` at the key path `keys`, inside one table per key before the last.
    static func tree(_ keys: [String], _ value: SecretValue) -> [String: SecretValue] {
        guard let first = keys.first else { return [:] }
        guard keys.count > 1 else { return [first: value] }
        return [first: .table(tree(Array(keys.dropFirst()), value))]
    }
}
