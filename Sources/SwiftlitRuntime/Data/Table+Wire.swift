import Foundation
import SwiftlitProtocol

extension Table {
    /// The cells of the rows at `positions`, in that order.
    func rows(at positions: some Collection<Int>) -> [[JSONValue]] {
        positions.map { row in columns.map { $0.values[row].wireValue } }
    }

    /// The rows a grid's element carries (``DataFrameElement/firstPage`` of them), built once per
    /// table storage.
    var firstPage: [[JSONValue]] {
        identity.firstPage { rows(at: Range(offset: 0, count: DataFrameElement.firstPage, within: rowCount)) }
    }

    /// A short hash of the content: equal tables share it, and a changed cell changes it. Computed
    /// once per table storage, so showing one big table on every rerun hashes it once.
    var fingerprint: String {
        identity.fingerprint {
            var hasher = ContentHasher()
            for column in columns {
                hasher.mix(column.name)
                hasher.mix(column.values)
                hasher.mix(0xfe)
            }
            if let index { for label in index { hasher.mix(UInt64(bitPattern: Int64(label))) } }
            return String(hasher.value, radix: 36)
        }
    }
}

/// FNV-1a over 64-bit words: fast, and stable across runs and machines (unlike `Hasher`), so equal
/// content gets an equal id in every session and process.
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x100_0000_01b3
    }

    mutating func mix(_ text: String) {
        for byte in text.utf8 { mix(UInt64(byte)) }
        mix(0xff)
    }

    mutating func mix(_ values: Table.ColumnValues) {
        // A missing value mixes a word no present value of the column's case mixes alone.
        let missing: UInt64 = 0x9e37_79b9_7f4a_7c15
        switch values {
        case .integers(let values):
            mix(1)
            for value in values { value.map { mix(UInt64(bitPattern: Int64($0))) } ?? mix(missing) }
        case .doubles(let values):
            mix(2)
            for value in values { value.map { mix($0.bitPattern) } ?? mix(missing) }
        case .booleans(let values):
            mix(3)
            for value in values { value.map { mix($0 ? 1 : 2) } ?? mix(missing) }
        case .strings(let values):
            mix(4)
            for value in values { value.map { mix($0) } ?? mix(missing) }
        case .dates(let values):
            mix(5)
            for value in values { value.map { mix($0.timeIntervalSince1970.bitPattern) } ?? mix(missing) }
        case .datetimes(let values):
            mix(6)
            for value in values { value.map { mix($0.timeIntervalSince1970.bitPattern) } ?? mix(missing) }
        case .json(let values):
            mix(7)
            for value in values { value.map { mixJSON($0) } ?? mix(missing) }
        }
    }

    /// Objects by sorted keys: a dictionary's order differs between processes.
    mutating func mixJSON(_ json: JSONValue) {
        switch json {
        case .null: mix(10)
        case .bool(let value): mix(value ? 11 : 12)
        case .number(let value): mix(13); mix(value.bitPattern)
        case .string(let value): mix(14); mix(value)
        case .array(let values): mix(15); for value in values { mixJSON(value) }; mix(16)
        case .object(let members):
            mix(17)
            for key in members.keys.sorted() { mix(key); members[key].map { mixJSON($0) } }
            mix(18)
        }
    }
}

extension Range where Bound == Int {
    /// `offset..<offset+count` clamped to `0..<total`. Any offset and count are safe (a browser
    /// chooses them): there is no arithmetic that could overflow.
    init(offset: Int, count: Int, within total: Int) {
        let start = offset.clamped(to: 0...total)
        self = start..<(start + count.clamped(to: 0...(total - start)))
    }
}
