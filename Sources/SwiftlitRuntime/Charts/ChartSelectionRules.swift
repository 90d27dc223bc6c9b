import SwiftlitProtocol

/// What a Vega-Lite chart's selection may hold: its own reported parameters, each of its own kind,
/// with scalar values and within bounds. The browser's value is read through these rules, never
/// trusted as sent.
struct ChartSelectionRules: Sendable {
    /// The reported parameters' kinds, by name.
    let params: [String: SelectionParamInfo.Kind]

    /// More picked points than a person clicks, and more than a rerun should carry.
    static let maxPoints = 10_000
    /// More fields than any mark projects.
    static let maxFields = 64

    func decode(_ value: WidgetValue) -> ChartSelection? {
        if value == WidgetJSON.noChartSelection { return ChartSelection.none }
        guard case .string(let json) = value, let sent = WidgetJSON.decode(ChartSelection.self, from: json) else {
            return nil
        }
        var kept: [String: ChartParamSelection] = [:]
        for (name, selection) in sent.params {
            switch (params[name], selection) {
            case (.point, .points(let points)):
                let valid = points.prefix(Self.maxPoints).filter { $0.count <= Self.maxFields && $0.values.allSatisfy(\.isScalar) }
                if !valid.isEmpty { kept[name] = .points(Array(valid)) }
            case (.interval, .interval(let fields)):
                let valid = fields.filter { $0.value.count <= Self.maxPoints && $0.value.allSatisfy(\.isScalar) }
                if !valid.isEmpty && valid.count <= Self.maxFields { kept[name] = .interval(valid) }
            default:
                // A parameter the chart does not report, or of the other kind: a forged value.
                continue
            }
        }
        return ChartSelection(kept)
    }
}

extension JSONValue {
    /// Whether this is null, a boolean, a number or a string.
    var isScalar: Bool {
        switch self {
        case .null, .bool, .number, .string: true
        case .array, .object: false
        }
    }
}
