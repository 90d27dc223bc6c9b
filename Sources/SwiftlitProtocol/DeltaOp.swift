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
}

extension DeltaOp {
    /// The path the operation acts on (a node for `set`, `insert` and `remove`; a container for `trim`).
    public var path: ElementPath {
        switch self {
        case .set(let path, _), .insert(let path, _), .remove(let path, _), .trim(let path, _): path
        }
    }
}

extension DeltaOp: Codable {
    private enum CodingKeys: String, CodingKey { case op, path, node, count }
    private enum Op: String, Codable { case set, insert, remove, trim }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let path = try container.decode(ElementPath.self, forKey: .path)
        switch try container.decode(Op.self, forKey: .op) {
        case .set: self = .set(path: path, node: try container.decode(Element.self, forKey: .node))
        case .insert: self = .insert(path: path, node: try container.decode(Element.self, forKey: .node))
        case .remove: self = .remove(path: path, count: try Self.count(in: container))
        case .trim: self = .trim(path: path, count: try Self.count(in: container))
        }
    }

    private static func count(in container: KeyedDecodingContainer<CodingKeys>) throws -> Int {
        let count = try container.decode(Int.self, forKey: .count)
        guard count >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .count, in: container, debugDescription: "count is negative")
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
        }
    }
}
