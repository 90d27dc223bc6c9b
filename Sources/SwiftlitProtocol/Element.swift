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
    case table(TableElement)
    case vegaLiteChart(VegaLiteChartElement)
    case plotlyChart(PlotlyChartElement)
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
    case image(ImageElement)
    case audio(PlayerElement)
    case video(PlayerElement)
    case pdf(PdfElement)
    case downloadButton(DownloadButtonElement)
    // Pickers and links (issue 13).
    case dateInput(DateInputElement)
    case timeInput(TimeInputElement)
    case datetimeInput(DateTimeInputElement)
    case colorPicker(ColorPickerElement)
    case selectSlider(SelectSliderElement)
    case pills(ButtonGroupElement)
    case segmentedControl(ButtonGroupElement)
    case feedback(FeedbackElement)
    case linkButton(LinkButtonElement)
    case pageLink(PageLinkElement)
    case fileUploader(UploadElement)
    case cameraInput(UploadElement)
    case audioInput(UploadElement)
    case badge(BadgeElement)
    case latex(LatexElement)
    case html(HTMLElement)
    // Pages and URLs (issue 14).
    case navigation(NavigationElement)

    /// The discriminator written as `kind` on the wire.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, WireEnum {
        case heading, markdown, caption, text, code, divider, json, alert, exception, block
        case spinner, progress, toast, celebration, metric, pageConfig, dataframe, table, vegaLiteChart
        case plotlyChart
        case button, checkbox, toggle, textInput, textArea, numberInput, slider, selectbox, radio, multiselect
        case chatInput
        case image, audio, video, pdf, downloadButton
        case dateInput, timeInput, datetimeInput, colorPicker, selectSlider, pills, segmentedControl, feedback
        case linkButton, pageLink
        case fileUploader, cameraInput, audioInput
        case badge, latex, html
        case navigation
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
        case .table: .table
        case .vegaLiteChart: .vegaLiteChart
        case .plotlyChart: .plotlyChart
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
        case .image: .image
        case .audio: .audio
        case .video: .video
        case .pdf: .pdf
        case .downloadButton: .downloadButton
        case .dateInput: .dateInput
        case .timeInput: .timeInput
        case .datetimeInput: .datetimeInput
        case .colorPicker: .colorPicker
        case .selectSlider: .selectSlider
        case .pills: .pills
        case .segmentedControl: .segmentedControl
        case .feedback: .feedback
        case .linkButton: .linkButton
        case .pageLink: .pageLink
        case .fileUploader: .fileUploader
        case .cameraInput: .cameraInput
        case .audioInput: .audioInput
        case .badge: .badge
        case .latex: .latex
        case .html: .html
        case .navigation: .navigation
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
        case .downloadButton(let e): e.widget
        case .dateInput(let e): e.widget
        case .timeInput(let e): e.widget
        case .datetimeInput(let e): e.widget
        case .colorPicker(let e): e.widget
        case .selectSlider(let e): e.widget
        case .pills(let e), .segmentedControl(let e): e.widget
        case .feedback(let e): e.widget
        case .fileUploader(let e), .cameraInput(let e), .audioInput(let e): e.widget
        case .dataframe(let e): e.widget
        case .vegaLiteChart(let e): e.widget
        case .plotlyChart(let e): e.widget
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

    public init(from decoder: any Decoder) throws { self = try Self.decodeVariant(from: decoder) }

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
        case .table(let payload): try payload.encode(to: encoder)
        case .vegaLiteChart(let payload): try payload.encode(to: encoder)
        case .plotlyChart(let payload): try payload.encode(to: encoder)
        case .button(let payload): try payload.encode(to: encoder)
        case .checkbox(let payload), .toggle(let payload): try payload.encode(to: encoder)
        case .textInput(let payload): try payload.encode(to: encoder)
        case .textArea(let payload): try payload.encode(to: encoder)
        case .numberInput(let payload): try payload.encode(to: encoder)
        case .slider(let payload): try payload.encode(to: encoder)
        case .selectbox(let payload), .radio(let payload): try payload.encode(to: encoder)
        case .multiselect(let payload): try payload.encode(to: encoder)
        case .chatInput(let payload): try payload.encode(to: encoder)
        case .image(let payload): try payload.encode(to: encoder)
        case .audio(let payload), .video(let payload): try payload.encode(to: encoder)
        case .pdf(let payload): try payload.encode(to: encoder)
        case .downloadButton(let payload): try payload.encode(to: encoder)
        case .dateInput(let payload): try payload.encode(to: encoder)
        case .timeInput(let payload): try payload.encode(to: encoder)
        case .datetimeInput(let payload): try payload.encode(to: encoder)
        case .colorPicker(let payload): try payload.encode(to: encoder)
        case .selectSlider(let payload): try payload.encode(to: encoder)
        case .pills(let payload), .segmentedControl(let payload): try payload.encode(to: encoder)
        case .feedback(let payload): try payload.encode(to: encoder)
        case .linkButton(let payload): try payload.encode(to: encoder)
        case .pageLink(let payload): try payload.encode(to: encoder)
        case .fileUploader(let payload), .cameraInput(let payload), .audioInput(let payload):
            try payload.encode(to: encoder)
        case .badge(let payload): try payload.encode(to: encoder)
        case .latex(let payload): try payload.encode(to: encoder)
        case .html(let payload): try payload.encode(to: encoder)
        case .navigation(let payload): try payload.encode(to: encoder)
        }
    }
}

extension Element: WireTaggedUnion {
    public static let wireTagKey = "kind"

    /// The Swift type of each kind's fields: the one place a kind meets its type. A new kind is a case
    /// of `Element` and of `Kind`, a line here and one in `encode(to:)` (the compiler asks for both).
    public static func wireVariant(_ kind: Kind) -> WireVariant<Element> {
        switch kind {
        case .heading: WireVariant(HeadingElement.self, Element.heading)
        case .markdown: WireVariant(MarkdownElement.self, Element.markdown)
        case .caption: WireVariant(MarkdownElement.self, Element.caption)
        case .text: WireVariant(TextElement.self, Element.text)
        case .code: WireVariant(CodeElement.self, Element.code)
        case .divider: WireVariant(empty: .divider)
        case .json: WireVariant(JSONElement.self, Element.json)
        case .alert: WireVariant(AlertElement.self, Element.alert)
        case .exception: WireVariant(ExceptionElement.self, Element.exception)
        case .block: WireVariant(BlockElement.self, Element.block)
        case .spinner: WireVariant(SpinnerElement.self, Element.spinner)
        case .progress: WireVariant(ProgressElement.self, Element.progress)
        case .toast: WireVariant(ToastElement.self, Element.toast)
        case .celebration: WireVariant(CelebrationElement.self, Element.celebration)
        case .metric: WireVariant(MetricElement.self, Element.metric)
        case .pageConfig: WireVariant(PageConfigElement.self, Element.pageConfig)
        case .dataframe: WireVariant(DataFrameElement.self, Element.dataframe)
        case .table: WireVariant(TableElement.self, Element.table)
        case .vegaLiteChart: WireVariant(VegaLiteChartElement.self, Element.vegaLiteChart)
        case .plotlyChart: WireVariant(PlotlyChartElement.self, Element.plotlyChart)
        case .button: WireVariant(ButtonElement.self, Element.button)
        case .checkbox: WireVariant(BooleanElement.self, Element.checkbox)
        case .toggle: WireVariant(BooleanElement.self, Element.toggle)
        case .textInput: WireVariant(TextInputElement.self, Element.textInput)
        case .textArea: WireVariant(TextAreaElement.self, Element.textArea)
        case .numberInput: WireVariant(NumberInputElement.self, Element.numberInput)
        case .slider: WireVariant(SliderElement.self, Element.slider)
        case .selectbox: WireVariant(SelectElement.self, Element.selectbox)
        case .radio: WireVariant(SelectElement.self, Element.radio)
        case .multiselect: WireVariant(MultiselectElement.self, Element.multiselect)
        case .chatInput: WireVariant(ChatInputElement.self, Element.chatInput)
        case .image: WireVariant(ImageElement.self, Element.image)
        case .audio: WireVariant(PlayerElement.self, Element.audio)
        case .video: WireVariant(PlayerElement.self, Element.video)
        case .pdf: WireVariant(PdfElement.self, Element.pdf)
        case .downloadButton: WireVariant(DownloadButtonElement.self, Element.downloadButton)
        case .dateInput: WireVariant(DateInputElement.self, Element.dateInput)
        case .timeInput: WireVariant(TimeInputElement.self, Element.timeInput)
        case .datetimeInput: WireVariant(DateTimeInputElement.self, Element.datetimeInput)
        case .colorPicker: WireVariant(ColorPickerElement.self, Element.colorPicker)
        case .selectSlider: WireVariant(SelectSliderElement.self, Element.selectSlider)
        case .pills: WireVariant(ButtonGroupElement.self, Element.pills)
        case .segmentedControl: WireVariant(ButtonGroupElement.self, Element.segmentedControl)
        case .feedback: WireVariant(FeedbackElement.self, Element.feedback)
        case .linkButton: WireVariant(LinkButtonElement.self, Element.linkButton)
        case .pageLink: WireVariant(PageLinkElement.self, Element.pageLink)
        case .fileUploader: WireVariant(UploadElement.self, Element.fileUploader)
        case .cameraInput: WireVariant(UploadElement.self, Element.cameraInput)
        case .audioInput: WireVariant(UploadElement.self, Element.audioInput)
        case .badge: WireVariant(BadgeElement.self, Element.badge)
        case .latex: WireVariant(LatexElement.self, Element.latex)
        case .html: WireVariant(HTMLElement.self, Element.html)
        case .navigation: WireVariant(NavigationElement.self, Element.navigation)
        }
    }
}
