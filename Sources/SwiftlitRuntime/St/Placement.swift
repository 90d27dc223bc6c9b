import SwiftlitProtocol

/// Where an `St` handle draws: its container, and what that container is inside of.
struct Placement: Sendable {
    /// The container's path.
    var path: ElementPath
    /// A slot (`st.empty()`) holds one child: each element replaces the last one.
    var isSlot = false
    /// The form the container is in, if any.
    var form: String?
    /// The fragment the container is in, if any.
    var fragment: String?
    /// How many `columns` blocks enclose the container.
    var columnDepth = 0
    /// The path of the app page (``Page``) the container is drawn for, if any: widgets drawn there
    /// are that page's, so two pages can each have a "Name" text input without sharing its value.
    var page: String?

    /// A root container.
    static func root(_ root: RootContainer) -> Placement { Placement(path: ElementPath([root.rawValue])) }

    /// A container at `path` inside this one, inheriting its form and fragment.
    func child(_ path: ElementPath, isSlot: Bool = false) -> Placement {
        Placement(path: path, isSlot: isSlot, form: form, fragment: fragment, columnDepth: columnDepth, page: page)
    }

    /// The root container `root`, drawn for the same page as this container.
    func root(_ root: RootContainer) -> Placement {
        var placement = Placement.root(root)
        placement.page = page
        return placement
    }

    /// The identity of a widget drawn here: the one place widget ids are made, so that every
    /// widget drawn for a page carries that page's path.
    func widgetID(kind: Element.Kind, label: String, key: String?) -> WidgetID {
        let id = WidgetID(kind: kind, label: label, key: key)
        guard let page else { return id }
        return WidgetID(rawValue: "\(page)/\(id.rawValue)")
    }
}

/// A change a run made since the last flush.
enum PendingChange: Sendable, Equatable {
    /// The node at this path was set.
    case node(ElementPath)
    /// The container at this path lost children (a slot was cleared or replaced).
    case trim(ElementPath)
}

/// What a run executes.
enum RunScope: Sendable {
    /// The whole app.
    case app
    /// Only these fragments, each into its own block.
    case fragments([FragmentRecord])
}

/// A fragment as a run registered it: its body and where it draws.
struct FragmentRecord: Sendable {
    var id: String
    var placement: Placement
    var body: AppBody
    var runEvery: Duration?
}
