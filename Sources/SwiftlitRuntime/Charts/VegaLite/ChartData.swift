public import SwiftlitProtocol

/// The data of a Vega-Lite view: a ``Table`` (sent once, beside the spec, as a named dataset),
/// a dataset the page provides by name, inline rows, or a URL the browser loads.
///
/// ```swift
/// VegaLite(.table(sales)).mark(.bar).encode(.x("category"), .y("revenue", aggregate: .sum))
/// VegaLite(.url("https://vega.github.io/vega-datasets/data/cars.json"))
/// ```
public enum ChartData: Sendable, Equatable {
    /// A table; the spec refers to it as `{"name": <dataset name>}` and ``VegaLite/datasets``
    /// carries it.
    case table(Table)
    /// A named dataset (Vega-Lite's `{"name": …}`).
    case named(String)
    /// Inline rows (Vega-Lite's `{"values": […]}`).
    case values([[String: JSONValue]])
    /// Data the browser loads from a URL (Vega-Lite's `{"url": …}`).
    case url(String)
}
