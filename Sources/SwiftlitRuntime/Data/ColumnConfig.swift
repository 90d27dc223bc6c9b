import SwiftlitProtocol

/// How `dataframe`, `table` and `dataEditor` show one column (and how the editor edits it):
/// Streamlit's `st.column_config`, keyed by column name.
///
/// ```swift
/// st.dataframe(products, columnConfig: [
///     "price": .number("Price", format: .dollar),
///     "rating": .progress(min: 0, max: 5),
///     "homepage": .link(displayText: "Open"),
///     "internalID": .hidden,
/// ])
/// ```
public struct ColumnConfig: Sendable, Hashable {
    /// The header's text; the column's name when `nil`.
    public var label: String?
    /// A tooltip on the header.
    public var help: String?
    public var width: ColumnWidth?
    /// Keeps the column in view while the table scrolls sideways.
    public var pinned: Bool
    /// Leaves the column out.
    public var isHidden: Bool
    /// Editor: the column cannot be edited.
    public var disabled: Bool
    /// Editor: a new row needs a value here, and a value cannot be cleared.
    public var required: Bool
    var kind: ColumnKind?
    var format: ColumnFormat?
    var min: Double?
    var max: Double?
    var step: Double?
    var options: [String]?
    var displayText: String?
    var maxChars: Int?
    var validate: String?

    init(
        kind: ColumnKind?, label: String?, help: String?, width: ColumnWidth?, pinned: Bool, disabled: Bool = false,
        required: Bool = false
    ) {
        self.kind = kind
        self.label = label
        self.help = help
        self.width = width
        self.pinned = pinned
        self.isHidden = false
        self.disabled = disabled
        self.required = required
    }

    /// Leaves the column out of the grid.
    public static let hidden: ColumnConfig = {
        var config = ColumnConfig(kind: nil, label: nil, help: nil, width: nil, pinned: false)
        config.isHidden = true
        return config
    }()

    /// Only a label, help, width or pinning; the cells look as their type says.
    public static func column(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false
    ) -> ColumnConfig {
        ColumnConfig(kind: nil, label: label, help: help, width: width, pinned: pinned, disabled: disabled, required: required)
    }

    /// Text; in an editor, at most `maxChars` characters matching the regular expression `validate`.
    public static func text(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false, maxChars: Int? = nil, validate: String? = nil
    ) -> ColumnConfig {
        var config = ColumnConfig(
            kind: .text, label: label, help: help, width: width, pinned: pinned, disabled: disabled, required: required)
        config.maxChars = maxChars
        config.validate = validate
        return config
    }

    /// Numbers shown with `format` (``ColumnFormat/dollar``, ``ColumnFormat/percent``, `"%.2f"`…);
    /// in an editor, between `min` and `max` in steps of `step`.
    public static func number(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false, format: ColumnFormat? = nil, min: Double? = nil,
        max: Double? = nil, step: Double? = nil
    ) -> ColumnConfig {
        var config = ColumnConfig(
            kind: .number, label: label, help: help, width: width, pinned: pinned, disabled: disabled, required: required)
        config.format = format
        config.min = min
        config.max = max
        config.step = step
        return config
    }

    /// Booleans as checkboxes.
    public static func checkbox(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false
    ) -> ColumnConfig {
        ColumnConfig(
            kind: .checkbox, label: label, help: help, width: width, pinned: pinned, disabled: disabled, required: required)
    }

    /// Text chosen from `options`; in an editor, a value outside them is refused.
    public static func selectbox(
        _ label: String? = nil, options: [String], help: String? = nil, width: ColumnWidth? = nil,
        pinned: Bool = false, disabled: Bool = false, required: Bool = false
    ) -> ColumnConfig {
        var config = ColumnConfig(
            kind: .selectbox, label: label, help: help, width: width, pinned: pinned, disabled: disabled,
            required: required)
        config.options = options
        return config
    }

    /// Calendar days, shown with `format` (``ColumnFormat/localized``, `"YYYY-MM-DD"`…).
    public static func date(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false, format: ColumnFormat? = nil
    ) -> ColumnConfig {
        dated(.date, label, help, width, pinned, disabled, required, format)
    }

    /// Times of day (of a datetime column), shown with `format` (`"HH:mm"`…).
    public static func time(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false, format: ColumnFormat? = nil
    ) -> ColumnConfig {
        dated(.time, label, help, width, pinned, disabled, required, format)
    }

    /// Points in time, shown with `format` (``ColumnFormat/distance``, `"YYYY-MM-DD HH:mm"`…).
    public static func datetime(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        disabled: Bool = false, required: Bool = false, format: ColumnFormat? = nil
    ) -> ColumnConfig {
        dated(.datetime, label, help, width, pinned, disabled, required, format)
    }

    private static func dated(
        _ kind: ColumnKind, _ label: String?, _ help: String?, _ width: ColumnWidth?, _ pinned: Bool, _ disabled: Bool,
        _ required: Bool, _ format: ColumnFormat?
    ) -> ColumnConfig {
        var config = ColumnConfig(
            kind: kind, label: label, help: help, width: width, pinned: pinned, disabled: disabled, required: required)
        config.format = format
        return config
    }

    /// URLs as links; `displayText` is fixed text, or a regular expression whose first group of the
    /// URL is shown.
    public static func link(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        displayText: String? = nil
    ) -> ColumnConfig {
        var config = ColumnConfig(kind: .link, label: label, help: help, width: width, pinned: pinned)
        config.displayText = displayText
        return config
    }

    /// Image URLs as small images.
    public static func image(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false
    ) -> ColumnConfig {
        ColumnConfig(kind: .image, label: label, help: help, width: width, pinned: pinned)
    }

    /// Numbers as progress bars from `min` to `max`, labelled with `format`.
    public static func progress(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false,
        format: ColumnFormat? = nil, min: Double = 0, max: Double = 1
    ) -> ColumnConfig {
        var config = ColumnConfig(kind: .progress, label: label, help: help, width: width, pinned: pinned)
        config.format = format
        config.min = min
        config.max = max
        return config
    }

    /// Lists as chips.
    public static func list(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false
    ) -> ColumnConfig {
        ColumnConfig(kind: .list, label: label, help: help, width: width, pinned: pinned)
    }

    /// Lists of numbers as sparklines: `.line`, `.bar` or `.area`, from `yMin` to `yMax` (the data's
    /// range when `nil`).
    public static func chart(
        _ style: SparklineStyle, _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil,
        pinned: Bool = false, yMin: Double? = nil, yMax: Double? = nil
    ) -> ColumnConfig {
        var config = ColumnConfig(kind: style.kind, label: label, help: help, width: width, pinned: pinned)
        config.min = yMin
        config.max = yMax
        return config
    }

    /// Any JSON, as compact text.
    public static func json(
        _ label: String? = nil, help: String? = nil, width: ColumnWidth? = nil, pinned: Bool = false
    ) -> ColumnConfig {
        ColumnConfig(kind: .json, label: label, help: help, width: width, pinned: pinned)
    }

    /// The column as the browser is told about it.
    func wireColumn(name: String, type: ColumnType, disabledByEditor: Bool) -> DataColumn {
        var column = DataColumn(name: name, type: type)
        column.kind = kind
        column.label = label
        column.help = help
        switch width {
        case .small: column.width = .small
        case .medium: column.width = .medium
        case .large: column.width = .large
        case .points(let points): column.widthPoints = Swift.max(0, points)
        case nil: break
        }
        column.pinned = pinned ? true : nil
        column.format = format?.pattern
        column.min = min
        column.max = max
        column.step = step
        column.options = options
        column.displayText = displayText
        column.disabled = disabled || disabledByEditor ? true : nil
        column.required = required ? true : nil
        column.maxChars = maxChars.map { Swift.max(0, $0) }
        column.validate = validate
        return column
    }
}

/// How wide a column starts.
public enum ColumnWidth: Sendable, Hashable {
    case small, medium, large
    case points(Int)
}

/// How a sparkline column draws its lists of numbers.
public enum SparklineStyle: Sendable, Hashable {
    case line, bar, area

    var kind: ColumnKind {
        switch self {
        case .line: .lineChart
        case .bar: .barChart
        case .area: .areaChart
        }
    }
}

/// A display format for numbers, dates and times: a preset, or a pattern (printf for numbers,
/// `"%.2f kg"`; moment.js style for dates, `"YYYY-MM-DD"`). A string literal is a pattern.
public struct ColumnFormat: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The preset's name or the pattern, as the browser reads it.
    public let pattern: String

    public init(_ pattern: String) { self.pattern = pattern }
    public init(stringLiteral value: String) { self.init(value) }

    /// `$1,234.50`.
    public static let dollar = ColumnFormat("dollar")
    /// `€1,234.50`.
    public static let euro = ColumnFormat("euro")
    /// `¥1,235`.
    public static let yen = ColumnFormat("yen")
    /// `0.1234` as `12.34%`.
    public static let percent = ColumnFormat("percent")
    /// Numbers and dates as the viewer's locale writes them.
    public static let localized = ColumnFormat("localized")
    /// Numbers without grouping separators.
    public static let plain = ColumnFormat("plain")
    /// `1.2K`, `3.4M`.
    public static let compact = ColumnFormat("compact")
    /// `1.234E3`.
    public static let scientific = ColumnFormat("scientific")
    /// `1.234E3` with exponents in multiples of three.
    public static let engineering = ColumnFormat("engineering")
    /// Negative numbers in parentheses: `(1,234.50)`.
    public static let accounting = ColumnFormat("accounting")
    /// Dates as a distance from now: `3 days ago`.
    public static let distance = ColumnFormat("distance")
    /// Dates relative to today: `Yesterday at 2:30 PM`.
    public static let calendar = ColumnFormat("calendar")
    /// Dates in ISO 8601.
    public static let iso8601 = ColumnFormat("iso8601")
}
