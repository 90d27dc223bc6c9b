public import SwiftlitProtocol
public import SwiftlitRuntime
import Foundation

/// One element found on the page, with its place and its text.
public struct ElementView: Sendable, CustomStringConvertible {
    /// The element.
    public let element: Element
    /// Where it is.
    public let path: ElementPath

    /// The element's visible text: Markdown and headings without their tags, alerts' bodies,
    /// exceptions' messages, widgets' labels.
    public var text: String {
        switch element {
        case .heading(let e): HTMLText.plain(e.html)
        case .markdown(let e), .caption(let e): HTMLText.plain(e.html)
        case .alert(let e): HTMLText.plain(e.html)
        case .text(let e): e.text
        case .code(let e): e.code
        case .exception(let e): e.message
        case .linkButton(let e): e.link.label
        case .pageLink(let e): e.link.label
        case .badge(let e): HTMLText.plain(e.html)
        case .latex(let e): e.tex
        case .html(let e): e.html
        default: element.widget?.label ?? ""
        }
    }

    public var description: String { "\(element.kind.rawValue) at \(path): \(text)" }

    /// The layout of a container; `nil` for other elements.
    public var layout: BlockElement.Layout? {
        if case .block(let block) = element { block.layout } else { nil }
    }

    /// The fragment id of a fragment's or dialog's block.
    public var fragment: String? {
        if case .block(let block) = element { block.fragment } else { nil }
    }
}

extension AppTest {
    /// Every node on the page in reading order: the main area, then the sidebar.
    public func allNodes() -> [ElementTree.Node] { views().map { ElementTree.Node($0.element) } }

    /// Every element of `kind`, in reading order.
    public func elements(_ kind: Element.Kind) -> [ElementView] { views().filter { $0.element.kind == kind } }

    /// Headings (`title`, `header`, `subheader`).
    public var headings: [ElementView] { elements(.heading) }
    /// `markdown` and `write` text.
    public var markdown: [ElementView] { elements(.markdown) }
    /// Callouts (`success`, `info`, `warning`, `error`).
    public var alerts: [ElementView] { elements(.alert) }
    /// Errors shown on the page.
    public var exceptions: [ElementView] { elements(.exception) }
    /// Badges; `text` is the label without its tags.
    public var badges: [ElementView] { elements(.badge) }
    /// Formulas; `text` is the LaTeX source.
    public var latex: [ElementView] { elements(.latex) }
    /// `html` elements; `text` is the HTML source.
    public var htmlElements: [ElementView] { elements(.html) }

    /// Containers of one layout (columns, tabs, expanders, forms, dialogs…), in reading order.
    public func blocks(_ layout: BlockElement.Layout) -> [ElementView] { views().filter { $0.layout == layout } }

    /// Everything inside `container`, in reading order.
    public func elements(in container: ElementView) -> [ElementView] {
        views().filter { $0.path.indices.count > container.path.indices.count && $0.path.indices.starts(with: container.path.indices) }
    }

    /// The widget of `kind` labelled `label` (the first, if several share it).
    public func widget(_ kind: Element.Kind, _ label: String) throws -> WidgetHandle {
        guard let view = views().first(where: { $0.element.kind == kind && $0.element.widget?.label == label }) else {
            throw AppTestError.noSuchWidget("\(kind.rawValue) labelled '\(label)'")
        }
        return WidgetHandle(test: self, view: view)
    }

    /// The widget created with `key:`.
    public func widget(key: String) throws -> WidgetHandle {
        guard let view = views().first(where: { $0.element.widget?.id.rawValue.hasSuffix("#\(key)") == true }) else {
            throw AppTestError.noSuchWidget("key '\(key)'")
        }
        return WidgetHandle(test: self, view: view)
    }

    public func button(_ label: String) throws -> WidgetHandle { try widget(.button, label) }
    public func checkbox(_ label: String) throws -> WidgetHandle { try widget(.checkbox, label) }
    public func toggle(_ label: String) throws -> WidgetHandle { try widget(.toggle, label) }
    public func textInput(_ label: String) throws -> WidgetHandle { try widget(.textInput, label) }
    public func textArea(_ label: String) throws -> WidgetHandle { try widget(.textArea, label) }
    public func numberInput(_ label: String) throws -> WidgetHandle { try widget(.numberInput, label) }
    public func slider(_ label: String) throws -> WidgetHandle { try widget(.slider, label) }
    public func selectbox(_ label: String) throws -> WidgetHandle { try widget(.selectbox, label) }
    public func radio(_ label: String) throws -> WidgetHandle { try widget(.radio, label) }
    public func multiselect(_ label: String) throws -> WidgetHandle { try widget(.multiselect, label) }
    public func chatInput(_ placeholder: String) throws -> WidgetHandle { try widget(.chatInput, placeholder) }
    // Pickers (issue 13).
    public func dateInput(_ label: String) throws -> WidgetHandle { try widget(.dateInput, label) }
    public func timeInput(_ label: String) throws -> WidgetHandle { try widget(.timeInput, label) }
    public func datetimeInput(_ label: String) throws -> WidgetHandle { try widget(.datetimeInput, label) }
    public func colorPicker(_ label: String) throws -> WidgetHandle { try widget(.colorPicker, label) }
    public func selectSlider(_ label: String) throws -> WidgetHandle { try widget(.selectSlider, label) }
    public func pills(_ label: String) throws -> WidgetHandle { try widget(.pills, label) }
    public func segmentedControl(_ label: String) throws -> WidgetHandle { try widget(.segmentedControl, label) }
    /// A feedback row, by its accessible name (`"Feedback"` unless the app gave another label).
    public func feedback(_ label: String = "Feedback") throws -> WidgetHandle { try widget(.feedback, label) }
    /// Link buttons, in reading order (their text is the label).
    public var linkButtons: [ElementView] { elements(.linkButton) }
    /// Page links, in reading order (their text is the label).
    public var pageLinks: [ElementView] { elements(.pageLink) }
    public func fileUploader(_ label: String) throws -> WidgetHandle { try widget(.fileUploader, label) }
    public func cameraInput(_ label: String) throws -> WidgetHandle { try widget(.cameraInput, label) }
    public func audioInput(_ label: String) throws -> WidgetHandle { try widget(.audioInput, label) }

    private func views() -> [ElementView] {
        var found: [ElementView] = []
        func visit(_ node: ElementTree.Node, _ path: ElementPath) {
            for (index, child) in node.children.enumerated() {
                let childPath = path.appending(index)
                found.append(ElementView(element: child.element, path: childPath))
                visit(child, childPath)
            }
        }
        for root in RootContainer.allCases {
            if let node = tree.node(at: ElementPath([root.rawValue])) { visit(node, ElementPath([root.rawValue])) }
        }
        return found
    }
}

/// Strips tags and decodes the common entities, so tests can compare rendered text.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
