import SwiftlitProtocol

/// What a Plotly chart's selection may hold: points of the figure's own traces, in the modes the
/// chart allows. The browser's value is read through these rules, never trusted as sent.
struct PlotlySelectionRules: Sendable {
    let modes: Set<PlotlySelectionMode>
    /// The number of points of each trace (`nil` when the trace's length is not known from its data).
    let traceLengths: [Int?]

    func decode(_ value: WidgetValue) -> PlotlySelection? {
        if value == WidgetJSON.noPlotlySelection { return PlotlySelection.none }
        guard case .string(let json) = value, let sent = WidgetJSON.decode(PlotlySelection.self, from: json) else {
            return nil
        }
        let limit = ChartSelectionRules.maxPoints
        let points = sent.points.prefix(limit).filter { point in
            guard traceLengths.indices.contains(point.curve), point.index >= 0 else { return false }
            let scalars = [point.x, point.y, point.z].allSatisfy { $0?.isScalar ?? true }
            return scalars && traceLengths[point.curve].map { point.index < $0 } ?? true
        }
        func regions(_ sent: [PlotlyRegion], allowed: Bool) -> [PlotlyRegion] {
            guard allowed else { return [] }
            return sent.prefix(16).filter {
                $0.x.count <= limit && $0.y.count <= limit && ($0.x + $0.y).allSatisfy(\.isScalar)
            }
        }
        // Points come from any mode (a box or lasso selects points too); regions only from theirs.
        return PlotlySelection(
            points: modes.isEmpty ? [] : Array(points),
            boxes: regions(sent.boxes, allowed: modes.contains(.box)),
            lassos: regions(sent.lassos, allowed: modes.contains(.lasso)))
    }

    /// The number of points of each trace of a Plotly figure: the length of its first data array.
    static func traceLengths(of figure: JSONValue) -> [Int?] {
        guard case .object(let members) = figure, case .array(let traces)? = members["data"] else { return [] }
        return traces.map { trace in
            guard case .object(let fields) = trace else { return nil }
            for key in ["x", "y", "values", "lat", "lon", "z", "r"] {
                if case .array(let values)? = fields[key] { return values.count }
            }
            return nil
        }
    }
}
