import SwiftlitProtocol

extension St {
    /// A map with a circle at each row's latitude and longitude.
    ///
    /// ```swift
    /// st.map(stations)                                   // finds "lat"/"latitude" and "lon"/"longitude"
    /// st.map(stations, color: "line", size: "riders", tiles: .openStreetMap)
    /// ```
    /// Without `tiles` the circles sit on a latitude and longitude grid and the page calls no one;
    /// with them, on the tile server's map. The view fits the points unless `zoom` is given.
    /// - Parameters:
    ///   - latitude: The latitude column; the one named `lat` or `latitude` (any case) when `nil`.
    ///   - longitude: The longitude column; `lon`, `lng` or `longitude` when `nil`.
    ///   - color: A column to colour the circles by, or one colour.
    ///   - size: Each circle's radius in metres: a column, or one radius (100 m by default); never
    ///     smaller than 3 points on screen.
    ///   - zoom: A web map zoom level (0 shows the world, 18 a street).
    ///   - tiles: A tile server for the background (see ``MapTiles``); the `map.tiles` setting's
    ///     when `nil`.
    ///   - height: The map's height in points (400 by default).
    public func map(
        _ data: Table, latitude: String? = nil, longitude: String? = nil, color: ChartColor? = nil,
        size: ChartSize? = nil, zoom: Int? = nil, tiles: MapTiles? = nil, width: ElementWidth = .stretch,
        height: Int? = nil
    ) {
        guard let latitude = latitude ?? data.column(named: ["lat", "latitude"]) else {
            return reportMisuse(.missingCoordinate("latitude", names: "'lat' or 'latitude'", in: data))
        }
        guard let longitude = longitude ?? data.column(named: ["lon", "lng", "long", "longitude"]) else {
            return reportMisuse(.missingCoordinate("longitude", names: "'lon', 'lng' or 'longitude'", in: data))
        }
        let chart = MapChart(
            table: data, latitude: latitude, longitude: longitude, color: color, size: size, zoom: zoom,
            tiles: tiles ?? run.options.mapTiles, height: max(1, height ?? MapChart.defaultHeight))
        switch chart.draft(function: "map") {
        case .failure(let misuse): reportMisuse(misuse)
        case .success(let draft):
            _ = showChart(
                draft, function: "map", width: width, height: nil, theme: .app, selectionMode: [], key: nil, onSelect: nil)
        }
    }

    /// A map of records with latitude and longitude properties.
    public func map(
        _ records: [some Encodable], latitude: String? = nil, longitude: String? = nil, color: ChartColor? = nil,
        size: ChartSize? = nil, zoom: Int? = nil, tiles: MapTiles? = nil, width: ElementWidth = .stretch,
        height: Int? = nil
    ) {
        guard let table = recordsTable(records, function: "map") else { return }
        map(table, latitude: latitude, longitude: longitude, color: color, size: size, zoom: zoom, tiles: tiles, width: width, height: height)
    }
}

extension Table {
    /// The first column whose name is one of `candidates`, ignoring case.
    func column(named candidates: [String]) -> String? {
        names.first { candidates.contains($0.lowercased()) }
    }
}
