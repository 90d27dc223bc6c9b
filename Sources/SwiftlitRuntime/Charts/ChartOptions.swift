/// The options of the simple charts (`lineChart`, `areaChart`, `barChart`, `scatterChart`), each
/// written as Streamlit's are: a column name, a list of them, a colour or a number.

/// One or more column names: `y: "revenue"` or `y: ["revenue", "cost"]`.
public struct ChartColumns: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    public var names: [String]

    public init(_ names: [String]) { self.names = names }
    public init(stringLiteral name: String) { names = [name] }
    public init(arrayLiteral names: String...) { self.names = names }
}

/// How a simple chart colours its marks: by the values of a column, with one fixed colour, or
/// with a colour per `y` column.
///
/// A string literal that is a CSS hex or `rgb()` colour (`"#1f77b4"`, `"rgb(0, 128, 255)"`) is a
/// fixed colour, any other a column name, as in Streamlit: `color: "region"`, `color: "#ff4b4b"`,
/// `color: ["#ff4b4b", "#1c83e1"]`.
public enum ChartColor: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// A series per value of this column.
    case column(String)
    /// Every mark in this colour.
    case fixed(String)
    /// A colour per `y` column, in order.
    case perSeries([String])

    public init(stringLiteral value: String) {
        self = Self.looksLikeColour(value) ? .fixed(value) : .column(value)
    }

    public init(arrayLiteral colours: String...) { self = .perSeries(colours) }

    static func looksLikeColour(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if lowered.hasPrefix("rgb(") || lowered.hasPrefix("rgba(") { return true }
        guard lowered.hasPrefix("#") else { return false }
        let digits = lowered.dropFirst()
        return [3, 4, 6, 8].contains(digits.count) && digits.allSatisfy(\.isHexDigit)
    }
}

/// How big a scatter chart's points are: a fixed area in square points, or by the values of a column.
public enum ChartSize: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    case column(String)
    case fixed(Double)

    public init(stringLiteral name: String) { self = .column(name) }
    public init(floatLiteral value: Double) { self = .fixed(value) }
    public init(integerLiteral value: Int) { self = .fixed(Double(value)) }
}

/// How bars and areas of several series share the axis (Streamlit's `stack`).
public enum ChartStack: Sendable, Hashable {
    /// On top of each other (the default).
    case stacked
    /// Stacked to fill the axis: each series' share of the whole.
    case normalized
    /// Stacked around a centre line (a streamgraph).
    case centered
    /// Not stacked: bars side by side, areas over each other.
    case unstacked
}
