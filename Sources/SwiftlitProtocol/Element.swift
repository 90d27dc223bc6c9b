/// One node of the page: a display element, a widget or a container.
///
/// On the wire a node is a JSON object whose `kind` names the case and whose other fields are the
/// payload's, e.g. `{"kind":"markdown","html":"<p>Hi</p>"}`.
public enum Element: Hashable, Sendable {
    case heading(HeadingElement)
    case markdown(MarkdownElement)
    case caption(MarkdownElement)
    case text(TextElement)
    case code(CodeElement)
    case divider
    case json(JSONElement)
    case alert(AlertElement)
    case exception(ExceptionElement)
    case block(BlockElement)
    case spinner(SpinnerElement)
    case progress(ProgressElement)
    case toast(ToastElement)
    case celebration(CelebrationElement)
    case metric(MetricElement)
    case pageConfig(PageConfigElement)
    case dataframe(DataFrameElement)
    case lineChart(LineChartElement)
    case button(ButtonElement)
    case checkbox(BooleanElement)
    case toggle(BooleanElement)
    case textInput(TextInputElement)
    case textArea(TextAreaElement)
    case numberInput(NumberInputElement)
    case slider(SliderElement)
    case selectbox(SelectElement)
    case radio(SelectElement)
    case multiselect(MultiselectElement)
    case chatInput(ChatInputElement)

    /// The discriminator written as `kind` on the wire.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case heading, markdown, caption, text, code, divider, json, alert, exception, block
        case spinner, progress, toast, celebration, metric, pageConfig, dataframe, lineChart
        case button, checkbox, toggle, textInput, textArea, numberInput, slider, selectbox, radio, multiselect
        case chatInput
    }

    /// This node's kind.
    public var kind: Kind {
        switch self {
        case .heading: .heading
        case .markdown: .markdown
        case .caption: .caption
        case .text: .text
        case .code: .code
        case .divider: .divider
        case .json: .json
        case .alert: .alert
        case .exception: .exception
        case .block: .block
        case .spinner: .spinner
        case .progress: .progress
        case .toast: .toast
        case .celebration: .celebration
        case .metric: .metric
        case .pageConfig: .pageConfig
        case .dataframe: .dataframe
        case .lineChart: .lineChart
        case .button: .button
        case .checkbox: .checkbox
        case .toggle: .toggle
        case .textInput: .textInput
        case .textArea: .textArea
        case .numberInput: .numberInput
        case .slider: .slider
        case .selectbox: .selectbox
        case .radio: .radio
        case .multiselect: .multiselect
        case .chatInput: .chatInput
        }
    }

    /// The widget part of a widget node; `nil` for display elements and containers.
    public var widget: WidgetInfo? {
        switch self {
        case .button(let e): e.widget
        case .checkbox(let e), .toggle(let e): e.widget
        case .textInput(let e): e.widget
        case .textArea(let e): e.widget
        case .numberInput(let e): e.widget
        case .slider(let e): e.widget
        case .selectbox(let e), .radio(let e): e.widget
        case .multiselect(let e): e.widget
        case .chatInput(let e): e.widget
        default: nil
        }
    }

    /// Whether this node holds children.
    public var isContainer: Bool { kind == .block }

    /// Whether this node, replacing `old`, keeps `old`'s children: both are blocks of one layout.
    public func keepsChildren(of old: Element) -> Bool {
        guard case .block(let new) = self, case .block(let previous) = old else { return false }
        return new.layout == previous.layout
    }
}

extension Element: Codable {
    private enum CodingKeys: String, CodingKey { case kind }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(Kind.self, forKey: .kind)
        switch kind {
        case .heading: self = .heading(try HeadingElement(from: decoder))
        case .markdown: self = .markdown(try MarkdownElement(from: decoder))
        case .caption: self = .caption(try MarkdownElement(from: decoder))
        case .text: self = .text(try TextElement(from: decoder))
        case .code: self = .code(try CodeElement(from: decoder))
        case .divider: self = .divider
        case .json: self = .json(try JSONElement(from: decoder))
        case .alert: self = .alert(try AlertElement(from: decoder))
        case .exception: self = .exception(try ExceptionElement(from: decoder))
        case .block: self = .block(try BlockElement(from: decoder))
        case .spinner: self = .spinner(try SpinnerElement(from: decoder))
        case .progress: self = .progress(try ProgressElement(from: decoder))
        case .toast: self = .toast(try ToastElement(from: decoder))
        case .celebration: self = .celebration(try CelebrationElement(from: decoder))
        case .metric: self = .metric(try MetricElement(from: decoder))
        case .pageConfig: self = .pageConfig(try PageConfigElement(from: decoder))
        case .dataframe: self = .dataframe(try DataFrameElement(from: decoder))
        case .lineChart: self = .lineChart(try LineChartElement(from: decoder))
        case .button: self = .button(try ButtonElement(from: decoder))
        case .checkbox: self = .checkbox(try BooleanElement(from: decoder))
        case .toggle: self = .toggle(try BooleanElement(from: decoder))
        case .textInput: self = .textInput(try TextInputElement(from: decoder))
        case .textArea: self = .textArea(try TextAreaElement(from: decoder))
        case .numberInput: self = .numberInput(try NumberInputElement(from: decoder))
        case .slider: self = .slider(try SliderElement(from: decoder))
        case .selectbox: self = .selectbox(try SelectElement(from: decoder))
        case .radio: self = .radio(try SelectElement(from: decoder))
        case .multiselect: self = .multiselect(try MultiselectElement(from: decoder))
        case .chatInput: self = .chatInput(try ChatInputElement(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .heading(let payload): try payload.encode(to: encoder)
        case .markdown(let payload), .caption(let payload): try payload.encode(to: encoder)
        case .text(let payload): try payload.encode(to: encoder)
        case .code(let payload): try payload.encode(to: encoder)
        case .divider: break
        case .json(let payload): try payload.encode(to: encoder)
        case .alert(let payload): try payload.encode(to: encoder)
        case .exception(let payload): try payload.encode(to: encoder)
        case .block(let payload): try payload.encode(to: encoder)
        case .spinner(let payload): try payload.encode(to: encoder)
        case .progress(let payload): try payload.encode(to: encoder)
        case .toast(let payload): try payload.encode(to: encoder)
        case .celebration(let payload): try payload.encode(to: encoder)
        case .metric(let payload): try payload.encode(to: encoder)
        case .pageConfig(let payload): try payload.encode(to: encoder)
        case .dataframe(let payload): try payload.encode(to: encoder)
        case .lineChart(let payload): try payload.encode(to: encoder)
        case .button(let payload): try payload.encode(to: encoder)
        case .checkbox(let payload), .toggle(let payload): try payload.encode(to: encoder)
        case .textInput(let payload): try payload.encode(to: encoder)
        case .textArea(let payload): try payload.encode(to: encoder)
        case .numberInput(let payload): try payload.encode(to: encoder)
        case .slider(let payload): try payload.encode(to: encoder)
        case .selectbox(let payload), .radio(let payload): try payload.encode(to: encoder)
        case .multiselect(let payload): try payload.encode(to: encoder)
        case .chatInput(let payload): try payload.encode(to: encoder)
        }
    }
}
