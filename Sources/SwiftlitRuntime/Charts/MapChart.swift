import Foundation
import SwiftlitProtocol

/// `map`'s Vega-Lite spec: circles at latitudes and longitudes on a web Mercator projection, over
/// map tiles when a tile server is given and over a latitude/longitude grid otherwise.
struct MapChart: Sendable {
    static let defaultHeight = 400
    /// Streamlit's default circle radius, in metres.
    static let defaultRadius = 100.0
    /// Circles never shrink below this radius in points, however far out the map is.
    static let minimumRadius = 3.0

    var table: Table
    var latitude: String
    var longitude: String
    var color: ChartColor?
    var size: ChartSize?
    var zoom: Int?
    var tiles: MapTiles?
    var height: Int

    /// The chart, or why there is none.
    func draft(function: String) -> Result<ChartDraft, SwiftlitError> {
        guard !table.isRagged else { return .failure(.raggedTable(table, in: function)) }
        var numeric: [String: [Double]] = [:]
        var named = [latitude, longitude]
        if case .column(let name) = size { named.append(name) }
        for name in named {
            guard let column = table[name] else { return .failure(.unknownColumn(name, in: table, function: function)) }
            guard let numbers = column.values.numbers else { return .failure(.nonNumericColumn(name, function: function)) }
            numeric[name] = numbers
        }
        if case .column(let name) = color, table[name] == nil {
            return .failure(.unknownColumn(name, in: table, function: function))
        }
        let latitudes = numeric[latitude] ?? []
        let longitudes = numeric[longitude] ?? []
        let rows = (0..<table.rowCount).filter { latitudes[$0].isFinite && longitudes[$0].isFinite }
        let view =
            MapView.fitting(
                latitudes: rows.map { latitudes[$0] }, longitudes: rows.map { longitudes[$0] }, height: Double(height),
                zoom: zoom) ?? MapView(zoom: 0, latitude: 0, longitude: 0)
        var columns = [
            ChartColumn(name: latitude, numbers: rows.map { latitudes[$0] }),
            ChartColumn(name: longitude, numbers: rows.map { longitudes[$0] }),
        ]
        if case .column(let name) = color, let values = table[name]?.values {
            columns.append(ChartColumn(name: name, values: values, rows: rows))
        }
        let radii: [Double]
        switch size {
        case .column(let name)?:
            let metres = numeric[name] ?? []
            radii = rows.map { metres[$0].isFinite ? metres[$0] : Self.defaultRadius }
            columns.append(ChartColumn(name: name, numbers: rows.map { metres[$0].isFinite ? metres[$0] : nil }))
        case .fixed(let metres)?: radii = rows.map { _ in metres }
        case nil: radii = rows.map { _ in Self.defaultRadius }
        }
        let areaField = table.unusedName("circle area")
        columns.append(
            ChartColumn(
                name: areaField,
                numbers: radii.map { metres in
                    let points = max(metres / view.metresPerPoint, Self.minimumRadius)
                    return (Double.pi * points * points).rounded()
                }))
        let spec = self.spec(view: view, areaField: areaField)
        return .success(
            ChartDraft(spec: spec, datasets: [ChartDataset(name: SimpleChartData.datasetName, columns: columns)], selectionParams: [:]))
    }

    private func spec(view: MapView, areaField: String) -> JSONValue {
        var points: JSONValue = [
            "data": ["name": .string(SimpleChartData.datasetName)],
            "mark": ["type": "circle", "opacity": 0.8, "tooltip": true],
            "encoding": [
                "latitude": ["field": .string(latitude.vegaLiteField), "type": "quantitative", "title": .string(latitude.singleLine)],
                "longitude": [
                    "field": .string(longitude.vegaLiteField), "type": "quantitative", "title": .string(longitude.singleLine),
                ],
                "size": ["field": .string(areaField.vegaLiteField), "type": "quantitative", "scale": nil, "legend": nil],
                "tooltip": [
                    ["field": .string(latitude.vegaLiteField), "type": "quantitative", "title": .string(latitude.singleLine)],
                    ["field": .string(longitude.vegaLiteField), "type": "quantitative", "title": .string(longitude.singleLine)],
                ],
            ],
        ]
        var titles = [latitude, longitude]
        if case .column(let name)? = color { titles.append(name) }
        // Vega-Lite 6.3 cannot write a backslash of a title into its marks' ARIA descriptions.
        if titles.contains(where: { $0.contains("\\") }) { points["mark"]?["aria"] = false }
        switch color {
        case .column(let name)?:
            let kind = table[name]?.values.kind ?? .text
            points["encoding"]?["color"] = [
                "field": .string(name.vegaLiteField), "type": .string(kind.vegaLiteType), "title": .string(name.singleLine),
            ]
        case .fixed(let colour)?: points["mark"]?["color"] = .string(colour)
        case .perSeries(let colours)?: points["mark"]?["color"] = colours.first.map(JSONValue.string) ?? nil
        case nil: break
        }
        var layers: [JSONValue] = []
        if let tiles {
            layers.append(tileLayer(view.tiles(template: tiles.urlTemplate, height: Double(height))))
        } else {
            layers.append(gridLayer(view))
        }
        layers.append(points)
        if let attribution = tiles?.attribution {
            layers.append([
                "data": ["values": [[:]]],
                "mark": [
                    "type": "text", "text": .string(attribution), "x": "width", "y": "height", "dx": -4, "dy": -3,
                    "align": "right", "baseline": "bottom", "fontSize": 10, "opacity": 0.8,
                ],
            ])
        }
        return [
            "height": .number(Double(height)),
            "projection": [
                "type": "mercator",
                "scale": .number(view.projectionScale),
                "center": [.number(view.longitude), .number(view.latitude)],
                // The centre sits in the middle of the chart, whatever its width.
                "translate": ["expr": "[width / 2, height / 2]"],
            ],
            "layer": .array(layers),
        ]
    }

    /// Map tiles as images placed by the same projection as the points, so both line up.
    private func tileLayer(_ tiles: [MapView.Tile]) -> JSONValue {
        [
            "data": [
                "values": .array(
                    tiles.map { ["url": .string($0.url), "latitude": .number($0.latitude), "longitude": .number($0.longitude)] })
            ],
            "mark": ["type": "image", "width": 256, "height": 256, "align": "left", "baseline": "top", "clip": true],
            "encoding": [
                "latitude": ["field": "latitude", "type": "quantitative"],
                "longitude": ["field": "longitude", "type": "quantitative"],
                "url": ["field": "url", "type": "nominal"],
            ],
        ]
    }

    /// Lines of latitude and longitude: where the points are, without calling a tile server.
    private func gridLayer(_ view: MapView) -> JSONValue {
        let degreesAcross = MapView.assumedWidth / (256 * pow(2, Double(view.zoom))) * 360
        let step = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30].first { $0 >= degreesAcross / 6 } ?? 30
        return [
            "data": ["graticule": ["step": [.number(step), .number(step)]]],
            "mark": ["type": "geoshape", "filled": false, "strokeWidth": 0.5, "opacity": 0.35, "clip": true],
        ]
    }
}
