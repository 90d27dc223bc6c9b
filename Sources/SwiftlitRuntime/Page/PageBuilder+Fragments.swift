import SwiftlitProtocol

extension PageBuilder {
    /// A fragment run starts from the page as the browser shows it, with the fragments' blocks
    /// emptied and their widgets, nested fragments and slots forgotten; the bodies redraw them.
    mutating func beginFragments(_ records: [FragmentRecord]) {
        draft = PageDraft(startingFrom: core.differ.mirror)
        rendered = core.registry
        fragments = core.fragments
        slots = core.slots
        tables = core.tables
        media = core.media
        for record in records {
            let path = record.placement.path
            draft.startOver(path)
            rendered.removeWidgets(under: path)
            fragments = fragments.filter { !$0.value.placement.path.isInside(path) }
            slots = slots.filter { !$0.value.isInside(path) }
        }
    }

    /// Draws a fragment's block in `parent` and records the fragment, in one step. Returns the
    /// placement its body draws in (which names the fragment), or `nil` when the run is halted.
    mutating func drawFragment(
        baseID: String, in parent: Placement, body: @escaping AppBody, runEvery: Duration?,
        block: (String) -> BlockElement
    ) -> Placement? {
        guard let path = append(.block(block(baseID)), in: parent) else { return nil }
        var placement = parent.child(path)
        guard let id = registerFragment(baseID: baseID, placement: placement, body: body, runEvery: runEvery)
        else { return nil }
        if id != baseID { replace(at: path, with: .block(block(id))) }
        placement.fragment = id
        fragments[id]?.placement = placement
        return placement
    }

    /// Records a fragment this run drew, so a later request can rerun it alone. Returns the id
    /// (made unique when the same call site draws several), or `nil` when the run is halted.
    mutating func registerFragment(
        baseID: String, placement: Placement, body: @escaping AppBody, runEvery: Duration?
    ) -> String? {
        guard !halted else { return nil }
        var id = baseID
        var copy = 1
        while fragments[id] != nil && fragments[id]?.placement.path != placement.path {
            copy += 1
            id = "\(baseID)#\(copy)"
        }
        fragments[id] = FragmentRecord(id: id, placement: placement, body: body, runEvery: runEvery)
        return id
    }

    /// Records a keyed slot, where server pushes land.
    mutating func registerSlot(_ key: String, at path: ElementPath) {
        slots[key] = path
    }
}
