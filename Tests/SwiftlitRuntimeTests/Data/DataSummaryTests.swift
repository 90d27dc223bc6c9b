import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import Testing

@Suite struct DataSummaryTests {
    static let sales = Table([
        Table.Column("city", ["Oslo", "Lima", "Oslo", nil, "Lima", "Bergen"]),
        Table.Column("year", [2024, 2024, 2025, 2024, 2024, 2025]),
        Table.Column("amount", [10, 20, 30, 40, nil, 5]),
        Table.Column("price", [1.5, nil, 2.5, 4, 3, .nan]),
        Table.Column("paid", [true, true, false, nil, true, false]),
        Table.Column("note", ["b", "a", nil, "c", "z", "y"]),
    ])

    @Test func groupsAreSortedByKeyWithOneRowEachAndMissingKeysLast() throws {
        let result = try Self.sales.grouped(by: "city").aggregate([
            "amount": .sum, "price": .mean, "note": .count, "amount": .max, "note": .min, "paid": .sum,
        ])
        #expect(result.names == ["city", "amount", "price", "note", "amount_max", "note_min", "paid"])
        #expect(result.index == nil)
        #expect(result["city"]?.values == .strings(["Bergen", "Lima", "Oslo", nil]))
        #expect(result["amount"]?.values == .integers([5, 20, 40, 40]))
        #expect(result["price"]?.values == .doubles([nil, 3, 2, 4]))
        #expect(result["note"]?.values == .integers([1, 2, 1, 1]))
        #expect(result["amount_max"]?.values == .integers([5, 20, 30, 40]))
        #expect(result["note_min"]?.values == .strings(["y", "a", "b", "c"]))
        #expect(result["paid"]?.values == .integers([0, 2, 1, 0]))
    }

    @Test func severalKeysAndSizes() throws {
        let groups = try Self.sales.grouped(by: "year", "paid")
        #expect(groups.count == 3)
        let sizes = groups.sizes()
        #expect(sizes.names == ["year", "paid", "size"])
        #expect(sizes["year"]?.values == .integers([2024, 2024, 2025]))
        #expect(sizes["paid"]?.values == .booleans([true, nil, false]))
        #expect(sizes["size"]?.values == .integers([3, 1, 2]))
        let means = try groups.aggregate([(column: "price", aggregation: .mean), (column: "amount", aggregation: .min)])
        #expect(means["price"]?.values == .doubles([2.25, 4, 2.5]))
        #expect(means["amount"]?.values == .integers([10, 40, 5]))
    }

    @Test func sumsThatOverflowBecomeNumbersAndTextCannotBeSummed() throws {
        let big = Table([Table.Column("k", [1, 1]), Table.Column("v", [Int.max, 1])])
        let sums = try big.grouped(by: "k").aggregate(["v": .sum])
        #expect(sums["v"]?.values == .doubles([Double(Int.max) + 1]))
        do {
            _ = try Self.sales.grouped(by: "year").aggregate(["note": .mean])
            Issue.record("a mean of text was accepted")
        } catch {
            #expect(error.description.hasPrefix("The .mean aggregation cannot use column 'note', which holds text."))
        }
        #expect(throws: TableError.unknownColumn("size", existing: Self.sales.names)) {
            try Self.sales.grouped(by: "size")
        }
    }

    @Test func groupingManyRowsGivesTheTotalsAPlainLoopGives() throws {
        let count = 200_000
        let keys = (0..<count).map { "k\($0 % 97)" }
        let values = (0..<count).map { Double($0 % 13) }
        let result = try Table([Table.Column("key", keys), Table.Column("value", values)]).grouped(by: "key").aggregate(["value": .sum])
        var expected: [String: Double] = [:]
        for (key, value) in zip(keys, values) { expected[key, default: 0] += value }
        #expect(result.rowCount == 97)
        guard case .strings(let names) = result["key"]?.values, case .doubles(let sums) = result["value"]?.values else {
            Issue.record("wrong column types")
            return
        }
        #expect(names == expected.keys.sorted())
        #expect(zip(names, sums).allSatisfy { name, sum in name.flatMap { expected[$0] } == sum })
    }

    @Test func describeSummarizesNumberColumnsAsPandasDoes() throws {
        let table = Table([
            Table.Column("x", [1, 2, 3, 4, nil]),
            Table.Column("name", ["a", "b", "c", "d", "e"]),
            Table.Column("y", [10.0, .nan, 20, 40, 30]),
        ])
        let described = table.describe()
        #expect(described.names == ["statistic", "x", "y"])
        #expect(described["statistic"]?.values == .strings(["count", "mean", "std", "min", "25%", "50%", "75%", "max"]))
        // pandas: DataFrame({"x": [1, 2, 3, 4]}).describe()
        let std = (5.0 / 3).squareRoot()
        #expect(described["x"]?.values == .doubles([4, 2.5, std, 1, 1.75, 2.5, 3.25, 4]))
        #expect(described["y"]?.values == .doubles([4, 25, (500.0 / 3).squareRoot(), 10, 17.5, 25, 32.5, 40]))
        let single = Table([Table.Column("x", [7])]).describe()
        #expect(single["x"]?.values == .doubles([1, 7, nil, 7, 7, 7, 7, 7]))
        #expect(Table([Table.Column("s", ["a"])]).describe().names == ["statistic"])
    }
}
