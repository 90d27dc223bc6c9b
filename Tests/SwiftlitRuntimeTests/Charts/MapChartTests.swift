import SwiftlitProtocol
import SwiftlitTesting
import Testing

@testable import SwiftlitRuntime

/// `map`: points on a web Mercator view that fits them, tiles only when asked for.
@Suite struct MapChartTests {
    static let stations = Table([
        Table.Column("Name", ["Oslo", "Bergen", "Trondheim"]),
        Table.Column("LAT", [59.91, 60.39, 63.43]),
        Table.Column("lon", [10.75, 5.32, 10.40]),
        Table.Column("riders", [900.0, 400, 300]),
    ])

    static func spec(_ app: @escaping AppBody) async throws -> (JSONValue, Table) {
        let at = AppTest(app)
        try await at.run()
        #expect(at.exceptions.isEmpty, "\(at.exceptions.map(\.text))")
        let view = try #require(at.vegaLiteCharts.first)
        return (try at.chartSpec(of: view), try #require(try at.chartData(of: view)["data"]))
    }

    @Test func coordinatesAreFoundByNameAndTheViewFitsThem() async throws {
        let (spec, data) = try await Self.spec { st in st.map(Self.stations) }
        #expect(data.names.prefix(2) == ["LAT", "lon"])
        guard case .array(let layers)? = spec["layer"] else { Issue.record("no layers"); return }
        #expect(layers.count == 2)
        #expect(layers[0]["data"]?["graticule"] != nil)
        #expect(layers[1]["encoding"]?["latitude"]?["field"] == "LAT")
        // No tile server: the spec names no web address.
        #expect(!"\(spec)".contains("http"))
        let view = try #require(MapView.fitting(latitudes: [59.91, 60.39, 63.43], longitudes: [10.75, 5.32, 10.40], height: 400, zoom: nil))
        #expect(view.zoom == 5)
        #expect(spec["projection"]?["scale"] == .number(view.projectionScale))
    }

    @Test func tilesAreImagesPlacedByTheSameProjection() async throws {
        let tiles = MapTiles(urlTemplate: "https://tiles.example/{z}/{x}/{y}.png", attribution: "© Example")
        let (spec, _) = try await Self.spec { st in st.map(Self.stations, color: "Name", size: "riders", zoom: 6, tiles: tiles) }
        guard case .array(let layers)? = spec["layer"], case .array(let images)? = layers[0]["data"]?["values"] else {
            Issue.record("no tile layer")
            return
        }
        #expect(layers[0]["mark"]?["type"] == "image")
        #expect(layers.last?["mark"]?["text"] == "© Example")
        #expect(images.allSatisfy { "\($0)".contains("https://tiles.example/6/") })
        // Zoom 6 is 64 tiles around; a 1600-point-wide strip needs about 8 columns and 3 rows.
        #expect((12...40).contains(images.count))
        #expect(layers[1]["encoding"]?["color"]?["field"] == "Name")
    }

    @Test func theConfiguredTileServerServesMapsThatNameNone() async throws {
        let options = RuntimeOptions(mapTiles: MapTiles(urlTemplate: "https://configured.example/{z}/{x}/{y}.png"))
        let at = AppTest(options: options) { st in st.map(Self.stations) }
        try await at.run()
        let spec = try at.chartSpec(of: try #require(at.vegaLiteCharts.first))
        guard case .array(let layers)? = spec["layer"] else { Issue.record("no layers"); return }
        #expect(layers.first?["mark"]?["type"] == "image")
        #expect("\(spec)".contains("https://configured.example/"))
    }

    @Test func tilesAtAZoomCoverTheCentre() throws {
        let view = MapView(zoom: 1, latitude: 0, longitude: 0)
        let tiles = view.tiles(template: "{z}/{x}/{y}", width: 512, height: 512)
        #expect(Set(tiles.map(\.url)) == ["1/0/0", "1/1/0", "1/0/1", "1/1/1"])
        #expect(abs(MapView.latitude(worldY: MapView.worldY(latitude: 45, zoom: 3), zoom: 3) - 45) < 1e-9)
    }

    @Test func missingCoordinatesAreReported() async throws {
        let at = AppTest { st in st.map(Table([Table.Column("x", [1.0])])) }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("found no latitude column") == true)
    }
}
