import Foundation
@testable import SwiftlitRuntime
import SwiftlitProtocol
import Testing

@Suite struct VegaLiteSelectionAndRawTests {
    @Test func selectionsAreFoundInLayersConcatsAndFacetsOnceEach() {
        let picked = VegaLite().mark(.bar).params(.point("pick", fields: ["category"], bind: .legend))
        let brushed = VegaLite().mark(.area).params(.interval("brush", encodings: [.x]), .value("size", 3))
        let layered = VegaLite.layer([picked, picked])
        let faceted = VegaLite.facet(VegaLite.vconcat([brushed]), row: .init("r"))
        let chart = VegaLite.hconcat([layered, VegaLite.concat([faceted], columns: 2)])
        #expect(chart.selectionParams == [
            SelectionParamInfo(name: "pick", kind: .point, fields: ["category"]),
            SelectionParamInfo(name: "brush", kind: .interval, encodings: ["x"]),
        ])
    }

    @Test func aSelectionWithNoOptionsIsJustItsType() throws {
        let chart = VegaLite().params(.point("p"))
        #expect(chart.json == (try vegaJSON("""
            {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
             "params": [{"name": "p", "select": "point"}]}
            """)))
        #expect(chart.selectionParams == [SelectionParamInfo(name: "p", kind: .point)])
    }

    @Test func rawJSONIsKeptAsGivenAndItsSelectionsAreFound() throws {
        let text = """
            {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
             "vconcat": [
               {"mark": "bar", "params": [{"name": "a", "select": {"type": "point", "encodings": ["color"]}}]},
               {"layer": [{"mark": "line", "params": [{"name": "b", "select": "interval"},
                                                       {"name": "v", "value": 1},
                                                       {"name": "odd", "select": "lasso"}]}]}],
             "config": {"params": [{"name": "notAView", "select": "point"}]}}
            """
        let chart = try VegaLite(jsonString: text)
        #expect(chart.json == (try vegaJSON(text)))
        #expect(chart.selectionParams == [
            SelectionParamInfo(name: "a", kind: .point, encodings: ["color"]),
            SelectionParamInfo(name: "b", kind: .interval),
        ])
        #expect(chart.problem == nil)
    }

    @Test func rawJSONWithoutASchemaGetsVegaLite6s() throws {
        let chart = VegaLite(json: .object(["mark": .string("bar")]))
        #expect(chart.json == .object(["mark": .string("bar"), "$schema": .string(VegaLite.schemaURL)]))
        // A builder method on a raw spec adds to it.
        #expect(chart.title("T").json == .object([
            "mark": .string("bar"), "title": .string("T"), "$schema": .string(VegaLite.schemaURL),
        ]))
    }

    @Test func jsonThatIsNotAnObjectSaysWhatASpecIs() {
        #expect(throws: VegaLiteError.notAnObject(found: .array([.number(1)]))) { try VegaLite(jsonString: "[1]") }
        let error = VegaLiteError.notAnObject(found: .string("bar"))
        #expect(error.description.contains("a Vega-Lite spec is a JSON object, like {\"mark\": \"bar\""))
        #expect(error.description.contains("this one is a string"))
        let raw = VegaLite(json: .number(3))
        #expect(raw.problem == .notAnObject(found: .number(3)))
        #expect(raw.json == .number(3))
    }

    @Test func textThatIsNotJSONSaysSo() {
        do {
            _ = try VegaLite(jsonString: #"{"mark": bar}"#)
            Issue.record("a bare word was accepted")
        } catch {
            guard case .notJSON = error else {
                Issue.record("expected notJSON, got \(error)")
                return
            }
            #expect(error.description.hasPrefix("the Vega-Lite spec is not valid JSON ("))
            #expect(error.description.hasSuffix("check its quotes, commas and brackets"))
        }
    }
}
