import SwiftlitProtocol

/// The page a run is drawing, and which of its changes the browser has not been sent yet.
///
/// The tree and its pending changes only change together, here. A handle's container can be
/// gone (the slot holding it was refilled or cleared): drawing into it returns `nil` or `false`
/// and changes nothing. Past those checks a `TreeError` means a broken invariant, never an
/// expected outcome: it is kept for the log, and the next operations resend the whole page so
/// that the browser and the server's mirror agree again instead of drifting apart.
struct PageDraft: Sendable {
    /// The page as the run has drawn it so far.
    private(set) var tree: ElementTree
    /// Changes since the last send, in order.
    private(set) var pending: [PendingChange] = []
    /// A tree operation broke an invariant: the next operations resend the whole page.
    private(set) var needsResync = false
    /// Broken invariants not yet reported, oldest first.
    private(set) var brokenInvariants: [TreeError] = []

    /// A draft starting from `tree`: an empty page, or the browser's page for a fragment run.
    init(startingFrom tree: ElementTree = ElementTree()) {
        self.tree = tree
    }

    /// Whether the next send has something to say.
    var hasUnsentChanges: Bool { needsResync || !pending.isEmpty }

    /// How many children the container at `path` holds, or `nil` when no container is there.
    func childCount(ofContainer path: ElementPath) -> Int? {
        guard let node = tree.node(at: path), node.element.isContainer else { return nil }
        return node.children.count
    }

    /// Appends `element` to the container at `container`; `nil` when that container is gone.
    mutating func append(_ element: Element, to container: ElementPath) -> ElementPath? {
        guard let count = childCount(ofContainer: container) else { return nil }
        let path = container.appending(count)
        guard edit({ (tree) throws(TreeError) in try tree.set(element, at: path) }) else { return nil }
        pending.append(.node(path))
        return path
    }

    /// Makes `element` the one child of the slot at `slot`; `nil` when that slot is gone.
    mutating func fill(slot: ElementPath, with element: Element) -> ElementPath? {
        guard childCount(ofContainer: slot) != nil else { return nil }
        let path = slot.appending(0)
        guard edit({ (tree) throws(TreeError) in
            try tree.trim(slot, to: 0)
            try tree.set(element, at: path)
        }) else { return nil }
        pending += [.node(path), .trim(slot)]
        return path
    }

    /// Replaces the node at `path`, keeping its children when both are blocks of one layout (or
    /// appends it when `path` is just past its container's last child); `false` when its
    /// container is gone.
    mutating func replace(at path: ElementPath, with element: Element) -> Bool {
        guard let container = path.parent, let index = path.indices.last,
            let count = childCount(ofContainer: container), index <= count,
            edit({ (tree) throws(TreeError) in try tree.set(element, at: path) })
        else { return false }
        pending.append(.node(path))
        return true
    }

    /// Removes the node at `path` when it is its container's last child; `false` otherwise.
    mutating func removeLastChild(_ path: ElementPath) -> Bool {
        guard let container = path.parent, let index = path.indices.last,
            childCount(ofContainer: container) == index + 1,
            edit({ (tree) throws(TreeError) in try tree.trim(container, to: index) })
        else { return false }
        pending.append(.trim(container))
        return true
    }

    /// Empties the container at `path`; `false` when it is gone.
    mutating func clear(_ path: ElementPath) -> Bool {
        guard childCount(ofContainer: path) != nil, edit({ (tree) throws(TreeError) in try tree.trim(path, to: 0) })
        else { return false }
        pending.append(.trim(path))
        return true
    }

    /// Empties a container a fragment run redraws from scratch, without recording a change: the
    /// run's final trims tell the browser what did not come back. Does nothing when the
    /// container is gone (a fragment nested in another one the same run empties).
    mutating func startOver(_ path: ElementPath) {
        guard childCount(ofContainer: path) != nil else { return }
        edit { (tree) throws(TreeError) in try tree.trim(path, to: 0) }
    }

    /// The operations that bring the browser up to date with the draft, applied to `differ`'s
    /// mirror as they are made. With `finalTrimsUnder`, the run is over: containers below those
    /// paths also lose what the run did not draw again. After a broken invariant (here or in
    /// the mirror) they resend the whole page instead.
    mutating func takeChanges(diffingWith differ: inout TreeDiffer, finalTrimsUnder scopes: [ElementPath]? = nil)
        -> [DeltaOp]
    {
        defer { pending = [] }
        if !needsResync {
            do throws(TreeError) {
                var ops = try differ.changes(at: pending, in: tree)
                if let scopes { ops += try differ.trims(toMatch: tree, under: scopes) }
                return ops
            } catch {
                brokenInvariants.append(error)
            }
        }
        needsResync = false
        return differ.resync(to: tree)
    }

    /// Hands over the broken invariants recorded so far, for the log.
    mutating func takeBrokenInvariants() -> [TreeError] {
        defer { brokenInvariants = [] }
        return brokenInvariants
    }

    /// Records that the tree broke an invariant, so that the page is resent whole. Every failed
    /// tree operation comes through here; tests call it to check the resend.
    mutating func noteBrokenInvariant(_ error: TreeError) {
        brokenInvariants.append(error)
        needsResync = true
    }

    /// Applies an edit the checks before it make safe; returns whether it held. A failure is a
    /// broken invariant: whatever the edit did before failing, the page is resent whole.
    @discardableResult
    private mutating func edit(_ body: (inout ElementTree) throws(TreeError) -> Void) -> Bool {
        do throws(TreeError) {
            try body(&tree)
            return true
        } catch {
            noteBrokenInvariant(error)
            return false
        }
    }
}
