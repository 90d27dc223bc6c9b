import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct DataConstructionTests {
    enum Size: String, Encodable { case small, large }

    struct Point: Encodable {
        var x: Int
        var y: Int
    }

    struct Sale: Encodable {
        var city: String
        var note: String?
        var amount: Double
        var units: Int
        var size: Size
        var paid: Bool
        var when: Date
        var link: URL
        var price: Decimal
        var ratio: Float
        var history: [Double]
        var location: Point
    }

    static let start = Date(timeIntervalSince1970: 1_714_566_600)

    static func sale(_ city: String, note: String? = nil, amount: Double = 1.5, units: Int = 2) -> Sale {
        Sale(
            city: city, note: note, amount: amount, units: units, size: .small, paid: true, when: start,
            link: URL(string: "https://example.com/a")!, price: Decimal(string: "12.34")!, ratio: 0.1,
            history: [1, 2.5], location: Point(x: 3, y: 4))
    }

    @Test func recordsMakeOneTypedColumnPerPropertyInDeclarationOrder() throws {
        let table = try Table(records: [Self.sale("Oslo", note: "first"), Self.sale("Lima")])
        #expect(
            table.names == ["city", "note", "amount", "units", "size", "paid", "when", "link", "price", "ratio", "history", "location"])
        #expect(table.rowCount == 2)
        #expect(table["city"]?.values == .strings(["Oslo", "Lima"]))
        #expect(table["note"]?.values == .strings(["first", nil]))
        #expect(table["amount"]?.values == .doubles([1.5, 1.5]))
        #expect(table["units"]?.values == .integers([2, 2]))
        #expect(table["size"]?.values == .strings(["small", "small"]))
        #expect(table["paid"]?.values == .booleans([true, true]))
        #expect(table["when"]?.values == .datetimes([Self.start, Self.start]))
        #expect(table["link"]?.values == .strings(["https://example.com/a", "https://example.com/a"]))
        #expect(table["price"]?.values == .doubles([12.34, 12.34]))
        #expect(table["ratio"]?.values == .doubles([0.1, 0.1]))
        #expect(table["history"]?[0] == .json(.array([.number(1), .number(2.5)])))
        #expect(table["location"]?[1] == .json(.object(["x": .number(3), "y": .number(4)])))
    }

    @Test func aPropertyThatIsNilInTheFirstRecordsKeepsItsDeclaredPlace() throws {
        let table = try Table(records: [Self.sale("Oslo"), Self.sale("Lima"), Self.sale("Rome", note: "late")])
        #expect(table.names.prefix(3) == ["city", "note", "amount"])
        #expect(table["note"]?.values == .strings([nil, nil, "late"]))
    }

    @Test func keysOfDictionariesAndEncodeOrderAreKept() throws {
        struct Custom: Encodable {
            enum Keys: String, CodingKey { case b, a }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(1, forKey: .b)
                try container.encode("x", forKey: .a)
                try container.encode(2, forKey: .b)  // set twice: the later value wins
            }
        }
        let table = try Table(records: [Custom(), Custom()])
        #expect(table.names == ["b", "a"])
        #expect(table["b"]?.values == .integers([2, 2]))
        let dictionaries = try Table(records: [["n": 1], ["n": 2]])
        #expect(dictionaries["n"]?.values == .integers([1, 2]))
    }

    @Test func mixedTypesBecomeNumbersOrText() throws {
        struct Mixed: Encodable {
            var value: Encoded
            enum Encoded: Encodable {
                case int(Int), double(Double), text(String)
                func encode(to encoder: any Encoder) throws {
                    var container = encoder.singleValueContainer()
                    switch self {
                    case .int(let value): try container.encode(value)
                    case .double(let value): try container.encode(value)
                    case .text(let value): try container.encode(value)
                    }
                }
            }
        }
        let numbers = try Table(records: [Mixed(value: .int(1)), Mixed(value: .double(2.5))])
        #expect(numbers["value"]?.values == .doubles([1, 2.5]))
        let text = try Table(records: [Mixed(value: .int(1)), Mixed(value: .double(2.5)), Mixed(value: .text("n/a"))])
        #expect(text["value"]?.values == .strings(["1", "2.5", "n/a"]))
    }

    @Test func wideUnsignedIntegersThatDoNotFitAnIntBecomeNumbers() throws {
        struct Wide: Encodable { var n: UInt64 }
        let table = try Table(records: [Wide(n: 1), Wide(n: .max)])
        #expect(table["n"]?.values == .doubles([1, Double(UInt64.max)]))
    }

    @Test func recordsThatAreNotKeyedOrThrowAreReportedWithWhatToDo() {
        #expect(throws: TableError.recordNotKeyed(index: 0, type: "Int")) { try Table(records: [1, 2]) }
        let message = TableError.recordNotKeyed(index: 0, type: "Int").description
        #expect(message.contains("Table([Table.Column(\"value\", values)])"))
        struct Failing: Encodable {
            struct Problem: Error {}
            func encode(to encoder: any Encoder) throws { throw Problem() }
        }
        #expect {
            try Table(records: [Failing()])
        } throws: { error in
            guard case TableError.recordEncodingFailed(index: 0, _) = error else { return false }
            return true
        }
    }

    @Test func noRecordsMakeAnEmptyTable() throws {
        let table = try Table(records: [Point]())
        #expect(table.columns.isEmpty)
        #expect(table.rowCount == 0)
    }

    @Test func rowsTakeTheColumnOrderGivenOrSortedNames() {
        let rows: [[String: TableValue]] = [
            ["name": "Ada", "born": 1815, "score": 9.5],
            ["name": "Alan", "born": 1912, "score": nil, "extra": true],
            ["name": "Grace", "score": 7],
        ]
        let sorted = Table(rows: rows)
        #expect(sorted.names == ["born", "extra", "name", "score"])
        #expect(sorted["born"]?.values == .integers([1815, 1912, nil]))
        #expect(sorted["score"]?.values == .doubles([9.5, nil, 7]))
        #expect(sorted["extra"]?.values == .booleans([nil, true, nil]))
        let chosen = Table(rows: rows, columns: ["score", "name"])
        #expect(chosen.names == ["score", "name"])
        let mixed = Table(rows: [["v": 1], ["v": "two"], ["v": true]])
        #expect(mixed["v"]?.values == .strings(["1", "two", "true"]))
        let days = Table(rows: [["d": .date(Date(timeIntervalSince1970: 0))], ["d": .datetime(Date(timeIntervalSince1970: 60))]])
        #expect(days["d"]?.values == .datetimes([Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 60)]))
        #expect(Table(rows: [["v": nil]])["v"]?.values == .strings([nil]))
    }
}
