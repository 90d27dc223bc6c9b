import Foundation
@testable import SwiftlitRuntime
import SwiftlitProtocol
import Testing

/// JSON text as a JSONValue, for comparing whole specs.
func vegaJSON(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}

@Suite struct VegaLiteBuilderTests {
    static let sales = Table([
        Table.Column("category", ["A", "B"]), Table.Column("revenue", [1.5, 2.0]),
    ])

    @Test func revenuePerCategoryIsExactlyTheVegaLiteSpec() throws {
        let chart = VegaLite(.table(Self.sales))
            .mark(.bar)
            .encode(.x("category", sort: .byChannel(.y, descending: true)),
                    .y("revenue", aggregate: .sum, title: "Revenue", axis: .init(format: "$,.0f")))
            .title("Revenue per category")
        let name = try #require(chart.datasets.first?.name)
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "data": {"name": "\(name)"},
             "mark": "bar",
             "encoding": {
               "x": {"field": "category", "sort": "-y"},
               "y": {"field": "revenue", "aggregate": "sum", "title": "Revenue", "axis": {"format": "$,.0f"}}},
             "title": "Revenue per category"}
            """)))
    }

    @Test func markPropertiesMakeAMarkObjectAndUnsetOnesAreLeftOut() throws {
        let chart = VegaLite().mark(.line.point(true).interpolate(.monotone).opacity(0.5))
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "mark": {"type": "line", "point": true, "interpolate": "monotone", "opacity": 0.5}}
            """)))
    }

    @Test func brushedScatterHasConditionsAndAnIntervalSelection() throws {
        let chart = VegaLite(.url("cars.json"))
            .mark(.point)
            .encode(.x("hp", type: .quantitative), .y("mpg", type: .quantitative),
                    .color(condition: .param("brush", .field("origin", type: .nominal)), otherwise: .value("lightgray")),
                    .opacity(.condition(param: "brush", empty: false, then: .value(1), else: .value(0.3))))
            .params(.interval("brush", encodings: [.x]))
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "data": {"url": "cars.json"}, "mark": "point",
             "encoding": {
               "x": {"field": "hp", "type": "quantitative"}, "y": {"field": "mpg", "type": "quantitative"},
               "color": {"condition": {"param": "brush", "field": "origin", "type": "nominal"}, "value": "lightgray"},
               "opacity": {"condition": {"param": "brush", "empty": false, "value": 1}, "value": 0.3}},
             "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}}]}
            """)))
        #expect(chart.datasets.isEmpty)
        #expect(chart.selectionParams == [SelectionParamInfo(name: "brush", kind: .interval, encodings: ["x"])])
    }

    @Test func layeredLineAndRuleShareTheOuterData() throws {
        let line = VegaLite().mark(.line).encode(.x("day", type: .temporal, timeUnit: .yearmonth), .y("visits"))
        let mean = VegaLite().mark(.rule.color("firebrick")).encode(.y("visits", aggregate: .mean))
        let chart = VegaLite.layer([line, mean], data: .values([["day": .string("2024-01-01"), "visits": .number(3)]]))
            .resolve(scale: [.y: .independent])
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "data": {"values": [{"day": "2024-01-01", "visits": 3}]},
             "layer": [
               {"mark": "line", "encoding": {"x": {"field": "day", "type": "temporal", "timeUnit": "yearmonth"},
                                             "y": {"field": "visits"}}},
               {"mark": {"type": "rule", "color": "firebrick"}, "encoding": {"y": {"field": "visits", "aggregate": "mean"}}}],
             "resolve": {"scale": {"y": "independent"}}}
            """)))
    }

    @Test func transformsKeepTheirOrderAndVegaLiteKeys() throws {
        let chart = VegaLite().transform(
            .filter("datum.x > 0"), .filter(param: "pick"),
            .filter(.field("y", range: 1...2)), .calculate("datum.x * 2", as: "double"),
            .aggregate([.init(.sum, "x", as: "total"), .init(.count, as: "n")], groupBy: ["g"]),
            .fold(["a", "b"], as: (key: "k", value: "v")),
            .window([.init(.rank, as: "r")], frame: (nil, 0), sort: [.init("x", order: .descending)]))
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "transform": [
              {"filter": "datum.x > 0"}, {"filter": {"param": "pick"}},
              {"filter": {"field": "y", "range": [1, 2]}}, {"calculate": "datum.x * 2", "as": "double"},
              {"aggregate": [{"op": "sum", "field": "x", "as": "total"}, {"op": "count", "as": "n"}], "groupby": ["g"]},
              {"fold": ["a", "b"], "as": ["k", "v"]},
              {"window": [{"op": "rank", "as": "r"}], "frame": [null, 0], "sort": [{"field": "x", "order": "descending"}]}]}
            """)))
    }

    @Test func hiddenAxisLegendAndUnstackedAreNullAndValuesAreValues() throws {
        let chart = VegaLite().encode(
            .x("a", axis: .hidden), .y("b", stack: .unstacked), .color("c", legend: .hidden), .size(.value(3)),
            .tooltip([.field("a"), .field("b", format: ".1f")]), .row("r", header: .init(title: "R")))
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "encoding": {
              "x": {"field": "a", "axis": null}, "y": {"field": "b", "stack": null},
              "color": {"field": "c", "legend": null}, "size": {"value": 3},
              "tooltip": [{"field": "a"}, {"field": "b", "format": ".1f"}],
              "row": {"field": "r", "header": {"title": "R"}}}}
            """)))
    }

    @Test func aChannelGivenAgainReplacesTheEarlierOne() {
        let chart = VegaLite().encode(.x("a")).encode(.x("b"), .y("c"))
        #expect(chart.json == VegaLite().encode(.x("b"), .y("c")).json)
        #expect(chart != VegaLite().encode(.x("a"), .y("c")))
    }

    @Test func facetWithOneFieldAndColumnsWraps() throws {
        let inner = VegaLite().mark(.point).encode(.x("a"))
        let wrapped = VegaLite.facet(inner, column: .init("g", type: .nominal), columns: 3)
        #expect(wrapped.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "facet": {"field": "g", "type": "nominal"}, "columns": 3,
             "spec": {"mark": "point", "encoding": {"x": {"field": "a"}}}}
            """)))
        let grid = VegaLite.facet(inner, row: .init("r"), column: .init("c"))
        #expect(grid.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "facet": {"row": {"field": "r"}, "column": {"field": "c"}},
             "spec": {"mark": "point", "encoding": {"x": {"field": "a"}}}}
            """)))
    }

    @Test func fieldTypesAreInferredFromColumns() {
        #expect(FieldType.inferred(from: Table.Column("n", [1, 2])) == .quantitative)
        #expect(FieldType.inferred(from: Table.Column("d", [1.5])) == .quantitative)
        #expect(FieldType.inferred(from: Table.Column("s", ["a"])) == .nominal)
        #expect(FieldType.inferred(from: Table.Column("b", [true])) == .nominal)
        #expect(FieldType.inferred(from: Table.Column("t", [Date()])) == .temporal)
        #expect(FieldType.inferred(from: Table.Column("day", days: [Date()])) == .temporal)
    }
}
