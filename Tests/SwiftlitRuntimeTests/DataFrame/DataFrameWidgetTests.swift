import Foundation
import SwiftlitProtocol
@testable import SwiftlitRuntime
import SwiftlitTesting
import Testing

/// `dataframe` options and selection, `dataEditor`, `table` and `metric` as an app sees them.
@Suite struct DataFrameWidgetTests {
    static let products = Table([
        Table.Column("sku", ["a-1", "b-2", "c-3", "d-4"]),
        Table.Column("price", [1234.5, 9.99, 100, 0.5]),
        Table.Column("stock", [3, 0, 12, 7]),
        Table.Column("internal", [true, false, true, false]),
    ])

    static func frame(_ at: AppTest, _ index: Int = 0) throws -> DataFrameElement {
        let view = try #require(at.dataframes.dropFirst(index).first)
        guard case .dataframe(let frame) = view.element else { throw AppTestError.noSuchWidget("dataframe") }
        return frame
    }

    @Test func columnConfigurationOrderAndIndexTravelWithTheElement() async throws {
        let at = AppTest { st in
            st.dataframe(
                Self.products, hideIndex: true, columnOrder: ["price", "sku", "internal"],
                columnConfig: ["price": .number("Price", format: .dollar, min: 0), "internal": .hidden],
                height: 200, width: .points(500))
            st.dataframe(Self.products, width: .content)
        }
        try await at.run()
        let frame = try Self.frame(at)
        #expect(frame.columns.map(\.name) == ["price", "sku"])
        #expect(frame.columns[0].label == "Price")
        #expect(frame.columns[0].format == "dollar")
        #expect(frame.columns[0].kind == .number)
        #expect(frame.rows[0] == [.number(1234.5), .string("a-1")])
        #expect(frame.hideIndex == true && frame.height == 200 && frame.width == 500 && frame.fitContent == nil)
        #expect(try Self.frame(at, 1).fitContent == true)
        let data = try await at.data(of: try #require(at.dataframes.first))
        #expect(data.names == ["price", "sku"])
        #expect(data.rowCount == 4)
    }

    @Test func aFilteredTableKeepsItsRowLabels() async throws {
        let at = AppTest { st in
            st.dataframe(Table([Table.Column("x", [5, 6, 7])], index: [10, 20, 30]))
        }
        try await at.run()
        #expect(try Self.frame(at).labels == [10, 20, 30])
    }

    @Test func aColumnNameTheTableLacksIsReported() async throws {
        let at = AppTest { st in st.dataframe(Self.products, columnConfig: ["prise": .number(format: .dollar)]) }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("names the column 'prise'") == true)
    }

    @Test func aSelectionComesBackTypedAndOnlyAsTheModesAllow() async throws {
        let at = AppTest { st in
            let picked = st.dataframe(Self.products, selectionMode: [.multiRow, .singleColumn], key: "grid")
            st.write("rows \(picked.rows) columns \(picked.columns) cells \(picked.cells.count)")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "rows [] columns [] cells 0")
        let grid = try at.dataframe(key: "grid")
        #expect(try Self.frame(at).selectionModes == [.multiRow, .singleColumn])
        grid.select(rows: [2, 0, 2, 99], columns: ["stock", "price", "nope"], cells: [TableCell(row: 1, column: "sku")])
        try await at.run()
        // Out-of-range rows, unknown columns, a second column in single mode and cells (not allowed) are dropped.
        #expect(at.markdown.last?.text == "rows [2, 0] columns [\"stock\"] cells 0")
        try at.dataframe(key: "grid").setRaw(.string("not json"))
        try await at.run()
        #expect(at.markdown.last?.text == "rows [] columns [] cells 0")
    }

    @Test func editsAreCheckedAppliedAndSurviveReruns() async throws {
        let at = AppTest { st in
            _ = st.checkbox("other")
            let edited = st.dataEditor(
                Self.products, rows: .dynamic,
                columnConfig: [
                    "price": .number(format: .dollar, min: 0), "sku": .text(required: true, validate: "[a-z]-[0-9]"),
                    "internal": .column(disabled: true),
                ])
            let prices = edited.table["price"].map { column in (0..<column.count).map { column[$0].description } } ?? []
            st.write("rows \(edited.table.rowCount) prices \(prices) issues \(edited.issues.count)")
            st.caption("edited \(edited.edits.edited.map(\.column))")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "rows 4 prices [\"1234.5\", \"9.99\", \"100\", \"0.5\"] issues 0")
        let editor = try at.dataEditor()
        editor.edit(row: 1, column: "price", to: 12)
        editor.edit(row: 2, column: "price", to: "abc")
        editor.edit(row: 3, column: "price", to: -5)
        editor.edit(row: 0, column: "internal", to: false)
        try await at.run()
        #expect(at.markdown.last?.text == "rows 4 prices [\"1234.5\", \"12\", \"100\", \"0.5\"] issues 2")
        let issues = try at.dataEditor().issues
        #expect(issues.map(\.row) == [2, 3])
        #expect(issues[0].message == "must be a number")
        #expect(issues[1].message == "must be at least 0")
        // The edit of a disabled column was never the user's to make: the app never sees it.
        #expect(at.elements(.caption).last?.text == "edited [\"price\", \"price\", \"price\"]")

        try at.checkbox("other").check()
        try await at.run()
        #expect(at.markdown.last?.text.hasPrefix("rows 4 prices [\"1234.5\", \"12\"") == true, "edits survive a rerun")

        let editor2 = try at.dataEditor()
        editor2.edit(row: 2, column: "price", to: 7)
        editor2.edit(row: 3, column: "price", to: 1)
        editor2.deleteRows([0])
        editor2.addRow(["sku": "e-5", "price": 3.25, "stock": 2])
        editor2.addRow(["price": 1])
        try await at.run()
        #expect(at.markdown.last?.text == "rows 5 prices [\"12\", \"7\", \"1\", \"3.25\", \"1\"] issues 1")
        let missing = try #require(try at.dataEditor().issues.first)
        #expect(missing == CellIssue(row: 4, column: "sku", message: "required"))
        let data = try await at.data(of: try #require(at.dataframes.first))
        #expect(data.rowCount == 4, "the grid shows the table the app passed; the browser overlays the edits")
    }

    @Test func aFixedEditorRefusesAddedAndDeletedRows() async throws {
        let at = AppTest { st in
            let edited = st.dataEditor(Self.products, key: "fixed")
            st.write("rows \(edited.table.rowCount) added \(edited.edits.added.count) deleted \(edited.edits.deleted)")
        }
        try await at.run()
        let editor = try at.dataEditor(key: "fixed")
        editor.addRow(["sku": "z-9"])
        editor.deleteRows([1, 2])
        try await at.run()
        #expect(at.markdown.last?.text == "rows 4 added 0 deleted []")
    }

    @Test func aStaticTableSendsEveryRow() async throws {
        let at = AppTest { st in
            st.table(Self.products, hideIndex: true, border: .horizontal, columnConfig: ["price": .number(format: .dollar)])
        }
        try await at.run()
        guard case .table(let table) = at.tables.first?.element else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.count == 4)
        #expect(table.columns[1].format == "dollar")
        #expect(table.border == .horizontal && table.hideIndex == true && table.hideHeader == nil)
    }

    @Test func aMetricCarriesItsSparklineAndArrow() async throws {
        let at = AppTest { st in
            st.metric("Revenue", "$1.2M", delta: "-4%", deltaArrow: .up, chart: [1, .nan, 3], chartType: .bar)
            st.metric("Users", 120, delta: 3)
        }
        try await at.run()
        let metrics = at.elements(.metric).compactMap { view -> MetricElement? in
            if case .metric(let metric) = view.element { metric } else { nil }
        }
        #expect(metrics[0].chart == [1, 3])
        #expect(metrics[0].chartType == .bar)
        #expect(metrics[0].deltaArrow == .up)
        #expect(metrics[1].chart == nil && metrics[1].chartType == nil && metrics[1].delta == "+3")
    }
}
