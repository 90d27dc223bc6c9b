public import SwiftlitProtocol

/// The page as a tree of elements: the browser's view, the server's mirror of it, and what a run builds.
///
/// The roots are containers (``RootContainer``); a container's children are addressed by index.
/// ``apply(_:)`` follows `docs/protocol.md` exactly, so applying a run's ``DeltaOp``s to the
/// mirror and to the browser's tree keeps the two equal.
public struct ElementTree: Hashable, Sendable {
    /// One node and, for containers, its children.
    public struct Node: Hashable, Sendable {
        public var element: Element
        public var children: [Node]

        public init(_ element: Element, children: [Node] = []) {
            self.element = element
            self.children = children
        }
    }

    /// The root containers, indexed by ``RootContainer`` raw value.
    public private(set) var roots: [Node]

    /// An empty page.
    public init() {
        roots = RootContainer.allCases.map { _ in Node(.block(.plain)) }
    }

    /// The node at `path`, or `nil` when nothing is there.
    public func node(at path: ElementPath) -> Node? {
        guard let first = path.indices.first, roots.indices.contains(first) else { return nil }
        var node = roots[first]
        for index in path.indices.dropFirst() {
            guard node.children.indices.contains(index) else { return nil }
            node = node.children[index]
        }
        return node
    }

    /// How many children the container at `path` holds (0 when there is none).
    public func childCount(at path: ElementPath) -> Int { node(at: path)?.children.count ?? 0 }

    /// Applies one operation; throws ``TreeError`` when its path does not fit this tree.
    public mutating func apply(_ op: DeltaOp) throws(TreeError) {
        switch op {
        case .set(let path, let element): try set(element, at: path)
        case .insert(let path, let element): try insert(element, at: path)
        case .remove(let path, let count): try remove(count, at: path)
        case .trim(let path, let count): try trim(path, to: count)
        case .splice(let path, let keep, let text): try splice(at: path, keep: keep, text: text)
        }
    }

    /// Splices the HTML of the `markdown` element at `path`; see ``DeltaOp/splice(path:keep:text:)``.
    public mutating func splice(at path: ElementPath, keep: Int, text: String) throws(TreeError) {
        guard let parent = path.parent, let index = path.indices.last else { throw TreeError.cannotReplaceRoot(path) }
        try modifyNode(at: parent) { (container) throws(TreeError) in
            guard container.children.indices.contains(index) else { throw TreeError.noSuchNode(path) }
            guard case .markdown(var markdown) = container.children[index].element,
                let html = TextSplice.apply(keep: keep, appending: text, to: markdown.html)
            else { throw TreeError.cannotSplice(path) }
            markdown.html = html
            container.children[index].element = .markdown(markdown)
        }
    }

    /// Puts `element` at `path`; see ``DeltaOp/set(path:node:)`` for the rules.
    public mutating func set(_ element: Element, at path: ElementPath) throws(TreeError) {
        guard let parent = path.parent, let index = path.indices.last else { throw TreeError.cannotReplaceRoot(path) }
        try modifyNode(at: parent) { (container) throws(TreeError) in
            guard container.element.isContainer else { throw TreeError.notAContainer(parent) }
            if index < container.children.count {
                let keepsChildren = element.keepsChildren(of: container.children[index].element)
                container.children[index].element = element
                if !keepsChildren { container.children[index].children = [] }
            } else if index == container.children.count {
                container.children.append(Node(element))
            } else {
                throw TreeError.gap(path, childCount: container.children.count)
            }
        }
    }

    /// Inserts `element` at `path`, shifting later siblings.
    public mutating func insert(_ element: Element, at path: ElementPath) throws(TreeError) {
        try modifyChildren(at: path) { (children, index) throws(TreeError) in
            guard index <= children.count else { throw TreeError.gap(path, childCount: children.count) }
            children.insert(Node(element), at: index)
        }
    }

    /// Removes `count` children starting at `path`.
    public mutating func remove(_ count: Int, at path: ElementPath) throws(TreeError) {
        try modifyChildren(at: path) { (children, index) throws(TreeError) in
            guard index + count <= children.count else { throw TreeError.noSuchNode(path) }
            children.removeSubrange(index..<(index + count))
        }
    }

    private mutating func modifyChildren(
        at path: ElementPath, _ body: (inout [Node], Int) throws(TreeError) -> Void
    ) throws(TreeError) {
        guard let parent = path.parent, let index = path.indices.last else { throw TreeError.cannotReplaceRoot(path) }
        try modifyNode(at: parent) { (container) throws(TreeError) in
            guard container.element.isContainer else { throw TreeError.notAContainer(parent) }
            try body(&container.children, index)
        }
    }

    /// Keeps only the first `count` children of the container at `path`.
    public mutating func trim(_ path: ElementPath, to count: Int) throws(TreeError) {
        try modifyNode(at: path) { (container) throws(TreeError) in
            guard container.element.isContainer else { throw TreeError.notAContainer(path) }
            if container.children.count > count { container.children.removeSubrange(count...) }
        }
    }

    /// Changes one widget's value in place, wherever it is; used when the browser reports values.
    mutating func updateWidgets(_ transform: (Element) -> Element?) {
        for index in roots.indices { Self.updateWidgets(in: &roots[index], transform) }
    }

    private static func updateWidgets(in node: inout Node, _ transform: (Element) -> Element?) {
        if node.element.widget != nil, let updated = transform(node.element) { node.element = updated }
        for index in node.children.indices { updateWidgets(in: &node.children[index], transform) }
    }

    private mutating func modifyNode(
        at path: ElementPath, _ body: (inout Node) throws(TreeError) -> Void
    ) throws(TreeError) {
        guard let first = path.indices.first, roots.indices.contains(first) else { throw TreeError.noSuchNode(path) }
        try Self.modify(&roots[first], along: path.indices.dropFirst(), path: path, body)
    }

    private static func modify(
        _ node: inout Node, along rest: ArraySlice<Int>, path: ElementPath, _ body: (inout Node) throws(TreeError) -> Void
    ) throws(TreeError) {
        guard let index = rest.first else { return try body(&node) }
        guard node.children.indices.contains(index) else { throw TreeError.noSuchNode(path) }
        try modify(&node.children[index], along: rest.dropFirst(), path: path, body)
    }
}

/// An operation whose path does not fit the tree it is applied to.
public enum TreeError: Error, Hashable, Sendable, CustomStringConvertible {
    case noSuchNode(ElementPath)
    case notAContainer(ElementPath)
    case cannotReplaceRoot(ElementPath)
    case gap(ElementPath, childCount: Int)
    case cannotSplice(ElementPath)

    public var description: String {
        switch self {
        case .noSuchNode(let path): "no node at \(path)"
        case .notAContainer(let path): "the node at \(path) is not a container"
        case .cannotReplaceRoot(let path): "\(path) names a root container, which cannot be replaced"
        case .gap(let path, let count): "cannot set \(path): its container has only \(count) children"
        case .cannotSplice(let path): "cannot splice \(path): it is not a markdown element that long"
        }
    }
}
