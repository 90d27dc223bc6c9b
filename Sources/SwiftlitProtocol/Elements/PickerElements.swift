// The date, time, colour and option pickers of issue 13, and the two link elements. Dates and times
// travel as ISO 8601 text without a time zone (`2026-11-30`, `14:05`, `2026-11-30T14:05`): the
// browser's native inputs speak exactly that, and the server checks every value it receives.

/// `dateInput`: a calendar day, or a range of days.
public struct DateInputElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// ISO days (`YYYY-MM-DD`): none or one for a single date; none, one (the start, while the user
    /// is still choosing) or two for a range. The browser sends a string or `null` for a single date
    /// and an array of strings for a range.
    public var value: [String]
    /// `true` for a range.
    public var range: Bool?
    /// The earliest day that can be chosen (ISO).
    public var min: String?
    /// The latest day that can be chosen (ISO).
    public var max: String?
    /// How the chosen day is written under the field: `YYYY/MM/DD`, `DD.MM.YYYY`, `MM-DD-YYYY`…
    public var format: String

    public init(widget: WidgetInfo, value: [String], range: Bool, min: String?, max: String?, format: String) {
        self.widget = widget
        self.value = value
        self.range = range ? true : nil
        self.min = min
        self.max = max
        self.format = format
    }
}

/// `timeInput`: a time of day.
public struct TimeInputElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// `HH:MM`, or `HH:MM:SS` when the seconds are not zero; `nil` for no time.
    public var value: String?
    /// The step between times offered, in seconds.
    public var step: Int
    /// How the chosen time is written under the field; omitted for ``TimeFormat/hour24``.
    public var format: TimeFormat?

    public init(widget: WidgetInfo, value: String?, step: Int, format: TimeFormat) {
        self.widget = widget
        self.value = value
        self.step = step
        self.format = format == .hour24 ? nil : format
    }
}

/// How a time is shown. The value is the same whatever the format.
public enum TimeFormat: String, Hashable, Sendable, Codable, WireEnum {
    /// 00:00 to 23:59 (the default).
    case hour24 = "24h"
    /// 12:00 AM to 11:59 PM.
    case hour12 = "12h"
    /// As the user's browser locale writes times.
    case localized
}

extension TimeInputElement: WireFieldConstraints {
    /// One second to 23 hours, as in Streamlit.
    public static let wireFieldConstraints: [String: WireConstraint] = ["step": .range(1...82_800)]
}

/// `datetimeInput`: a day and a time of day, as a wall clock shows them (no time zone).
public struct DateTimeInputElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// `YYYY-MM-DDTHH:MM`, or with `:SS` when the seconds are not zero; `nil` for none.
    public var value: String?
    public var min: String?
    public var max: String?
    /// The step between times offered, in seconds.
    public var step: Int
    /// How the day of the chosen time is written under the field (see ``DateInputElement/format``).
    public var format: String

    public init(widget: WidgetInfo, value: String?, min: String?, max: String?, step: Int, format: String) {
        self.widget = widget
        self.value = value
        self.min = min
        self.max = max
        self.step = step
        self.format = format
    }
}

extension DateTimeInputElement: WireFieldConstraints {
    /// One second to 23 hours, as in Streamlit.
    public static let wireFieldConstraints: [String: WireConstraint] = ["step": .range(1...82_800)]
}

/// `colorPicker`: a colour as `#rrggbb` (lower case).
public struct ColorPickerElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var value: String

    public init(widget: WidgetInfo, value: String) {
        self.widget = widget
        self.value = value
    }
}

/// `selectSlider`: a slider over a list of options; one option, or two for a range.
public struct SelectSliderElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    /// The options' labels, in slider order.
    public var options: [String]
    /// One label, or two (low, high) for a range. The browser sends a string or an array of two.
    public var value: [String]

    public init(widget: WidgetInfo, options: [String], value: [String]) {
        self.widget = widget
        self.options = options
        self.value = value
    }
}

/// `pills` and `segmentedControl`: a row of buttons choosing one option or several.
public struct ButtonGroupElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var options: [String]
    /// The chosen labels. The browser sends a string or `null` for a single choice, an array for several.
    public var value: [String]
    /// `true` when several options can be chosen.
    public var multi: Bool?
    /// `true` when the choice cannot be emptied.
    public var required: Bool?

    public init(widget: WidgetInfo, options: [String], value: [String], multi: Bool, required: Bool) {
        self.widget = widget
        self.options = options
        self.value = value
        self.multi = multi ? true : nil
        self.required = required ? true : nil
    }
}

/// The faces of a `feedback` widget.
public enum FeedbackStyle: String, Hashable, Sendable, Codable, WireEnum {
    /// Thumbs down (0) and thumbs up (1), shown up first.
    case thumbs
    /// Five faces from sad (0) to happy (4).
    case faces
    /// One to five stars (0 to 4).
    case stars

    /// How many choices the style offers.
    public var count: Int { self == .thumbs ? 2 : 5 }
}

/// `feedback`: a rating; its value is the chosen index (a number) or `null`.
public struct FeedbackElement: Hashable, Sendable, Codable {
    public var widget: WidgetInfo
    public var style: FeedbackStyle
    public var value: Int?

    public init(widget: WidgetInfo, style: FeedbackStyle, value: Int?) {
        self.widget = widget
        self.style = style
        self.value = value
    }
}

extension FeedbackElement: WireFieldConstraints {
    /// An index into at most five faces.
    public static let wireFieldConstraints: [String: WireConstraint] = ["value": .range(0...4)]
}

/// The look and place shared by `linkButton` and `pageLink`, which hold no value.
public struct LinkInfo: Hashable, Sendable, Codable {
    /// The link's text, also its accessible name.
    public var label: String
    /// `http(s):`, `mailto:` or a path of the app; the server refuses anything else.
    public var href: String
    public var help: String?
    /// `true` shows the link greyed out and not followable.
    public var disabled: Bool?
    public var widthMode: WidthMode?
    /// A fixed width in points.
    public var width: Int?

    public init(
        label: String, href: String, help: String?, disabled: Bool, widthMode: WidthMode? = nil, width: Int? = nil
    ) {
        self.label = label
        self.href = href
        self.help = help
        self.disabled = disabled ? true : nil
        self.widthMode = widthMode
        self.width = width
    }
}

/// `linkButton`: a link that looks like a button and opens in a new tab.
public struct LinkButtonElement: Hashable, Sendable, Codable {
    public var link: LinkInfo
    /// Omitted for the default, secondary style.
    public var style: ButtonStyle?

    public init(link: LinkInfo, style: ButtonStyle) {
        self.link = link
        self.style = style == .secondary ? nil : style
    }
}

/// `pageLink`: a link to a page of the app (same tab) or to another site (new tab).
public struct PageLinkElement: Hashable, Sendable, Codable {
    public var link: LinkInfo
    /// An emoji or short text shown before the label.
    public var icon: String?
    /// `true` for another site: it opens in a new tab.
    public var external: Bool?

    public init(link: LinkInfo, icon: String?, external: Bool) {
        self.link = link
        self.icon = icon
        self.external = external ? true : nil
    }
}
