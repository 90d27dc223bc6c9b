import SwiftlitProtocol

extension PageBuilder {
    /// Places `element` in a container: appended, or in a slot replacing what was there.
    /// Returns its path (see ``place(_:in:)``), or `nil` when the run is halted.
    @discardableResult
    mutating func append(_ element: Element, in placement: Placement) -> ElementPath? {
        guard !halted else { return nil }
        return place(element, in: placement)
    }

    /// Replaces the element at `path`, keeping its children when both are blocks of one layout:
    /// progress bars, status containers and slots update this way while the run goes.
    mutating func replace(at path: ElementPath, with element: Element) {
        guard !halted else { return }
        if !draft.replace(at: path, with: element), let container = path.parent { noteRemovedContainer(container) }
    }

    /// Empties the container at `path` (a slot the app cleared, a spinner that ended).
    mutating func clear(_ path: ElementPath) {
        guard !halted else { return }
        if !draft.clear(path) { noteRemovedContainer(path) }
    }

    /// Takes away an element that shows only while something runs (a spinner), leaving nothing
    /// when it is still the last of its container, else an empty slot so that what was drawn after
    /// it keeps its place.
    mutating func removeTransient(_ path: ElementPath) {
        guard !halted, !draft.removeLastChild(path) else { return }
        replace(at: path, with: .block(.slot))
    }

    /// A number that differs for every call in the session, for toasts and celebrations.
    mutating func nextNonce() -> Int {
        nonce += 1
        return run * 1000 + nonce
    }

    /// Merges a page configuration into the run's one `pageConfig` element.
    mutating func setPageConfig(_ config: PageConfigElement) {
        guard !halted else { return }
        if let path = pageConfigPath, case .pageConfig(let old) = draft.tree.node(at: path)?.element {
            let merged = PageConfigElement(
                title: config.title ?? old.title, icon: config.icon ?? old.icon, layout: config.layout ?? old.layout,
                initialSidebarState: config.initialSidebarState ?? old.initialSidebarState)
            // The node was just read there, so the replacement holds.
            _ = draft.replace(at: path, with: .pageConfig(merged))
        } else {
            pageConfigPath = place(.pageConfig(config), in: .root(.event))
        }
    }

    /// Keeps a table this run shows, so the browser can fetch its rows.
    mutating func registerTable(_ lease: TableLease) {
        guard !halted else { return }
        tables[lease.id] = lease
    }
}
