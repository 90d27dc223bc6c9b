import SwiftlitProtocol

extension Element {
    /// Whether two nodes are the same widget (whatever its value), so that one can update the other in place.
    func isSameItem(as other: Element) -> Bool {
        guard let id = widget?.id else { return false }
        return other.widget?.id == id && kind == other.kind
    }
}

/// Turns what a run has built into the operations that bring the browser's tree up to date.
///
/// The differ owns the mirror: the tree as the browser has it. Every operation it returns has
/// already been applied to the mirror, so the mirror and the browser cannot drift. An operation
/// that does not fit the mirror is a broken invariant: the differ throws, and its caller sends
/// ``resync(to:)``'s operations instead, which bring any browser tree back to the built page.
struct TreeDiffer: Sendable {
    /// The tree as the browser shows it.
    private(set) var mirror = ElementTree()
    /// Widgets whose browser value does not fit them: the mirror cannot show that value, so the
    /// next version of the widget is sent whatever it holds.
    private var unfitWidgets: Set<WidgetID> = []

    /// How far ahead the differ looks for a node that moved up because the ones before it are gone.
    static let lookAhead = 32

    /// Operations for the nodes at `paths` (in order) of `built`, skipping every node that equals
    /// what the browser already shows there.
    ///
    /// Positions shift when an app shows more or fewer elements than last time (a loop over a
    /// slider's value). So that everything after such a change does not travel again, a node is
    /// matched against the browser's node at its position, then a little further on (the nodes in
    /// between were removed), and is otherwise inserted when its kind differs from the node at its
    /// position, or set in place when it is the same kind (an element whose content changed).
    ///
    /// Throws when an operation does not fit the mirror, leaving the mirror half updated: the
    /// caller resends the page with ``resync(to:)``.
    mutating func changes(at changes: [PendingChange], in built: ElementTree) throws(TreeError) -> [DeltaOp] {
        var ops: [DeltaOp] = []
        for change in changes {
            let path: ElementPath
            switch change {
            case .node(let nodePath): path = nodePath
            case .trim(let container):
                let count = built.childCount(at: container)
                if mirror.childCount(at: container) > count {
                    try mirror.trim(container, to: count)
                    ops.append(.trim(path: container, count: count))
                }
                continue
            }
            guard let node = built.node(at: path), let parent = path.parent, let index = path.indices.last else {
                continue
            }
            let step = Self.operations(
                placing: node.element, at: path, index: index, among: mirror.node(at: parent)?.children ?? [],
                unfit: &unfitWidgets)
            // Each change's container was placed before it (pending changes come in drawing
            // order), so these fit the mirror unless an invariant broke.
            for op in step { try mirror.apply(op) }
            ops += step
        }
        return ops
    }

    /// How to bring `shown` (the browser's children of the parent) to hold `element` at `index`.
    /// A separate function so `shown` is released before the mirror changes (no copy on write).
    private static func operations(
        placing element: Element, at path: ElementPath, index: Int, among shown: [ElementTree.Node],
        unfit: inout Set<WidgetID>
    ) -> [DeltaOp] {
        if index < shown.count, shown[index].element == element || shown[index].element.isSameItem(as: element) {
            let isUnfit = element.widget.map { unfit.remove($0.id) != nil } ?? false
            return isUnfit || shown[index].element != element ? [.set(path: path, node: element)] : []
        }
        if let found = laterMatch(for: element, in: shown, after: index) {
            // The nodes between were removed; the match may still need its content updated.
            let removal = DeltaOp.remove(path: path, count: found - index)
            return shown[found].element == element ? [removal] : [removal, .set(path: path, node: element)]
        }
        if index < shown.count, shown[index].element.kind != element.kind {
            return [.insert(path: path, node: element)]
        }
        if index < shown.count, let splice = splice(from: shown[index].element, to: element, at: path) {
            return [splice]
        }
        return [.set(path: path, node: element)]
    }

    /// Code units a markdown element's new HTML must share with the old for a splice to be sent
    /// instead of the whole element: below that, the two cost about the same.
    static let minimumSplice = 32

    /// A `splice` when `new` is `old` markdown with a changed end (a streamed reply that grew).
    private static func splice(from old: Element, to new: Element, at path: ElementPath) -> DeltaOp? {
        guard case .markdown(let before) = old, case .markdown(let after) = new, before.help == after.help,
            let change = TextSplice.between(before.html, after.html, minimumKept: minimumSplice)
        else { return nil }
        return .splice(path: path, keep: change.keep, text: change.text)
    }

    private static func laterMatch(for element: Element, in shown: [ElementTree.Node], after index: Int) -> Int? {
        guard index + 1 < shown.count else { return nil }
        let end = min(shown.count, index + 1 + lookAhead)
        return (index + 1..<end).first { shown[$0].element.isSameItem(as: element) || shown[$0].element == element }
    }

    /// Operations that remove what a finished run did not build: every container of `built`
    /// (below `scopes`, every root by default) trims the mirror's matching container down to
    /// its own child count. Throws, like ``changes(at:in:)``, when an invariant broke.
    mutating func trims(
        toMatch built: ElementTree, under scopes: [ElementPath] = RootContainer.allCases.map { ElementPath([$0.rawValue]) }
    ) throws(TreeError) -> [DeltaOp] {
        var ops: [DeltaOp] = []
        for scope in scopes {
            guard let node = built.node(at: scope) else { continue }
            try collectTrims(for: node, at: scope, into: &ops)
        }
        return ops
    }

    private mutating func collectTrims(
        for node: ElementTree.Node, at path: ElementPath, into ops: inout [DeltaOp]
    ) throws(TreeError) {
        if mirror.childCount(at: path) > node.children.count {
            try mirror.trim(path, to: node.children.count)
            ops.append(.trim(path: path, count: node.children.count))
        }
        for (index, child) in node.children.enumerated() where child.element.isContainer {
            try collectTrims(for: child, at: path.appending(index), into: &ops)
        }
    }

    /// Operations that bring a browser's tree, whatever it holds, to `built`: every node set
    /// from the roots down, then every container trimmed to its length. The mirror becomes
    /// `built`. For when the mirror can no longer be trusted (a broken invariant). Unlike
    /// emptying the roots first, setting a node the browser already shows keeps its DOM, so an
    /// expander stays open and a toast does not show twice.
    mutating func resync(to built: ElementTree) -> [DeltaOp] {
        var sets: [DeltaOp] = []
        var trims: [DeltaOp] = []
        for root in RootContainer.allCases {
            let path = ElementPath([root.rawValue])
            guard let node = built.node(at: path) else { continue }
            Self.collectResync(node, at: path, sets: &sets, trims: &trims)
        }
        mirror = built
        unfitWidgets = []
        return sets + trims
    }

    /// Sets come parent first and in index order, so each lands in a container that exists and
    /// at most one past its last child; trims come after every set.
    private static func collectResync(
        _ container: ElementTree.Node, at path: ElementPath, sets: inout [DeltaOp], trims: inout [DeltaOp]
    ) {
        for (index, child) in container.children.enumerated() {
            let childPath = path.appending(index)
            sets.append(.set(path: childPath, node: child.element))
            if child.element.isContainer { collectResync(child, at: childPath, sets: &sets, trims: &trims) }
        }
        trims.append(.trim(path: path, count: container.children.count))
    }

    /// Records widget values the browser reports, so a widget the user just moved is not sent back.
    mutating func recordClientValues(_ values: [WidgetID: WidgetValue]) {
        guard !values.isEmpty else { return }
        var unfit = Set<WidgetID>()
        mirror.updateWidgets { element in
            guard let id = element.widget?.id, let value = values[id] else { return nil }
            if let shown = element.showing(value) { return shown }
            unfit.insert(id)
            return nil
        }
        unfitWidgets.formUnion(unfit)
    }

    /// Forgets the browser's tree: after a reconnect the page is resent in full (unchanged DOM
    /// nodes are still kept by the browser's patcher).
    mutating func reset() {
        mirror = ElementTree()
        unfitWidgets = []
    }
}
