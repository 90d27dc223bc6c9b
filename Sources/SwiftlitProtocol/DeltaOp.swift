/// One change to the page, as the server sends it inside a run's messages.
///
/// Applying a run's operations in order to the browser's tree yields the server's tree. Only
/// what changed travels: an element equal to the one already at its path is never sent.
public enum DeltaOp: Hashable, Sendable {
    /// Put `node` at `path`. The path's last index is at most the parent's child count (equal
    /// appends). When both the old and the new node are containers, the old children stay.
    case set(path: ElementPath, node: Element)
    /// Insert `node` at `path`, shifting that position and the ones after it by one. The last
    /// index is at most the parent's child count.
    case insert(path: ElementPath, node: Element)
    /// Remove `count` children starting at `path`, shifting later ones back.
    case remove(path: ElementPath, count: Int)
    /// Keep only the first `count` children of the container at `path`.
    case trim(path: ElementPath, count: Int)
    /// Keep the first `keep` UTF-16 code units of the HTML of the `markdown` element at `path`
    /// and append `text`: a streamed reply travels as what it gained, not as its whole text again.
    case splice(path: ElementPath, keep: Int, text: String)
}

extension DeltaOp {
    /// The path the operation acts on (a node for `set`, `insert` and `remove`; a container for `trim`).
    public var path: ElementPath {
        switch self {
        case .set(let path, _), .insert(let path, _), .remove(let path, _), .trim(let path, _),
            .splice(let path, _, _):
            path
        }
    }
}

extension DeltaOp: Codable {
    private enum CodingKeys: String, CodingKey { case op, path, node, count, keep, text }
    private enum Op: String, Codable { case set, insert, remove, trim, splice }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decode(ElementPath.self, forKey: .path)
        switch try container.decode(Op.self, forKey: .op) {
        case .set: self = .set(path: path, node: try container.decode(Element.self, forKey: .node))
        case .insert: self = .insert(path: path, node: try container.decode(Element.self, forKey: .node))
        case .remove: self = .remove(path: path, count: try Self.count(in: container))
        case .trim: self = .trim(path: path, count: try Self.count(in: container))
        case .splice:
            self = .splice(
                path: path, keep: try Self.count(in: container, key: .keep),
                text: try container.decode(String.self, forKey: .text))
        }
    }

    private static func count(
        in container: KeyedDecodingContainer<CodingKeys>, key: CodingKeys = .count
    ) throws -> Int {
        let count = try container.decode(Int.self, forKey: key)
        guard count >= 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "\(key.stringValue) is negative")
        }
        return count
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .set(let path, let node):
            try container.encode(Op.set, forKey: .op)
            try container.encode(path, forKey: .path)
            try container.encode(node, forKey: .node)
        case .insert(let path, let node):
            try container.encode(Op.insert, forKey: .op)
            try container.encode(path, forKey: .path)
            try container.encode(node, forKey: .node)
        case .remove(let path, let count):
            try container.encode(Op.remove, forKey: .op)
            try container.encode(path, forKey: .path)
            try container.encode(count, forKey: .count)
        case .trim(let path, let count):
            try container.encode(Op.trim, forKey: .op)
            try container.encode(path, forKey: .path)
            try container.encode(count, forKey: .count)
        case .splice(let path, let keep, let text):
            try container.encode(Op.splice, forKey: .op)
            try container.encode(path, forKey: .path)
            try container.encode(keep, forKey: .keep)
            try container.encode(text, forKey: .text)
        }
    }
}
