import Foundation
public import SwiftlitProtocol

extension St {
    /// A scrollable, sortable, searchable grid. Only its first rows travel with the page; the browser
    /// fetches the others as they scroll into view, and the server sorts and searches, so a table of
    /// ten million rows costs a page about as much as one of fifty.
    ///
    /// ```swift
    /// st.dataframe(products, hideIndex: true, columnConfig: ["price": .number("Price", format: .dollar)])
    ///
    /// let picked = st.dataframe(products, selectionMode: [.multiRow], key: "products")
    /// st.write("\(picked.rows.count) selected")
    /// ```
    /// - Parameters:
    ///   - hideIndex: Leaves out the index column (row positions, or the labels a filtered table keeps).
    ///   - columnOrder: Only these columns, in this order.
    ///   - columnConfig: How each column looks, by name (see ``ColumnConfig``).
    ///   - height: The grid's height in pixels; up to 10 rows' worth when `nil`.
    ///   - width: `.stretch` (the container's width), `.content` or a fixed number of points.
    ///   - selectionMode: What the user can select; nothing when empty. A selection reruns the app.
    ///   - key: A unique identity for a selectable grid; needed when there are several.
    ///   - onSelect: Runs before the app body of the run a selection causes.
    /// - Returns: What is selected: row positions in `table`, column names and cells.
    @discardableResult
    public func dataframe(
        _ table: Table, hideIndex: Bool = false, columnOrder: [String]? = nil,
        columnConfig: [String: ColumnConfig] = [:], height: Int? = nil, width: ElementWidth = .stretch,
        selectionMode: Set<TableSelectionMode> = [], key: String? = nil, onSelect: WidgetCallback? = nil
    ) -> TableSelection {
        let display: TableDisplay
        switch TableDisplay.resolve(table, order: columnOrder, config: columnConfig, function: "dataframe") {
        case .success(let resolved): display = resolved
        case .failure(let misuse):
            reportMisuse(misuse)
            return .none
        }
        let lease = run.tableStore.lease(display.table)
        run.withBuilder { $0.registerTable(lease) }
        var element = DataFrameElement(display: display, lease: lease, height: height, width: width, hideIndex: hideIndex)
        guard !selectionMode.isEmpty else {
            emit(.dataframe(element))
            return .none
        }
        let modes = TableSelectionMode.allCases.filter(selectionMode.contains)
        let rules = SelectionRules(modes: modes, rowCount: display.table.rowCount, columns: display.table.names)
        let spec = WidgetSpec(
            // The label is the grid's accessible name ("Table, 200 rows and 3 columns"), and its
            // identity without a key.
            kind: .dataframe, label: "Table", key: key, defaultValue: TableSelection.none,
            decode: { rules.decode($0) },
            encode: { $0.isEmpty ? WidgetJSON.noTableSelection : WidgetJSON.encode($0) },
            expected: "a table selection",
            onChange: onSelect)
        return widget(spec, WidgetOptions(help: nil, disabled: false, labelVisibility: .collapsed)) { info, _ in
            element.widget = info
            element.selectionModes = modes
            return .dataframe(element)
        }
    }

    /// A static table: every row, formatted by `columnConfig`, with no scrolling of its own. For more
    /// than a few hundred rows, use ``dataframe(_:hideIndex:columnOrder:columnConfig:height:width:selectionMode:key:onSelect:)``.
    ///
    /// ```swift
    /// st.table(schedule, hideIndex: true, columnConfig: ["payment": .number(format: .dollar)])
    /// ```
    /// - Parameters:
    ///   - hideIndex: Leaves out the index column.
    ///   - hideHeader: Leaves out the header row.
    ///   - border: `.all` (the default), `.horizontal` lines between rows, or `.none`.
    public func table(
        _ table: Table, hideIndex: Bool = false, hideHeader: Bool = false, border: TableBorder = .all,
        columnOrder: [String]? = nil, columnConfig: [String: ColumnConfig] = [:]
    ) {
        switch TableDisplay.resolve(table, order: columnOrder, config: columnConfig, function: "table") {
        case .failure(let misuse): reportMisuse(misuse)
        case .success(let display):
            let rows = display.table.rows(at: 0..<display.table.rowCount)
            var element = TableElement(columns: display.columns, rows: rows)
            element.labels = display.table.index
            element.hideIndex = hideIndex ? true : nil
            element.hideHeader = hideHeader ? true : nil
            element.border = border == .all ? nil : border
            emit(.table(element))
        }
    }
}

extension DataFrameElement {
    /// The element for `display`, stored as `lease`, with its first page of rows.
    init(display: TableDisplay, lease: TableLease, height: Int?, width: ElementWidth, hideIndex: Bool) {
        // The stored copy outlives this run: its first page is built once, however often it is shown.
        let table = lease.table
        let first = Range(offset: 0, count: Self.firstPage, within: table.rowCount)
        self.init(
            table: lease.id, columns: display.columns, rowCount: table.rowCount, rows: table.firstPage,
            height: height.map { max(0, $0) })
        labels = table.index.map { Array($0[first]) }
        (self.width, fitContent) = width.wire
        self.hideIndex = hideIndex ? true : nil
    }
}

/// What a `dataframe`'s selection may hold: the modes it allows, rows of the table and its shown
/// columns. The browser's value is read through these rules, never trusted as sent.
struct SelectionRules: Sendable {
    let modes: [TableSelectionMode]
    let rowCount: Int
    let columns: [String]

    func decode(_ value: WidgetValue) -> TableSelection? {
        if value == WidgetJSON.noTableSelection { return TableSelection.none }
        guard case .string(let json) = value, let sent = WidgetJSON.decode(TableSelection.self, from: json) else {
            return nil
        }
        let shown = Set(columns)
        func limited<T: Hashable>(_ values: [T], single: TableSelectionMode, multi: TableSelectionMode, valid: (T) -> Bool)
            -> [T]
        {
            var seen = Set<T>()
            let kept = values.filter { valid($0) && seen.insert($0).inserted }
            if modes.contains(multi) { return kept }
            return modes.contains(single) ? Array(kept.prefix(1)) : []
        }
        return TableSelection(
            rows: limited(sent.rows, single: .singleRow, multi: .multiRow) { (0..<rowCount).contains($0) },
            columns: limited(sent.columns, single: .singleColumn, multi: .multiColumn) { shown.contains($0) },
            cells: limited(sent.cells, single: .singleCell, multi: .multiCell) {
                (0..<rowCount).contains($0.row) && shown.contains($0.column)
            })
    }
}
