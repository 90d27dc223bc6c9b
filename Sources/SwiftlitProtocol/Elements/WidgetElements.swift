/// Where a widget's label is shown.
public enum LabelVisibility: String, Hashable, Sendable, Codable, WireEnum {
    /// Shown above the widget (the default).
    case visible
    /// Takes its space but is invisible; still the accessible name.
    case hidden
    /// Neither shown nor takes space; still the accessible name.
    case collapsed
}

/// How wide a widget is, when it is not its default.
public enum WidthMode: String, Hashable, Sendable, Codable, WireEnum {
    case stretch, content
}

/// The emphasis of a button.
public enum ButtonStyle: String, Hashable, Sendable, Codable, WireEnum {
    case primary, secondary
}

/// `button`: true for the one run its click causes.
public struct ButtonElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// Omitted for the default, secondary style.
    public var style: ButtonStyle?
    /// `true` for a form's submit button: a click sends the form's values.
    public var formSubmit: Bool?

    public init(widget: WidgetInfo, style: ButtonStyle, formSubmit: Bool = false) {
        self.widget = widget
        self.style = style == .secondary ? nil : style
        self.formSubmit = formSubmit ? true : nil
    }
}

/// `checkbox` and `toggle`.
public struct BooleanElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var value: Bool

    public init(widget: WidgetInfo, value: Bool) {
        self.widget = widget
        self.value = value
    }
}

/// `textInput`: one line of text.
public struct TextInputElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// `nil` shows the placeholder.
    public var value: String?
    public var placeholder: String?
    public var maxChars: Int?
    /// `true` masks the text.
    public var password: Bool?

    public init(widget: WidgetInfo, value: String?, placeholder: String?, maxChars: Int?, password: Bool) {
        self.widget = widget
        self.value = value
        self.placeholder = placeholder
        self.maxChars = maxChars
        self.password = password ? true : nil
    }
}

/// `textArea`: several lines of text.
public struct TextAreaElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var value: String?
    public var placeholder: String?
    public var maxChars: Int?
    /// Height in pixels.
    public var height: Int?

    public init(widget: WidgetInfo, value: String?, placeholder: String?, maxChars: Int?, height: Int?) {
        self.widget = widget
        self.value = value
        self.placeholder = placeholder
        self.maxChars = maxChars
        self.height = height
    }
}

/// The range, step and display of a numeric widget.
public struct NumberFormat: Hashable, Sendable, Codable {
    public var min: Double?
    public var max: Double?
    public var step: Double
    /// `true` when the widget holds an `Int`.
    public var integer: Bool?
    /// A printf-style format such as `%.2f` or `%d`.
    public var format: String?

    public init(min: Double?, max: Double?, step: Double, integer: Bool, format: String?) {
        self.min = min
        self.max = max
        self.step = step
        self.integer = integer ? true : nil
        self.format = format
    }
}

/// `numberInput`.
public struct NumberInputElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var value: Double?
    public var number: NumberFormat
    public var placeholder: String?

    public init(widget: WidgetInfo, value: Double?, number: NumberFormat, placeholder: String?) {
        self.widget = widget
        self.value = value
        self.number = number
        self.placeholder = placeholder
    }
}

/// `slider`: one value, or two for a range.
public struct SliderElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// One number for a single slider, two (low, high) for a range.
    public var value: [Double]
    /// `min` and `max` are always present for a slider.
    public var number: NumberFormat

    public init(widget: WidgetInfo, value: [Double], number: NumberFormat) {
        self.widget = widget
        self.value = value
        self.number = number
    }
}

/// `selectbox` (a drop-down) and `radio` (a button group): one option.
public struct SelectElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// The options' display labels.
    public var options: [String]
    /// The chosen label; `nil` for no choice.
    public var value: String?
    public var placeholder: String?
    /// Radio only: lay the options out in a row.
    public var horizontal: Bool?
    /// Radio only: a caption under each option.
    public var captions: [String]?

    public init(
        widget: WidgetInfo, options: [String], value: String?, placeholder: String? = nil, horizontal: Bool = false,
        captions: [String]? = nil
    ) {
        self.widget = widget
        self.options = options
        self.value = value
        self.placeholder = placeholder
        self.horizontal = horizontal ? true : nil
        self.captions = captions
    }
}

/// `multiselect`: any number of options.
public struct MultiselectElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var options: [String]
    public var value: [String]
    public var maxSelections: Int?
    public var placeholder: String?

    public init(widget: WidgetInfo, options: [String], value: [String], maxSelections: Int?, placeholder: String?) {
        self.widget = widget
        self.options = options
        self.value = value
        self.maxSelections = maxSelections
        self.placeholder = placeholder
    }
}

/// `chatInput`: a message box, usually pinned to the bottom of the page. It holds no value: a
/// submission is a `rerun` whose `trigger` is its id, with the text under its id in `widgets` — or,
/// when it takes files, `[text, fileId…]` naming files uploaded to it first (as to a file uploader).
public struct ChatInputElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var placeholder: String?
    public var maxChars: Int?
    /// Whether it takes attachments, and how many; `nil` takes none.
    public var acceptFile: ChatFileAcceptance?
    /// The attachments it accepts: extensions with their dot and MIME types; `nil` accepts any.
    public var accept: [String]?
    /// The largest attachment, in bytes (set when it takes files).
    public var maxUploadSize: Int?

    public init(
        widget: WidgetInfo, placeholder: String?, maxChars: Int?, acceptFile: ChatFileAcceptance? = nil,
        accept: [String]? = nil, maxUploadSize: Int? = nil
    ) {
        self.widget = widget
        self.placeholder = placeholder
        self.maxChars = maxChars
        self.acceptFile = acceptFile
        self.accept = accept
        self.maxUploadSize = maxUploadSize
    }
}

/// Which attachments a chat input takes (Streamlit's `accept_file`).
public enum ChatFileAcceptance: String, Hashable, Sendable, Codable, WireEnum {
    /// One file per message.
    case single
    /// Any number of files per message.
    case multiple
    /// A folder's files (the browser's folder picker), any number per message.
    case directory
}
