import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct DataSearchTests {
    static let table = Table([
        Table.Column("city", ["Oslo", "LIMA", "Zürich", nil]),
        Table.Column("n", [12, 340, nil, 5]),
        Table.Column("x", [4.5, 0.30000000000000004, 1e-7, 3]),
        Table.Column("ok", [true, false, nil, false]),
        Table.Column("day", days: [Date(timeIntervalSince1970: 0), nil, nil, Date(timeIntervalSince1970: 86_400)]),
        Table.Column("data", values: .json([nil, .object(["tag": .string("Blue")]), nil, nil])),
    ])

    @Test func anyShownCellMatchesIgnoringCase() {
        let table = Self.table
        #expect(table.positions(containing: "lima") == [1])
        #expect(table.positions(containing: "o") == [0])  // no "o" in a number, "false" has no o
        #expect(table.positions(containing: "ZÜR") == [2])
        #expect(table.positions(containing: "4.5") == [0])
        #expect(table.positions(containing: "0.3") == [1])  // shown as 0.3
        #expect(table.positions(containing: "0000") == [])
        #expect(table.positions(containing: "1e-7") == [2])
        #expect(table.positions(containing: "34") == [1])
        #expect(table.positions(containing: "TRU") == [0])
        #expect(table.positions(containing: "fal") == [1, 3])
        #expect(table.positions(containing: "1970-01-02") == [3])
        #expect(table.positions(containing: "blue") == [1])
        #expect(table.positions(containing: "none") == [])  // missing cells match nothing
        #expect(table.positions(containing: "") == [0, 1, 2, 3])
    }

    @Test func candidatesAreSearchedInTheirOrderAndForgedOnesDropped() throws {
        let order = try Self.table.sortedPositions(by: TableSort(column: "n", descending: true))
        #expect(order == [1, 0, 3, 2])
        #expect(Self.table.positions(containing: "a", among: order) == [1, 3])
        #expect(Self.table.positions(containing: "", among: [3, -1, 99, 0]) == [3, 0])
    }

    @Test func numbersReadAsTheBrowsersTableShowsThem() {
        // Expected texts from formatCellNumber in dataframe-model.js, run in a JavaScript engine.
        let cases: [(Double, String)] = [
            (4.5, "4.5"), (3, "3"), (-0.0, "0"), (1.03125, "1.0313"), (-1.03125, "-1.0313"), (2.00005, "2"),
            (0.00012, "0.0001"), (123456.789, "123456.789"), (1e15, "1e+15"), (1.5e-7, "1.5e-7"), (0.0001, "0.0001"),
            (99999999999.99999, "100000000000"), (1e12 + 1.0 / 32, "1000000000000.0313"),
            (12345678901234.5, "12345678901234.5"), (-7.25, "-7.25"), (0.1 + 0.2, "0.3"), (1.0 / 3, "0.3333"),
            (2.5e-5, "2.5e-5"), (123456789012345.6, "123456789012345.5938"), (1e-300, "1e-300"),
        ]
        for (value, expected) in cases { #expect(CellText.number(value) == expected, "\(value)") }
    }

    @Test func datesPrintAsFoundationsISO8601StylePrintsThem() {
        var generator = SystemRandomNumberGenerator()
        var instants = [-62_135_596_800.0, -12_219_292_800, -12_212_553_600, 0, -1.5, 1_714_566_896.999, 253_402_300_799, 253_402_300_800]
        for _ in 0..<2000 { instants.append(Double.random(in: -15_000_000_000...260_000_000_000, using: &generator)) }
        for instant in instants {
            let date = Date(timeIntervalSince1970: instant)
            #expect(TableDateFormat.day(date) == TableDateFormat.foundationDay(date), "\(instant)")
            #expect(TableDateFormat.instant(date) == TableDateFormat.foundationInstant(date), "\(instant)")
        }
    }

    @Test func calendarArithmeticRoundTripsEveryDay() {
        for day in stride(from: -200_000, through: 3_000_000, by: 7) {
            let (year, month, dayOfMonth) = CivilCalendar.civil(days: day)
            #expect(CivilCalendar.days(year: year, month: month, day: dayOfMonth) == day)
        }
    }
}
