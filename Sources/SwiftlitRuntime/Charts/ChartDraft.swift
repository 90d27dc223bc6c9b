import SwiftlitProtocol

/// A Vega-Lite chart ready to show: its spec, its data sets and its selection parameters. What
/// `vegaLiteChart`, the simple charts and `map` all come down to.
struct ChartDraft: Sendable {
    var spec: JSONValue
    var datasets: [ChartDataset]
    /// Every selection parameter of the spec, with its kind.
    var selectionParams: [String: SelectionParamInfo.Kind]
}

extension ChartDraft {
    /// The draft of a built (or raw) Vega-Lite spec: its tables become columnar data sets.
    init(_ spec: VegaLite) {
        let output = spec.output
        self.init(
            spec: output.json, datasets: output.datasets.map { ChartDataset(name: $0.name, table: $0.table) },
            selectionParams: Dictionary(output.selectionParams.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first }))
    }
}

extension String {
    /// This column name as a Vega-Lite field reference: Vega-Lite reads `.` and `[…]` in a field as
    /// nested access, so a column named `price.usd` must be written `price\.usd`.
    var vegaLiteField: String {
        var escaped = ""
        for character in self {
            if "\\.[]".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// The text with its line breaks (any of Unicode's) as spaces.
    var singleLine: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
