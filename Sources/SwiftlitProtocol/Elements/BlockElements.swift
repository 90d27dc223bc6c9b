/// A container node; its children arrive as their own operations.
///
/// On the wire a block is `{"kind":"block","layout":…}` plus the layout's fields. When a block
/// replaces a block of the same layout, the old children stay.
public enum BlockElement: Hashable, Sendable {
    /// Children stacked top to bottom: `st.container`, a fragment's body, a root.
    case vertical(VerticalBlock)
    /// Side-by-side columns; its children are `column` blocks.
    case columns(ColumnsBlock)
    /// One column of a `columns` block.
    case column(ColumnBlock)
    /// A collapsible section with a label.
    case expander(ExpanderBlock)
    /// A tab bar; its children are `tab` blocks, in the order of `labels`.
    case tabs(TabsBlock)
    /// One tab's content.
    case tab(TabBlock)
    /// A button that opens a floating panel holding the children.
    case popover(PopoverBlock)
    /// Widgets whose changes are sent together when the form is submitted.
    case form(FormBlock)
    /// A modal window (in the event root).
    case dialog(DialogBlock)
    /// A labelled container showing the state of a long task.
    case status(StatusBlock)
    /// `st.empty()`: holds at most one child, replaced or cleared as the app goes.
    case slot
    /// One message of a chat, with its author's avatar.
    case chatMessage(ChatMessageBlock)
    /// `st.writeStream`'s text as it arrives: a `markdown` child, with a cursor while it grows.
    case stream(StreamBlock)

    /// The discriminator written as `layout`.
    public enum Layout: String, Hashable, Sendable, Codable, CaseIterable, WireEnum {
        case vertical, columns, column, expander, tabs, tab, popover, form, dialog, status, slot, chatMessage, stream
    }

    /// This block's layout.
    public var layout: Layout {
        switch self {
        case .vertical: .vertical
        case .columns: .columns
        case .column: .column
        case .expander: .expander
        case .tabs: .tabs
        case .tab: .tab
        case .popover: .popover
        case .form: .form
        case .dialog: .dialog
        case .status: .status
        case .slot: .slot
        case .chatMessage: .chatMessage
        case .stream: .stream
        }
    }

    /// The fragment this block holds, for blocks that rerun on their own.
    public var fragment: String? {
        switch self {
        case .vertical(let block): block.fragment
        case .dialog(let block): block.fragment
        default: nil
        }
    }

    /// A plain vertical container.
    public static let plain = BlockElement.vertical(VerticalBlock())
}

/// `st.container`, or a fragment's body when `fragment` is set.
public struct VerticalBlock: Hashable, Sendable, Codable {
    /// Draws a border around the children.
    public var border: Bool?
    /// A fixed height in pixels; the children scroll inside it.
    public var height: Int?
    /// The id of the fragment whose body this is: widgets inside it rerun only the fragment.
    public var fragment: String?

    public init(border: Bool = false, height: Int? = nil, fragment: String? = nil) {
        self.border = border ? true : nil
        self.height = height
        self.fragment = fragment
    }
}

/// The space between columns.
public enum ColumnGap: String, Hashable, Sendable, Codable, WireEnum {
    case small, medium, large
}

/// How columns align their content vertically.
public enum VerticalAlignment: String, Hashable, Sendable, Codable, WireEnum {
    case top, center, bottom
}

/// `st.columns`.
public struct ColumnsBlock: Hashable, Sendable, Codable {
    public var gap: ColumnGap
    public var verticalAlignment: VerticalAlignment

    public init(gap: ColumnGap = .small, verticalAlignment: VerticalAlignment = .top) {
        self.gap = gap
        self.verticalAlignment = verticalAlignment
    }
}

/// One column; `weight` is its share of the row.
public struct ColumnBlock: Hashable, Sendable, Codable {
    public var weight: Double

    public init(weight: Double) { self.weight = weight }
}

/// `st.expander`. `expanded` is the initial state; the browser keeps what the user chose.
public struct ExpanderBlock: Hashable, Sendable, Codable {
    public var label: String
    /// The label's inline Markdown as safe HTML; omitted when the label shows as its own text.
    public var labelHTML: String?
    public var expanded: Bool
    public var icon: String?

    public init(label: String, expanded: Bool, icon: String? = nil, labelHTML: String? = nil) {
        self.label = label
        self.labelHTML = labelHTML
        self.expanded = expanded
        self.icon = icon
    }
}

/// `st.tabs`. The browser keeps which tab is selected.
public struct TabsBlock: Hashable, Sendable, Codable {
    public var labels: [String]
    /// Each label's inline Markdown as safe HTML (a plain label as its escaped text), in the order
    /// of `labels`; omitted when every label shows as its own text.
    public var labelsHTML: [String]?

    public init(labels: [String], labelsHTML: [String]? = nil) {
        self.labels = labels
        self.labelsHTML = labelsHTML
    }
}

/// One tab.
public struct TabBlock: Hashable, Sendable, Codable {
    public var label: String

    public init(label: String) { self.label = label }
}

/// `st.popover`.
public struct PopoverBlock: Hashable, Sendable, Codable {
    public var label: String
    /// The label's inline Markdown as safe HTML; omitted when the label shows as its own text.
    public var labelHTML: String?
    public var help: String?
    public var disabled: Bool?

    public init(label: String, help: String? = nil, disabled: Bool = false, labelHTML: String? = nil) {
        self.label = label
        self.labelHTML = labelHTML
        self.help = help
        self.disabled = disabled ? true : nil
    }
}

/// `st.form`: its widgets do not rerun the app; its submit button sends them all at once.
public struct FormBlock: Hashable, Sendable, Codable {
    public var id: String
    /// Pressing Enter in a text input submits the form.
    public var enterToSubmit: Bool
    public var border: Bool

    public init(id: String, enterToSubmit: Bool = true, border: Bool = true) {
        self.id = id
        self.enterToSubmit = enterToSubmit
        self.border = border
    }
}

/// How wide a dialog is.
public enum DialogWidth: String, Hashable, Sendable, Codable, WireEnum {
    case small, medium, large
}

/// `st.dialog`: a modal whose body is a fragment.
public struct DialogBlock: Hashable, Sendable, Codable {
    public var title: String
    public var width: DialogWidth
    /// The user may close it (×, Escape, a click outside).
    public var dismissible: Bool
    /// The run that last called it: a new value reopens a dialog the user closed.
    public var opened: Int
    public var fragment: String?

    public init(title: String, width: DialogWidth = .medium, dismissible: Bool = true, opened: Int, fragment: String?) {
        self.title = title
        self.width = width
        self.dismissible = dismissible
        self.opened = opened
        self.fragment = fragment
    }
}

extension DialogBlock: WireFieldConstraints {
    /// `opened` is a run number.
    public static let wireFieldConstraints: [String: WireConstraint] = ["opened": .nonNegative]
}

/// The state a `status` container shows.
public enum TaskState: String, Hashable, Sendable, Codable, WireEnum {
    case running, complete, error
}

/// `st.status`.
public struct StatusBlock: Hashable, Sendable, Codable {
    public var label: String
    public var state: TaskState
    public var expanded: Bool

    public init(label: String, state: TaskState = .running, expanded: Bool = false) {
        self.label = label
        self.state = state
        self.expanded = expanded
    }
}

extension BlockElement: Codable {
    private enum CodingKeys: String, CodingKey { case layout }

    public init(from decoder: any Decoder) throws { self = try Self.decodeVariant(from: decoder) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(layout, forKey: .layout)
        switch self {
        case .vertical(let block): try block.encode(to: encoder)
        case .columns(let block): try block.encode(to: encoder)
        case .column(let block): try block.encode(to: encoder)
        case .expander(let block): try block.encode(to: encoder)
        case .tabs(let block): try block.encode(to: encoder)
        case .tab(let block): try block.encode(to: encoder)
        case .popover(let block): try block.encode(to: encoder)
        case .form(let block): try block.encode(to: encoder)
        case .dialog(let block): try block.encode(to: encoder)
        case .status(let block): try block.encode(to: encoder)
        case .slot: break
        case .chatMessage(let block): try block.encode(to: encoder)
        case .stream(let block): try block.encode(to: encoder)
        }
    }
}

extension BlockElement: WireTaggedUnion {
    public static let wireTagKey = "layout"

    /// The Swift type of each layout's fields: the one place a layout meets its type.
    public static func wireVariant(_ layout: Layout) -> WireVariant<BlockElement> {
        switch layout {
        case .vertical: WireVariant(VerticalBlock.self, BlockElement.vertical)
        case .columns: WireVariant(ColumnsBlock.self, BlockElement.columns)
        case .column: WireVariant(ColumnBlock.self, BlockElement.column)
        case .expander: WireVariant(ExpanderBlock.self, BlockElement.expander)
        case .tabs: WireVariant(TabsBlock.self, BlockElement.tabs)
        case .tab: WireVariant(TabBlock.self, BlockElement.tab)
        case .popover: WireVariant(PopoverBlock.self, BlockElement.popover)
        case .form: WireVariant(FormBlock.self, BlockElement.form)
        case .dialog: WireVariant(DialogBlock.self, BlockElement.dialog)
        case .status: WireVariant(StatusBlock.self, BlockElement.status)
        case .slot: WireVariant(empty: .slot)
        case .chatMessage: WireVariant(ChatMessageBlock.self, BlockElement.chatMessage)
        case .stream: WireVariant(StreamBlock.self, BlockElement.stream)
        }
    }
}

/// `chatMessage`: who wrote it (`user`, `assistant` or any name) and its avatar; without one the
/// browser draws the name's default (an icon for the user and the assistant, else its initial).
public struct ChatMessageBlock: Hashable, Sendable, Codable {
    public var name: String
    public var avatar: AvatarInfo?

    public init(name: String, avatar: AvatarInfo? = nil) {
        self.name = name
        self.avatar = avatar
    }
}

/// `stream`: the text `st.writeStream` shows. While `streaming`, the browser shows a cursor after
/// it and a button that sends `stop`; a set of the same block keeps its child.
public struct StreamBlock: Hashable, Sendable, Codable {
    public var isStreaming: Bool

    private enum CodingKeys: String, CodingKey { case isStreaming = "streaming" }

    public init(isStreaming: Bool) { self.isStreaming = isStreaming }
}

/// What a chat message's avatar shows.
public enum AvatarType: String, Hashable, Sendable, Codable, WireEnum {
    /// `value` is one emoji.
    case emoji
    /// `value` is a Material Symbols name (`thumb_up`).
    case icon
    /// `value` is the image's URL: the media endpoint's, or an `https:` address.
    case image
}

/// A chat message's avatar, checked by the server: an emoji, a Material icon or an image.
public struct AvatarInfo: Hashable, Sendable, Codable {
    public var type: AvatarType
    public var value: String

    public init(type: AvatarType, value: String) {
        self.type = type
        self.value = value
    }
}
