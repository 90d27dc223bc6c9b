import SwiftlitProtocol

/// A Vega-Lite chart ready to show: its spec, its data sets and its selection parameters. What
/// `vegaLiteChart`, the simple charts and `map` all come down to.
struct ChartDraft: Sendable {
    var spec: JSONValue
    var datasets: [ChartDataset]
    /// Every selection parameter of the spec, with its kind.
    var selectionParams: [String: ChartSelectionRules.Kind]
}
