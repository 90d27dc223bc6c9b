import Foundation
@testable import SwiftlitRuntime
import SwiftlitProtocol
import Testing

@Suite struct VegaLiteDatasetTests {
    static let first = Table([Table.Column("a", [1, 2])])
    static let second = Table([Table.Column("b", ["x"])])

    @Test func eachDistinctTableIsOneDatasetInFirstUseOrder() throws {
        let chart = VegaLite.hconcat(
            [VegaLite(.table(Self.second)), VegaLite(.table(Self.first)), VegaLite(.table(Self.second))],
            data: .table(Self.first))
        let datasets = chart.datasets
        #expect(datasets.map(\.table) == [Self.first, Self.second])
        #expect(datasets[0].name != datasets[1].name)
        // First use is in the order of the encoded spec (sorted keys): "data" before "hconcat".
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "data": {"name": "\(datasets[0].name)"},
             "hconcat": [{"data": {"name": "\(datasets[1].name)"}}, {"data": {"name": "\(datasets[0].name)"}},
                         {"data": {"name": "\(datasets[1].name)"}}]}
            """)))
    }

    @Test func equalTablesShareANameAcrossChartsAndDifferentOnesDoNot() {
        let copy = Table([Table.Column("a", [1, 2])])
        let name = VegaLite(.table(Self.first)).datasets[0].name
        #expect(VegaLite(.table(copy)).datasets[0].name == name)
        #expect(name.hasPrefix("table-"))
        let changed = Table([Table.Column("a", [1, 3])])
        #expect(VegaLite(.table(changed)).datasets[0].name != name)
    }

    @Test func aLookupTableIsADatasetToo() throws {
        let chart = VegaLite(.table(Self.first)).transform(.lookup("a", from: .table(Self.second), key: "b"))
        let names = chart.datasets.map(\.name)
        #expect(chart.datasets.map(\.table) == [Self.first, Self.second])
        guard case .object(let spec) = chart.json, case .array(let transforms) = spec["transform"] else {
            Issue.record("no transform array")
            return
        }
        #expect(transforms == [try vegaJSON("""
            {"lookup": "a", "from": {"data": {"name": "\(names[1])"}, "key": "b"}}
            """)])
    }

    @Test func outputMakesJSONDatasetsAndSelectionsTogether() {
        let chart = VegaLite(.table(Self.first)).params(.point("p"))
        let output = chart.output
        #expect(output.json == chart.json)
        #expect(output.datasets == chart.datasets)
        #expect(output.selectionParams == chart.selectionParams)
    }
}
