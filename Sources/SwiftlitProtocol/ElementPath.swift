/// Where a node sits in the page: the root container first, then a child index per level.
///
/// `[0, 2]` is the third element of the main area; `[1, 0, 4]` is the fifth child of the first
/// container in the sidebar. On the wire it is a plain JSON array of integers.
public struct ElementPath: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The indices, root first.
    public var indices: [Int]

    /// Creates a path from its indices, root first.
    public init(_ indices: [Int]) { self.indices = indices }

    /// The root container this path lives in.
    public var root: Int { indices.first ?? 0 }

    /// The path of the container holding this node, or `nil` for a root.
    public var parent: ElementPath? {
        indices.count > 1 ? ElementPath(Array(indices.dropLast())) : nil
    }

    /// The path of this container's child at `index`.
    public func appending(_ index: Int) -> ElementPath { ElementPath(indices + [index]) }

    public init(from decoder: any Decoder) throws {
        indices = try [Int](from: decoder)
        guard !indices.isEmpty, indices.allSatisfy({ $0 >= 0 }) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "a path is a non-empty array of non-negative integers"))
        }
    }

    public func encode(to encoder: any Encoder) throws { try indices.encode(to: encoder) }

    public var description: String { "[" + indices.map(String.init).joined(separator: ",") + "]" }
}

/// The root containers of a page. Their raw values are the first index of an ``ElementPath``.
public enum RootContainer: Int, Sendable, CaseIterable {
    /// The main column of the page.
    case main = 0
    /// The sidebar.
    case sidebar = 1
    /// Out-of-flow UI: page configuration, dialogs, toasts and celebrations.
    case event = 2
}
