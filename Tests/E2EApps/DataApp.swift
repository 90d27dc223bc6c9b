import Swiftlit

/// A million-row grid with a dollar column and a row selection, and a small editor, for the
/// data end-to-end tests (Tests/E2E/test_data.py).
let dataApp: AppBody = { st in
    let picked = st.dataframe(
        BigTable.table, columnConfig: ["price": .number("Price", format: .dollar)], height: 400,
        selectionMode: [.multiRow], key: "big")
    st.text("selected rows: \(picked.rows)")
    let edited = st.dataEditor(
        Table([Table.Column("item", ["apple", "pear"]), Table.Column("count", [3, 5])]), rows: .dynamic,
        columnConfig: ["count": .number(min: 0)], key: "editor")
    let counts = edited.table["count"].map { column in (0..<column.count).map { column[$0].description } } ?? []
    st.text("editor rows: \(edited.table.rowCount) counts: \(counts.joined(separator: ","))")
}

/// 1,000,000 rows built once per process: `id` 0…999,999, `price` (row 0 costs $1,234.50), `name`.
enum BigTable {
    static let rowCount = 1_000_000
    static let table: Table = {
        let ids = Array(0..<rowCount)
        let prices: [Double] = ids.map { $0 == 0 ? 1234.5 : Double(($0 * 7_919) % 100_000) / 100 }
        let names: [String] = ids.map { "item \($0)" }
        return Table([Table.Column("id", ids), Table.Column("price", prices), Table.Column("name", names)])
    }()
}
