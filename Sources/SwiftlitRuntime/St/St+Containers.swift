import SwiftlitMarkdown
import SwiftlitProtocol

/// Containers: each returns a handle with every `st` method, and also takes a closure, so both
/// styles work:
///
/// ```swift
/// let box = st.container(border: true)
/// box.write("inside")
/// st.expander("Details") { st in st.write(details) }
/// ```
extension St {
    /// A container that groups elements; drawing into it later keeps their place on the page.
    /// - Parameters:
    ///   - border: Draws a border around it.
    ///   - height: A fixed height in pixels; its content scrolls.
    public func container(border: Bool = false, height: Int? = nil) -> St {
        child(at: emit(.block(.vertical(VerticalBlock(border: border, height: height)))))
    }

    /// A container, filled by `body`.
    @discardableResult
    public func container<T>(border: Bool = false, height: Int? = nil, _ body: (St) throws -> T) rethrows -> T {
        try body(container(border: border, height: height))
    }

    /// A collapsible section. `expanded` is how it starts; the browser keeps what the user chose.
    public func expander(_ label: String, expanded: Bool = false, icon: String? = nil) -> St {
        child(
            at: emit(
                .block(
                    .expander(
                        ExpanderBlock(
                            label: label, expanded: expanded, icon: icon, labelHTML: Markdown.labelHTML(from: label))))))
    }

    /// A collapsible section, filled by `body`.
    @discardableResult
    public func expander<T>(
        _ label: String, expanded: Bool = false, icon: String? = nil, _ body: (St) throws -> T
    ) rethrows -> T {
        try body(expander(label, expanded: expanded, icon: icon))
    }

    /// A button that opens a floating panel; the handle draws into the panel.
    public func popover(_ label: String, help: String? = nil, disabled: Bool = false) -> St {
        child(
            at: emit(
                .block(
                    .popover(
                        PopoverBlock(
                            label: label, help: help, disabled: disabled, labelHTML: Markdown.labelHTML(from: label))))))
    }

    /// A popover, filled by `body`.
    @discardableResult
    public func popover<T>(
        _ label: String, help: String? = nil, disabled: Bool = false, _ body: (St) throws -> T
    ) rethrows -> T {
        try body(popover(label, help: help, disabled: disabled))
    }

    /// Tabs; returns one handle per label, in order. The browser keeps the selected tab.
    ///
    /// ```swift
    /// let tabs = st.tabs(["Chart", "Data"])
    /// tabs[0].write("chart here")
    /// ```
    public func tabs(_ labels: [String]) -> [St] {
        let rendered = labels.map(Markdown.labelHTML(from:))
        let labelsHTML = rendered.contains { $0 != nil } ? zip(labels, rendered).map { $1 ?? Markdown.escapedText($0) } : nil
        guard let bar = emit(.block(.tabs(TabsBlock(labels: labels, labelsHTML: labelsHTML)))) else {
            return labels.map { _ in child(at: nil) }
        }
        let tabs = child(at: bar)
        return labels.map { tabs.child(at: tabs.emit(.block(.tab(TabBlock(label: $0))))) }
    }

    /// A slot holding one element: each element drawn into it replaces the last, and `empty()`
    /// on it clears it. Good for live progress and animation while the app runs.
    ///
    /// ```swift
    /// let status = st.empty()
    /// for step in 1...3 { status.text("Step \(step)"); try await work(step) }
    /// status.empty()
    /// ```
    /// - Parameter key: Names the slot so that a background task can fill it later through
    ///   ``St/push``.
    @discardableResult
    public func empty(key: String? = nil) -> St {
        let path = emit(.block(.slot))
        if let key, let path { run.withBuilder { $0.registerSlot(key, at: path) } }
        return child(at: path, isSlot: true)
    }
}
