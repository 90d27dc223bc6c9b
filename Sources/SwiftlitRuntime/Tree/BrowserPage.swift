public import SwiftlitProtocol

/// The page as a browser holds it: the element tree and the value of every widget on it.
///
/// Operations go through ``ElementTree/apply(_:)``, the one implementation of the protocol's
/// rules that the server's mirror also uses. A widget placed by `set` or `insert` brings its
/// value, as a browser reads it from the rendered control; values of widgets that left the page
/// are forgotten when a run finishes.
public struct BrowserPage: Sendable {
    /// The elements.
    public private(set) var tree = ElementTree()
    /// What each widget on the page holds.
    public var widgetValues: [WidgetID: WidgetValue] = [:]

    /// An empty page.
    public init() {}

    /// Applies `ops` in order; throws at the first that does not fit, with that operation.
    public mutating func apply(_ ops: [DeltaOp]) throws(BrowserPageError) {
        for op in ops {
            do {
                try tree.apply(op)
            } catch {
                throw BrowserPageError(op: op, error: error)
            }
            switch op {
            case .set(_, let element), .insert(_, let element):
                if let id = element.widget?.id, let value = element.browserValue { widgetValues[id] = value }
            case .remove, .trim, .splice: break
            }
        }
    }

    /// Forgets the values of widgets that are no longer on the page.
    public mutating func pruneWidgetValues() {
        var present = Set<WidgetID>()
        for root in tree.roots { collectWidgets(root, into: &present) }
        widgetValues = widgetValues.filter { present.contains($0.key) }
    }

    private func collectWidgets(_ node: ElementTree.Node, into ids: inout Set<WidgetID>) {
        if let id = node.element.widget?.id { ids.insert(id) }
        for child in node.children { collectWidgets(child, into: &ids) }
    }
}

/// An operation that does not fit the page it was applied to: the sender's bug.
public struct BrowserPageError: Error, Sendable, CustomStringConvertible {
    /// The operation.
    public var op: DeltaOp
    /// Why it does not fit.
    public var error: TreeError

    public var description: String { "\(op) does not fit the page: \(error)" }
}
