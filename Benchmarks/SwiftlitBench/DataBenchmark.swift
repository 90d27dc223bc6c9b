import Foundation
import SwiftlitProtocol
import SwiftlitRuntime

// Tables at scale: building them (CSV, records) and the operations apps and the server run on
// them. `swiftlit-bench data [rows]`; figures in milliseconds, one run each, on the machine's
// current load.

struct BenchSale: Encodable {
    var id: Int
    var city: String
    var price: Double
    var units: Int
    var paid: Bool
    var placed: Date
}

enum DataBenchmark {
    static let cities = ["Oslo", "Lima", "Rome", "Kyoto", "Accra", "Quito", "Perth", "Bergen", "Cusco", "Nice"]

    static func sales(_ count: Int) -> [BenchSale] {
        var generator = SeededGenerator(seed: 42)
        return (0..<count).map { id in
            BenchSale(
                id: id, city: cities[Int(generator.next() % UInt64(cities.count))],
                price: Double(generator.next() % 100_000) / 100, units: Int(generator.next() % 50),
                paid: generator.next() % 2 == 0,
                placed: Date(timeIntervalSince1970: 1_700_000_000 + Double(generator.next() % 31_536_000)))
        }
    }

    static func run(rows: Int) throws {
        print("Swiftlit table benchmark (release, \(rows.formatted()) rows of 6 columns unless stated)")
        print("| operation | ms |")
        print("| --- | ---: |")
        let records = sales(rows)
        let fromRecords = try measure("Table(records:)") { try Table(records: records) }
        let table = Table(
            fromRecords.columns.map { column in
                // Days rather than instants, as a CSV of orders would have them.
                guard column.name == "placed", case .datetimes(let values) = column.values else { return column }
                return Table.Column(column.name, days: values.map { $0.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400) } })
            })
        let csv = measure("csv() (writing)") { table.csv() }
        print("| (CSV text: \((csv.utf8.count / 1_000_000).formatted()) MB) | |")
        let parsed = try measure("Table(csv:)") { try Table(csv: csv) }
        guard parsed.rowCount == rows, parsed.columns.map(\.values.count) == table.columns.map(\.values.count) else {
            throw BenchFailure("the CSV did not read back to \(rows) rows")
        }
        _ = measure("filter { row in row.double(\"price\") > 500 }") { table.filter { ($0.double("price") ?? 0) > 500 } }
        _ = try measure("filter(\"price\") { (price: Double) in price > 500 }") { try table.filter("price") { (price: Double) in price > 500 } }
        _ = try measure("sorted(by: \"price\")") { try table.sorted(by: "price") }
        _ = try measure("sorted(by: \"city\") (text)") { try table.sorted(by: "city") }
        _ = try measure("grouped(by: \"city\").aggregate(units: .sum, price: .mean)") {
            try table.grouped(by: "city").aggregate(["units": .sum, "price": .mean])
        }
        _ = measure("describe()") { table.describe() }
        _ = measure("positions(containing: \"oslo\")") { table.positions(containing: "oslo") }
        _ = measure("positions(containing: \"12.5\")") { table.positions(containing: "12.5") }
        var generator = SeededGenerator(seed: 7)
        let big = Table([Table.Column("x", (0..<(rows * 10)).map { _ in Double.random(in: -1e6...1e6, using: &generator) })])
        _ = try measure("sortedPositions, \((rows * 10).formatted()) doubles") { try big.sortedPositions(by: TableSort(column: "x")) }
        var bytes = 0
        measure("writeCSV in pieces, \((rows * 10).formatted()) doubles") {
            big.writeCSV(rows: 0..<big.rowCount) { bytes += $0.utf8.count }
        }
        print("| (CSV text: \((bytes / 1_000_000).formatted()) MB) | |")
    }

    @discardableResult
    static func measure<Result>(_ name: String, _ body: () throws -> Result) rethrows -> Result {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        print("| \(name) | \(String(format: "%.0f", milliseconds)) |")
        return result
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// SplitMix64: the same data on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
