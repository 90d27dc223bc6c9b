import Foundation

/// Where a `map` looks and how close: the web Mercator view (the one map tiles are cut for) that
/// fits the points, and the tiles that cover it. The browser's projection uses the same scale and
/// centre, so points and tiles line up at any container width.
struct MapView: Sendable, Equatable {
    /// The web Mercator zoom level: the world is 256 × 2^zoom points wide.
    let zoom: Int
    /// The centre, in degrees.
    let latitude: Double
    let longitude: Double

    /// The width the fitted view assumes: a typical main column. A wider container shows more
    /// around the points, a narrower one crops the edges.
    static let assumedWidth = 700.0
    /// Web Mercator stops at ±85.0511° (the square world of map tiles).
    static let maxLatitude = 85.05112878
    static let maxZoom = 18

    /// The view that shows every point with some margin (zoom `given` when set), `nil` without points.
    static func fitting(latitudes: [Double], longitudes: [Double], height: Double, zoom given: Int?) -> MapView? {
        let points = zip(latitudes, longitudes).filter { $0.0.isFinite && $0.1.isFinite }
        guard let first = points.first else { return nil }
        var (south, north, west, east) = (first.0, first.0, first.1, first.1)
        for (latitude, longitude) in points {
            south = min(south, latitude)
            north = max(north, latitude)
            west = min(west, longitude)
            east = max(east, longitude)
        }
        let top = worldY(latitude: north, zoom: 0)
        let bottom = worldY(latitude: south, zoom: 0)
        let left = worldX(longitude: west, zoom: 0)
        let right = worldX(longitude: east, zoom: 0)
        let centreX = (left + right) / 2
        let centreY = (top + bottom) / 2
        let zoom =
            given.map { min(max($0, 0), maxZoom) }
            ?? (0...maxZoom).last { zoom in
                let scale = pow(2, Double(zoom))
                // 80 % of the view, so the outermost points keep a margin.
                return (right - left) * scale <= assumedWidth * 0.8 && (bottom - top) * scale <= height * 0.8
            } ?? 0
        return MapView(zoom: zoom, latitude: latitude(worldY: centreY, zoom: 0), longitude: longitude(worldX: centreX, zoom: 0))
    }

    /// Vega's Mercator scale for this zoom: the world's width in points over 2π.
    var projectionScale: Double { 256 * pow(2, Double(zoom)) / (2 * .pi) }

    /// Metres per point at the centre, to size circles given in metres.
    var metresPerPoint: Double {
        2 * .pi * 6_378_137 * cos(latitude * .pi / 180) / (256 * pow(2, Double(zoom)))
    }

    /// One map tile: its URL and its top-left corner.
    struct Tile: Sendable, Equatable {
        let url: String
        let latitude: Double
        let longitude: Double
    }

    /// The tiles of `template` (`{z}`, `{x}`, `{y}`) that cover a view `width` × `height` points
    /// around the centre. The width is generous (the container's is not known here); the chart clips.
    func tiles(template: String, width: Double = 1600, height: Double) -> [Tile] {
        let count = Int(pow(2, Double(zoom)))
        let centreX = Self.worldX(longitude: longitude, zoom: zoom)
        let centreY = Self.worldY(latitude: latitude, zoom: zoom)
        let columns = Int(floor((centreX - width / 2) / 256))...Int(floor((centreX + width / 2) / 256))
        let rows = max(0, Int(floor((centreY - height / 2) / 256)))...min(count - 1, Int(floor((centreY + height / 2) / 256)))
        var tiles: [Tile] = []
        for row in rows {
            for column in columns {
                // Tiles repeat around the world east and west.
                let wrapped = ((column % count) + count) % count
                let url = template.replacingOccurrences(of: "{z}", with: String(zoom))
                    .replacingOccurrences(of: "{x}", with: String(wrapped))
                    .replacingOccurrences(of: "{y}", with: String(row))
                tiles.append(
                    Tile(
                        url: url, latitude: Self.latitude(worldY: Double(row) * 256, zoom: zoom),
                        longitude: Self.longitude(worldX: Double(column) * 256, zoom: zoom)))
            }
        }
        return tiles
    }

    static func worldX(longitude: Double, zoom: Int) -> Double {
        (longitude + 180) / 360 * 256 * pow(2, Double(zoom))
    }

    static func worldY(latitude: Double, zoom: Int) -> Double {
        let clamped = min(max(latitude, -maxLatitude), maxLatitude) * .pi / 180
        return (1 - log(tan(clamped) + 1 / cos(clamped)) / .pi) / 2 * 256 * pow(2, Double(zoom))
    }

    static func longitude(worldX: Double, zoom: Int) -> Double {
        worldX / (256 * pow(2, Double(zoom))) * 360 - 180
    }

    static func latitude(worldY: Double, zoom: Int) -> Double {
        let n = .pi - 2 * .pi * worldY / (256 * pow(2, Double(zoom)))
        return atan(sinh(n)) * 180 / .pi
    }
}

/// A tile server for `map`'s background. Maps have none unless one is given: a page then shows the
/// points over a latitude and longitude grid, and never calls a third party.
///
/// ```swift
/// st.map(stations, tiles: .openStreetMap)
/// ```
public struct MapTiles: Sendable, Hashable {
    /// The URL of one tile, with `{z}`, `{x}` and `{y}` for the zoom, column and row.
    public var urlTemplate: String
    /// The credit the tiles' licence asks for, shown in the map's corner.
    public var attribution: String?

    public init(urlTemplate: String, attribution: String? = nil) {
        self.urlTemplate = urlTemplate
        self.attribution = attribution
    }

    /// Whether `template` is an https URL with `{z}`, `{x}` and `{y}`: the page may load images
    /// from https only (its Content-Security-Policy), and a tile needs all three.
    public static func isValidTemplate(_ template: String) -> Bool {
        template.hasPrefix("https://") && ["{z}", "{x}", "{y}"].allSatisfy(template.contains)
    }

    /// OpenStreetMap's standard tiles (mind its tile usage policy for busy apps).
    public static let openStreetMap = MapTiles(
        urlTemplate: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", attribution: "© OpenStreetMap contributors")
}
