import SwiftlitRuntime

/// The 10,000,000 × 6 table of `Benchmarks/dataframe/streamlit_bigtable.py`: an integer `id` and five
/// number columns, cell `(i, k)` = `((i × multiplier[k]) mod 1,000,003) / 1000`. Integer arithmetic then
/// one IEEE division, so numpy computes the very same doubles, and a sort's first rows can be checked.
/// A process-wide constant built on first use and shared by every session: Swift's counterpart of the
/// Python app's `@st.cache_data`.
let bigTable = BigTable.make(rows: BigTable.rowCount)

enum BigTable {
    static let rowCount = 10_000_000
    static let modulus = 1_000_003
    /// One odd multiplier per number column (below 2³², so `i × multiplier` fits in 64 bits).
    static let columns: [(name: String, multiplier: Int)] = [
        ("a", 2_654_435_761), ("b", 2_246_822_519), ("c", 3_266_489_917), ("d", 668_265_263), ("e", 374_761_393),
    ]
    /// The height both apps give the grid, in pixels.
    static let height = 600

    static func value(row: Int, multiplier: Int) -> Double {
        Double((row &* multiplier) % modulus) / 1000
    }

    static func make(rows: Int) -> Table {
        var table = [Table.Column("id", Array(0..<rows))]
        for column in columns {
            table.append(Table.Column(column.name, (0..<rows).map { value(row: $0, multiplier: column.multiplier) }))
        }
        return Table(table)
    }
}

/// `streamlit_bigtable.py`: one big table in a fixed-height grid.
let bigTableApp: AppBody = { st in
    st.title("Big table")
    st.dataframe(bigTable, height: BigTable.height)
}
