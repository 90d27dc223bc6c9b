import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct DataCSVWritingTests {
    static let table = Table([
        Table.Column("name", ["Smith, Ann", "say \"hi\"", "two\nlines", nil]),
        Table.Column("n", [1, nil, -3, 4]),
        Table.Column("x", [4.5, .nan, 3, 1e-7]),
        Table.Column("ok", [true, false, nil, true]),
        Table.Column("day", days: [Date(timeIntervalSince1970: 0), nil, Date(timeIntervalSince1970: 86_400 * 365), nil]),
        Table.Column("at", [Date(timeIntervalSince1970: 1_714_566_605.25), nil, Date(timeIntervalSince1970: 0), nil]),
        Table.Column("data", values: .json([.array([.number(1), .string("a,b")]), nil, .object(["k": .bool(true)]), nil])),
    ])

    @Test func fieldsAreQuotedWhenNeededAndValuesWrittenInTheirFormats() {
        #expect(
            Self.table.csv() == #"""
                name,n,x,ok,day,at,data
                "Smith, Ann",1,4.5,true,1970-01-01,2024-05-01T12:30:05.250Z,"[1,""a,b""]"
                "say ""hi""",,,false,,,
                "two
                lines",-3,3.0,,1971-01-01,1970-01-01T00:00:00Z,"{""k"":true}"
                ,4,1e-07,true,,,

                """#)
    }

    @Test func writtenTextReadsBackToTheSameTable() throws {
        let plain = Table([
            Self.table.columns[0], Self.table.columns[1], Table.Column("x", [4.5, nil, 3, 1e-7]), Self.table.columns[3],
            Self.table.columns[4], Self.table.columns[5],
        ])
        #expect(try Table(csv: plain.csv()) == plain)
        #expect(try Table(csv: plain.csv(separator: ";"), separator: ";") == plain)
    }

    @Test func largeTablesAreWrittenInPiecesAndOnlyTheRowsAsked() {
        let count = 50_000
        let table = Table([Table.Column("n", Array(0..<count)), Table.Column("s", (0..<count).map { "row \($0)" })])
        var pieces: [String] = []
        table.writeCSV(rows: 0..<count) { pieces.append($0) }
        #expect(pieces.count > 5)
        #expect(pieces.allSatisfy { $0.utf8.count < 70 * 1024 })
        #expect(pieces.joined() == table.csv())
        var chosen = ""
        table.writeCSV(rows: [3, 1, -1, count, 2], separator: "\t") { chosen += $0 }
        #expect(chosen == "n\ts\n3\trow 3\n1\trow 1\n2\trow 2\n")
    }

    @Test func aFailingSinkStopsTheWriting() {
        struct Full: Error {}
        var calls = 0
        #expect(throws: Full.self) {
            try Table([Table.Column("n", Array(0..<100_000))]).writeCSV(rows: 0..<100_000) { _ in
                calls += 1
                throw Full()
            }
        }
        #expect(calls == 1)
    }
}
