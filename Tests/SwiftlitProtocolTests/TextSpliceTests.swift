import Foundation
import SwiftlitProtocol
import Testing

@Suite struct TextSpliceTests {
    @Test(arguments: [
        ("<p>Hello</p>\n", "<p>Hello, world</p>\n"),
        ("<p>a 😀</p>", "<p>a 😀😀 b</p>"),
        ("<p>x😀</p>", "<p>x😃</p>"),  // the two emoji share their first UTF-16 unit
        ("", "<p>new</p>"),
        ("<p>long text</p>", "<p>long</p>"),
    ])
    func aSpliceTurnsTheOldTextIntoTheNew(old: String, new: String) throws {
        let change = try #require(TextSplice.between(old, new, minimumKept: 0))
        #expect(TextSplice.apply(keep: change.keep, appending: change.text, to: old) == new)
    }

    @Test func aSpliceNeverCutsASurrogatePair() throws {
        let change = try #require(TextSplice.between("x😀", "x😃", minimumKept: 0))
        #expect(change.keep == 1)
        #expect(change.text == "😃")
        #expect(TextSplice.apply(keep: 2, appending: "", to: "x😀") == nil, "inside the pair")
        #expect(TextSplice.apply(keep: 9, appending: "", to: "short") == nil, "past the end")
        #expect(TextSplice.between("abc", "abd", minimumKept: 3) == nil, "too little in common")
    }

    @Test func aSpliceTravelsAsKeepAndText() throws {
        let op = DeltaOp.splice(path: ElementPath([0, 2]), keep: 12, text: " more</p>\n")
        let json = String(decoding: try JSONEncoder().encode(op), as: UTF8.self)
        #expect(json.contains(#""op":"splice""#) && json.contains(#""keep":12"#))
        #expect(try JSONDecoder().decode(DeltaOp.self, from: Data(json.utf8)) == op)
        let negative = Data(#"{"op":"splice","path":[0,1],"keep":-1,"text":""}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DeltaOp.self, from: negative) }
    }
}
