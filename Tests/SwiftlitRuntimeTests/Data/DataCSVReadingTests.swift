import Foundation
@testable import SwiftlitRuntime
import Testing

@Suite struct DataCSVReadingTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    @Test func eachColumnGetsTheNarrowestTypeThatHoldsAllItsValues() throws {
        let table = try Table(
            csv: """
                id,price,active,day,at,name,mixed
                1,4.5,true,2024-05-01,2024-05-01T12:30:00Z,Oslo,1
                2,3,FALSE,2024-05-02,2024-05-01 12:30,Lima,x
                -3,1e3,True,2024-02-29,2024-05-01T14:30:05.250+02:00,Rome,2.5
                """)
        #expect(table.names == ["id", "price", "active", "day", "at", "name", "mixed"])
        #expect(table["id"]?.values == .integers([1, 2, -3]))
        #expect(table["price"]?.values == .doubles([4.5, 3, 1000]))
        #expect(table["active"]?.values == .booleans([true, false, true]))
        #expect(table["day"]?.values == .dates([Self.day(2024, 5, 1), Self.day(2024, 5, 2), Self.day(2024, 2, 29)]))
        let noon = Self.day(2024, 5, 1).addingTimeInterval(12.5 * 3600)
        #expect(table["at"]?.values == .datetimes([noon, noon, noon.addingTimeInterval(5.25)]))
        #expect(table["name"]?.values == .strings(["Oslo", "Lima", "Rome"]))
        #expect(table["mixed"]?.values == .strings(["1", "x", "2.5"]))
    }

    @Test func emptyFieldsAndMissingMarkersAreMissingInEveryType() throws {
        let table = try Table(
            csv: """
                a,b,c,d,e
                1,,x,2024-01-01,true
                NA,NaN,null,None,
                3,2.5,,N/A,false
                """)
        #expect(table["a"]?.values == .integers([1, nil, 3]))
        #expect(table["b"]?.values == .doubles([nil, nil, 2.5]))
        #expect(table["c"]?.values == .strings(["x", nil, nil]))
        #expect(table["d"]?.values == .dates([Self.day(2024, 1, 1), nil, nil]))
        #expect(table["e"]?.values == .booleans([true, nil, false]))
    }

    @Test func valuesThatOnlyLookTypedStayText() throws {
        let table = try Table(
            csv: """
                a,b,c,d,e
                2024-02-30,12:30,1.2.3,yes,2024-05-01T25:00
                """)
        for column in table.columns { #expect(column.values.wireType == .text, "\(column.name)") }
    }

    @Test func mixesOfIntegersAndNumbersOrDaysAndInstantsWiden() throws {
        let table = try Table(csv: "n,t\n1,2024-05-01\n2.5,2024-05-01T06:00:00Z\n")
        #expect(table["n"]?.values == .doubles([1, 2.5]))
        #expect(table["t"]?.values == .datetimes([Self.day(2024, 5, 1), Self.day(2024, 5, 1).addingTimeInterval(6 * 3600)]))
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "name,quote\r\n\"Smith, Ann\",\"She said \"\"hi\"\"\r\nthen left\"\r\n\"plain\",\"\"\r\n"
        let table = try Table(csv: text)
        #expect(table["name"]?.values == .strings(["Smith, Ann", "plain"]))
        #expect(table["quote"]?.values == .strings(["She said \"hi\"\r\nthen left", nil]))
    }

    @Test func aByteOrderMarkBlankLinesAndShortRowsAreHandled() throws {
        let table = try Table(csv: "\u{FEFF}a,b\n\n1,2\n3\n\n")
        #expect(table.names == ["a", "b"])
        #expect(table["a"]?.values == .integers([1, 3]))
        #expect(table["b"]?.values == .integers([2, nil]))
    }

    @Test func namesWithoutAHeaderOrRepeatedAreMadeUnique() throws {
        let headerless = try Table(csv: "1,2\n3,4", header: false)
        #expect(headerless.names == ["column 1", "column 2"])
        #expect(headerless["column 1"]?.values == .integers([1, 3]))
        let repeated = try Table(csv: "a,a,,NA\n1,2,3,4")
        #expect(repeated.names == ["a", "a.1", "column 3", "NA"])
    }

    @Test func otherSeparatorsAndTabSeparatedText() throws {
        #expect(try Table(csv: "a;b\n1;2", separator: ";")["b"]?.values == .integers([2]))
        #expect(try Table(tsv: "a\tb\nx y\t2")["a"]?.values == .strings(["x y"]))
        #expect(throws: TableError.invalidSeparator("\"")) { try Table(csv: "a", separator: "\"") }
        #expect(throws: TableError.invalidSeparator("é")) { try Table(csv: "a", separator: "é") }
    }

    @Test func brokenTextIsReportedWithItsLine() {
        #expect(throws: TableError.self) { try Table(csv: "a,b\n1,2\n\"open,3\n") }
        do {
            _ = try Table(csv: "a,b\n1,2\n3,4,5\n")
            Issue.record("a row with too many fields was accepted")
        } catch {
            #expect(error.description.hasPrefix("CSV line 3: more than 2 fields"))
        }
        do {
            _ = try Table(csv: "a,b\n1,2\n\"open,3\n")
            Issue.record("an unclosed quote was accepted")
        } catch {
            guard case .csvSyntax(line: 3, _) = error else { Issue.record("\(error)"); return }
        }
    }

    @Test func textAfterAClosingQuoteJoinsTheField() throws {
        #expect(try Table(csv: "a\n\"ab\"c\n")["a"]?.values == .strings(["abc"]))
    }

    @Test func numbersAreReadExactly() throws {
        let texts = ["0.1", "123456.789", "-0.000123", "1.7976931348623157e308", "5e-324", "12345678901234567890", ".5", "3."]
        let table = try Table(csv: "x\n" + texts.joined(separator: "\n"))
        guard case .doubles(let values) = table["x"]?.values else { Issue.record("not numbers"); return }
        #expect(values == texts.map { Double($0) })
        #expect(try Table(csv: "x\ninf\n-Infinity\n1")["x"]?.values == .doubles([.infinity, -.infinity, 1]))
        #expect(try Table(csv: "x\n9223372036854775807\n9223372036854775808")["x"]?.values.wireType == .number)
    }

    @Test func zonesAndFractionsOfInstants() throws {
        let table = try Table(
            csv: "t\n2024-05-01T12:00:00-0130\n2024-05-01T12:00:00.5Z\n2024-05-01 12:00 +02\n\"2024-05-01T12:00:00,25 Z\"\n")
        let noon = Self.day(2024, 5, 1).addingTimeInterval(12 * 3600)
        #expect(
            table["t"]?.values
                == .datetimes([noon.addingTimeInterval(5400), noon.addingTimeInterval(0.5), noon.addingTimeInterval(-7200), noon.addingTimeInterval(0.25)]))
    }

    @Test func daysBeforeTheGregorianReformReadAsFoundationReadsThem() throws {
        let table = try Table(csv: "d\n1500-03-01\n1970-01-01")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let expected = calendar.date(from: DateComponents(year: 1500, month: 3, day: 1))
        #expect(table["d"]?.values == .dates([expected, Date(timeIntervalSince1970: 0)]))
    }

    @Test func filesAreReadAndTSVIsRecognizedByItsExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "swiftlit-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tsv = directory.appending(path: "data.tsv")
        try Data("a\tb\n1\t2\n".utf8).write(to: tsv)
        #expect(try Table(contentsOfCSV: tsv).names == ["a", "b"])
        let missing = directory.appending(path: "absent.csv")
        #expect {
            try Table(contentsOfCSV: missing)
        } throws: { error in
            guard case TableError.unreadableFile(let path, _) = error else { return false }
            return path.hasSuffix("absent.csv")
        }
    }

    @Test func emptyTextMakesAnEmptyTable() throws {
        #expect(try Table(csv: "").columns.isEmpty)
        let headerOnly = try Table(csv: "a,b\n")
        #expect(headerOnly.names == ["a", "b"])
        #expect(headerOnly.rowCount == 0)
    }
}
