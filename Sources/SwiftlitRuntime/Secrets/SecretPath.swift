/// A key path into ``Secrets``, as error messages write it: `connections.sql.hosts[1]`.
struct SecretPath: Sendable, Equatable, CustomStringConvertible {
    enum Part: Sendable, Equatable {
        case key(String)
        case index(Int)
    }

    private(set) var parts: [Part] = []

    init(_ parts: [Part] = []) { self.parts = parts }

    /// A dotted path (`connections.sql`) as keys; empty parts are dropped.
    init(dotted: String) {
        parts = dotted.split(separator: ".").map { .key(String($0)) }
    }

    func appending(_ key: String) -> SecretPath { SecretPath(parts + [.key(key)]) }
    func appending(_ index: Int) -> SecretPath { SecretPath(parts + [.index(index)]) }

    var isEmpty: Bool { parts.isEmpty }

    /// The path without its last part.
    var parent: SecretPath { SecretPath(Array(parts.dropLast())) }

    /// The keys only, when the path has no array index: what a file or variable can name.
    var keys: [String]? {
        var keys: [String] = []
        for part in parts {
            guard case .key(let key) = part else { return nil }
            keys.append(key)
        }
        return keys
    }

    var description: String {
        var text = ""
        for part in parts {
            switch part {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(the root)" : text
    }
}
