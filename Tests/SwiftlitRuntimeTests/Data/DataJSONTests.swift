import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct DataJSONTests {
    static func table(_ text: String) throws -> Table { try Table(json: Data(text.utf8)) }

    @Test func anArrayOfObjectsKeepsKeysInTheOrderTheyFirstAppear() throws {
        let table = try Self.table(
            #"""
            [{"zeta": 1, "alpha": "a\"b\u00e9\ud83d\ude00", "list": [1, {"k": null}]},
             {"alpha": null, "zeta": 2.5, "late": true},
             {}]
            """#)
        #expect(table.names == ["zeta", "alpha", "list", "late"])
        #expect(table["zeta"]?.values == .doubles([1, 2.5, nil]))
        #expect(table["alpha"]?.values == .strings(["a\"bé😀", nil, nil]))
        #expect(table["list"]?[0] == .json(.array([.number(1), .object(["k": .null])])))
        #expect(table["late"]?.values == .booleans([nil, true, nil]))
    }

    @Test func anObjectOfArraysMakesOneColumnPerKey() throws {
        let table = try Self.table(#"{"b": [3, 4], "a": ["x", null]}"#)
        #expect(table.names == ["b", "a"])
        #expect(table["b"]?.values == .integers([3, 4]))
        #expect(table["a"]?.values == .strings(["x", nil]))
        #expect(try Self.table("[]").columns.isEmpty)
        #expect(try Self.table("{}").columns.isEmpty)
    }

    @Test func badJSONSaysWhatWasFoundWhere() {
        let cases: [(String, String)] = [
            ("42", "needs an array or an object at the top"),
            ("[1, 2]", "as element 0 of the array, where an object should be"),
            (#"{"a": [1], "b": [1, 2]}"#, "has 2 values for \"b\" but 1 for \"a\""),
            (#"{"a": 1}"#, "where an array of values should be"),
            (#"[{"a": 1}"#, "where a comma or a closing bracket should be"),
            (#"[{"a" 1}]"#, "where a colon should be"),
            (#"[{"a": tru}]"#, "where a value should be"),
            (#"[{"a": "open}]"#, "never closed"),
            (#"[{"a": 1}] x"#, "after the end of the JSON"),
            (String(repeating: "[", count: 600), "element 0"),
            ([#"[{"a": "#, String(repeating: "[", count: 600)].joined(), "more than 512 deep"),
        ]
        for (text, expected) in cases {
            do {
                _ = try Self.table(text)
                Issue.record("accepted \(text.prefix(40))")
            } catch {
                #expect(String(describing: error).contains(expected), "\(error)")
            }
        }
    }
}
