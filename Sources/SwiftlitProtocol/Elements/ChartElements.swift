/// The chart elements: Vega-Lite charts (which `lineChart`, `areaChart`, `barChart`, `scatterChart`
/// and `map` are too) and Plotly figures.

/// One column of a chart's data set. Exactly one of the value arrays is present, dense (a plain
/// `[Double]` costs half the memory of `[Double?]` on a server that keeps every session's page);
/// ``missing`` lists the positions whose value is missing, `null` in the chart. Dates and times
/// travel as numbers: milliseconds since 1970 in UTC, which Vega-Lite reads as timestamps.
public struct ChartColumn: Hashable, Sendable, Codable {
    public var name: String
    /// Numbers, and dates as milliseconds since 1970.
    public var numbers: [Double]?
    public var texts: [String]?
    public var booleans: [Bool]?
    /// Texts as positions in ``categories``: a series name or a category repeated on many rows
    /// travels once.
    public var codes: [Int]?
    public var categories: [String]?
    /// The positions whose value is missing (their slots hold 0, "" or false), ascending.
    public var missing: [Int]?

    public init(name: String, numbers: [Double], missing: [Int]? = nil) {
        self.name = name
        self.numbers = numbers
        self.missing = missing
    }

    public init(name: String, numbers: [Double?]) {
        self.init(name: name, numbers: numbers.map { $0 ?? 0 }, missing: Self.missingPositions(numbers))
    }

    /// Texts as positions in `categories`.
    public init(name: String, codes: [Int], categories: [String], missing: [Int]? = nil) {
        self.name = name
        self.codes = codes
        self.categories = categories
        self.missing = missing
    }

    /// Texts, as ``codes`` into ``categories`` when values repeat (fewer distinct values than half
    /// the rows), as plain ``texts`` otherwise.
    public init(name: String, texts: [String?]) {
        self.name = name
        missing = Self.missingPositions(texts)
        var positions: [String: Int] = [:]
        var categories: [String] = []
        var codes: [Int] = []
        codes.reserveCapacity(texts.count)
        for text in texts {
            let value = text ?? ""
            if let known = positions[value] {
                codes.append(known)
            } else if categories.count * 2 < texts.count {
                positions[value] = categories.count
                codes.append(categories.count)
                categories.append(value)
            } else {
                self.texts = texts.map { $0 ?? "" }
                return
            }
        }
        self.codes = codes
        self.categories = categories
    }

    public init(name: String, booleans: [Bool?]) {
        self.name = name
        self.booleans = booleans.map { $0 ?? false }
        missing = Self.missingPositions(booleans)
    }

    /// The number of values.
    public var count: Int { numbers?.count ?? texts?.count ?? booleans?.count ?? codes?.count ?? 0 }

    /// The values as optionals, `nil` where missing.
    public var optionalNumbers: [Double?]? { numbers.map(withMissing) }
    public var optionalTexts: [String?]? {
        if let codes, let categories {
            return withMissing(codes.map { categories.indices.contains($0) ? categories[$0] : "" })
        }
        return texts.map(withMissing)
    }
    public var optionalBooleans: [Bool?]? { booleans.map(withMissing) }

    private func withMissing<T>(_ values: [T]) -> [T?] {
        var optionals = values.map(Optional.some)
        for position in missing ?? [] where optionals.indices.contains(position) { optionals[position] = nil }
        return optionals
    }

    private static func missingPositions<T>(_ values: [T?]) -> [Int]? {
        let positions = values.indices.filter { values[$0] == nil }
        return positions.isEmpty ? nil : positions
    }
}

/// A named data set of a Vega-Lite chart, as columns; the spec refers to it as `{"name": name}`.
/// Columns rather than Vega's rows: a column of numbers is a third of the bytes of the same values
/// repeated under their field name in every row.
public struct ChartDataset: Hashable, Sendable, Codable {
    public var name: String
    public var columns: [ChartColumn]

    public init(name: String, columns: [ChartColumn]) {
        self.name = name
        self.columns = columns
    }
}

/// How a chart looks: Swiftlit's colours, fonts and grid, which follow the light or dark theme
/// (Streamlit's `theme="streamlit"`), or the library's own look.
public enum ChartTheme: String, Hashable, Sendable, Codable, WireEnum {
    case app, library
}

/// `vegaLiteChart`, and the simple charts built on it: a Vega-Lite spec whose data sets travel
/// beside it.
public struct VegaLiteChartElement: Hashable, Sendable, Codable {
    /// The Vega-Lite specification; data sets are referenced by name.
    public var spec: JSONValue
    public var datasets: [ChartDataset]
    /// A fixed width in points; `nil`: the container's width (unless ``fitContent``).
    public var width: Int?
    /// `true`: the width the spec asks for, not the container's.
    public var fitContent: Bool?
    /// A fixed height in points; `nil`: the spec's height, or the default.
    public var height: Int?
    /// `nil`: ``ChartTheme/app``.
    public var theme: ChartTheme?
    /// The chart's selection widget, when selections rerun the app.
    public var widget: WidgetInfo?
    /// The selection parameters whose values the browser reports (a subset of the spec's).
    public var selections: [String]?

    public init(spec: JSONValue, datasets: [ChartDataset]) {
        self.spec = spec
        self.datasets = datasets
    }
}

/// What a Plotly chart lets the user select.
public enum PlotlySelectionMode: String, Hashable, Sendable, Codable, CaseIterable, WireEnum {
    case points, box, lasso
}

/// `plotlyChart`: a Plotly figure (`data`, `layout` and optionally `frames`) and its configuration.
public struct PlotlyChartElement: Hashable, Sendable, Codable {
    public var figure: JSONValue
    /// Plotly's `config` object (mode bar, scroll zoom…).
    public var config: JSONValue?
    public var width: Int?
    public var fitContent: Bool?
    public var height: Int?
    public var theme: ChartTheme?
    public var widget: WidgetInfo?
    public var selectionModes: [PlotlySelectionMode]?

    public init(figure: JSONValue) {
        self.figure = figure
    }
}
