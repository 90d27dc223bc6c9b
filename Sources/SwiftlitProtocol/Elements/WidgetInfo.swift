/// What every widget carries: identity, label and the shared options.
public struct WidgetInfo: Hashable, Sendable {
    public var id: WidgetID
    /// The label as the app wrote it, also the accessible name.
    public var label: String
    /// `true` when the widget cannot be changed; omitted when `false`.
    public var disabled: Bool?
    /// Omitted when ``LabelVisibility/visible``.
    public var labelVisibility: LabelVisibility?
    /// The options most widgets leave unset, out of line. Every widget element of every session's
    /// page carries a `WidgetInfo`: held inline, these made each one 24 bytes larger, and copies
    /// of an element (the page sent, the page drawn) share one.
    private var rare: RareOptions?

    /// The label's inline Markdown rendered to safe HTML (bold, italics, code, links, colours,
    /// icons; emoji shortcodes are the browser's); omitted when the label shows as its own text,
    /// so plain labels cost no bytes.
    public var labelHTML: String? { rare?.labelHTML }

    /// A tooltip.
    public var help: String? { rare?.help }

    /// As wide as the container or the content; omitted for the widget's own default (content
    /// for buttons, checkboxes, toggles and radios; the container for the other inputs) and when
    /// ``width`` is set.
    public var widthMode: WidthMode? {
        switch rare?.sizing {
        case .stretch: .stretch
        case .content: .content
        case .points, nil: nil
        }
    }

    /// A fixed width in points.
    public var width: Int? {
        if case .points(let points) = rare?.sizing { Int(points) } else { nil }
    }

    public init(
        id: WidgetID, label: String, help: String?, disabled: Bool, labelVisibility: LabelVisibility,
        widthMode: WidthMode? = nil, width: Int? = nil, labelHTML: String? = nil
    ) {
        self.id = id
        self.label = label
        self.disabled = disabled ? true : nil
        self.labelVisibility = labelVisibility == .visible ? nil : labelVisibility
        self.rare = RareOptions(
            labelHTML: labelHTML, help: help, sizing: WidgetSizing(mode: widthMode, points: width))
    }
}

/// ``WidgetInfo``'s seldom-set options. Immutable, so sharing one between copies is safe.
private final class RareOptions: Hashable, Sendable {
    let labelHTML: String?
    let help: String?
    let sizing: WidgetSizing?

    /// `nil` when every option is unset: most widgets then hold no box at all.
    init?(labelHTML: String?, help: String?, sizing: WidgetSizing?) {
        guard labelHTML != nil || help != nil || sizing != nil else { return nil }
        self.labelHTML = labelHTML
        self.help = help
        self.sizing = sizing
    }

    static func == (lhs: RareOptions, rhs: RareOptions) -> Bool {
        lhs === rhs || (lhs.labelHTML == rhs.labelHTML && lhs.help == rhs.help && lhs.sizing == rhs.sizing)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(labelHTML)
        hasher.combine(help)
        hasher.combine(sizing)
    }
}

/// A widget's width as ``WidgetInfo`` stores it.
enum WidgetSizing: Hashable, Sendable {
    case stretch, content
    /// Wider than 65,535 points is clamped: no screen is that wide.
    case points(UInt16)

    /// A fixed width wins over a mode, as on the wire.
    init?(mode: WidthMode?, points: Int?) {
        if let points {
            self = .points(UInt16(clamping: points))
        } else if let mode {
            self = mode == .stretch ? .stretch : .content
        } else {
            return nil
        }
    }
}

extension WidgetInfo: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, label, labelHTML, help, disabled, labelVisibility, widthMode, width
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(WidgetID.self, forKey: .id)
        let label = try container.decode(String.self, forKey: .label)
        let labelHTML = try container.decodeIfPresent(String.self, forKey: .labelHTML)
        let help = try container.decodeIfPresent(String.self, forKey: .help)
        let disabled = try container.decodeIfPresent(Bool.self, forKey: .disabled)
        let labelVisibility = try container.decodeIfPresent(LabelVisibility.self, forKey: .labelVisibility)
        let widthMode = try container.decodeIfPresent(WidthMode.self, forKey: .widthMode)
        let width = try container.decodeIfPresent(Int.self, forKey: .width)
        self.init(
            id: id, label: label, help: help, disabled: disabled ?? false, labelVisibility: labelVisibility ?? .visible,
            widthMode: widthMode, width: width, labelHTML: labelHTML)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(label, forKey: .label)
        try container.encodeIfPresent(labelHTML, forKey: .labelHTML)
        try container.encodeIfPresent(help, forKey: .help)
        try container.encodeIfPresent(disabled, forKey: .disabled)
        try container.encodeIfPresent(labelVisibility, forKey: .labelVisibility)
        try container.encodeIfPresent(widthMode, forKey: .widthMode)
        try container.encodeIfPresent(width, forKey: .width)
    }
}
