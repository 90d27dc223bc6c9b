import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct DataOperationTests {
    static let table = Table([
        Table.Column("city", ["Oslo", "Lima", "Oslo", nil, "Rome", "Lima"]),
        Table.Column("price", [12.5, nil, 3, 8, .nan, 3]),
        Table.Column("units", [1, 2, 3, nil, 5, 6]),
        Table.Column("paid", [true, false, nil, true, false, true]),
        Table.Column("day", days: [Date(timeIntervalSince1970: 86_400 * 2), nil, Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 86_400), nil, Date(timeIntervalSince1970: 0)]),
    ])

    @Test func aFilterKeepsTheRowsAndTheirLabels() throws {
        let cheap = Self.table.filter { ($0.double("price") ?? .infinity) < 10 }
        #expect(cheap.index == [2, 3, 5])
        #expect(cheap["city"]?.values == .strings(["Oslo", nil, "Lima"]))
        // Filtering a filtered table keeps the first table's labels.
        let cheapInLima = cheap.filter { $0.string("city") == "Lima" }
        #expect(cheapInLima.index == [5])
        #expect(cheapInLima.label(ofRow: 0) == 5)
        let everything = Self.table.filter { _ in true }
        // (Tables holding NaN are not equal to themselves: compare their text.)
        #expect(everything.csv() == Self.table.csv())
        #expect(everything.index == nil)
    }

    @Test func rowsReadCellsByNameAndType() {
        let row = Self.table.row(0)
        #expect(row["city"] == "Oslo")
        #expect(row.double("units") == 1)
        #expect(row.int("price") == nil)  // 12.5 is not whole
        #expect(Self.table.row(2).int("price") == 3)
        #expect(row.bool("paid") == true)
        #expect(row.date("day") == Date(timeIntervalSince1970: 86_400 * 2))
        #expect(row.string("price") == nil)
        #expect(row["nope"] == .missing)
        #expect(Self.table.row(4).double("price") == nil)  // NaN reads as missing
    }

    @Test func columnFiltersReadOneTypedColumn() throws {
        #expect(try Self.table.filter("price") { (price: Double) in price > 5 }.index == [0, 3])
        #expect(try Self.table.filter("units") { (units: Double) in units > 4 }.index == [4, 5])
        #expect(try Self.table.filter("units") { (units: Int) in units.isMultiple(of: 2) }.index == [1, 5])
        #expect(try Self.table.filter("city") { (city: String) in city.hasPrefix("L") }.index == [1, 5])
        #expect(try Self.table.filter("paid") { (paid: Bool) in !paid }.index == [1, 4])
        #expect(try Self.table.filter("day") { (day: Date) in day.timeIntervalSince1970 > 0 }.index == [0, 3])
        #expect(throws: TableError.unknownColumn("cost", existing: Self.table.names)) {
            try Self.table.filter("cost") { (cost: Double) in cost > 1 }
        }
        do {
            _ = try Self.table.filter("city") { (city: Double) in city > 1 }
            Issue.record("a Double filter on text was accepted")
        } catch {
            #expect("\(error)".hasPrefix("A Double filter cannot use column 'city', which holds text."))
        }
    }

    @Test func sortingIsStableWithMissingValuesLastEitherWay() throws {
        let ascending = try Self.table.sorted(by: "price")
        #expect(ascending.index == [2, 5, 3, 0, 1, 4])
        let descending = try Self.table.sorted(by: "price", descending: true)
        #expect(descending.index == [0, 3, 2, 5, 1, 4])
        #expect(try Self.table.sorted(by: "city").index == [1, 5, 0, 2, 4, 3])
        #expect(try Self.table.sorted(by: "city", descending: true).index == [4, 0, 2, 1, 5, 3])
        #expect(try Self.table.sorted(by: "paid").index == [1, 4, 0, 3, 5, 2])
        #expect(try Self.table.sorted(by: "paid", descending: true).index == [0, 3, 5, 1, 4, 2])
        #expect(try Self.table.sorted(by: "day").index == [2, 5, 3, 0, 1, 4])
        #expect(try Self.table.sorted(by: "units", descending: true).index == [5, 4, 2, 1, 0, 3])
        let byCityThenUnits = try Self.table.sorted(by: [TableSort(column: "city"), TableSort(column: "units", descending: true)])
        #expect(byCityThenUnits.index == [5, 1, 2, 0, 4, 3])
        #expect(throws: TableError.self) { try Self.table.sorted(by: "nope") }
    }

    @Test func sortedPositionsOrderNumbersOfEverySignAndSize() throws {
        let values: [Double?] = [3, -0.0, -1e300, .infinity, nil, 0, -.infinity, 2.5, -2.5, 1e-300, .nan, -7]
        let table = Table([Table.Column("x", values), Table.Column("i", values.map { $0.flatMap { Int(exactly: $0) } })])
        let positions = try table.sortedPositions(by: TableSort(column: "x"))
        let present = values.enumerated().compactMap { $0.element.flatMap { $0.isNaN ? nil : $0 } }
        #expect(positions.prefix(present.count).map { values[$0] ?? .nan } == present.sorted())
        #expect(positions.suffix(2) == [4, 10])
        #expect(positions[4...5] == [1, 5])  // -0 and 0 are equal: original order
        let integers = try table.sortedPositions(by: TableSort(column: "i", descending: true))
        #expect(integers.prefix(4) == [0, 1, 5, 11])
    }

    @Test func selectingRenamingHeadAndTail() throws {
        let selected = try Self.table.selecting("units", "city")
        #expect(selected.names == ["units", "city"])
        #expect(throws: TableError.unknownColumn("size", existing: Self.table.names)) { try Self.table.selecting(["size"]) }
        let renamed = try Self.table.renaming(["price": "Price (€)"])
        #expect(renamed.names == ["city", "Price (€)", "units", "paid", "day"])
        #expect(throws: TableError.duplicateColumn("city")) { try Self.table.renaming(["units": "city"]) }
        #expect(throws: TableError.unknownColumn("size", existing: Self.table.names)) { try Self.table.renaming(["size": "s"]) }
        #expect(Self.table.head(2).index == nil)
        #expect(Self.table.head(2).rowCount == 2)
        #expect(Self.table.head(100).rowCount == 6)
        #expect(Self.table.tail(2).index == [4, 5])
        #expect(Self.table.tail(-1).rowCount == 0)
        let sortedHead = try Self.table.sorted(by: "units", descending: true).head(2)
        #expect(sortedHead.index == [5, 4])
        #expect(try Self.table.column(named: "units").values == Self.table["units"]?.values)
    }

    @Test func appendingMatchesColumnsByName() throws {
        let first = Table([Table.Column("a", [1, 2]), Table.Column("b", ["x", "y"])])
        let second = Table([Table.Column("b", ["z"]), Table.Column("a", [2.5]), Table.Column("c", [true])])
        let both = try first.filter { $0.int("a") == 2 }.appending(second)
        #expect(both.names == ["a", "b", "c"])
        #expect(both["a"]?.values == .doubles([2, 2.5]))
        #expect(both["b"]?.values == .strings(["y", "z"]))
        #expect(both["c"]?.values == .booleans([nil, true]))
        #expect(both.index == nil)
        let clash = Table([Table.Column("a", [1]), Table.Column("a", [2])])
        #expect(throws: TableError.duplicateColumn("a")) { try first.appending(clash) }
    }

    @Test func errorsSayWhatToDo() {
        #expect(
            TableError.unknownColumn("prize", existing: ["name", "price"]).description
                == "No column 'prize'. The columns are: 'name', 'price'.")
        #expect(TableError.unknownColumn("x", existing: (0..<25).map { "c\($0)" }).description.hasSuffix("'c19' and 5 more."))
        #expect(TableError.invalidSeparator("é").description.contains("Use one ASCII character"))
    }
}
