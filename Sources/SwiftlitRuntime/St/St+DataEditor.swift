public import SwiftlitProtocol

/// What a `dataEditor` returns: the table with the user's edits, and the edits themselves.
public struct EditedTable: Sendable, Equatable {
    /// The table the app passed, with every accepted edit made: changed cells, deleted rows left out,
    /// added rows at the end. Rows keep their labels (``Table/index``); added rows get new ones.
    public let table: Table
    /// The edits as the browser holds them, refused ones included.
    public let edits: TableEdits
    /// The edits the server refused, each shown in its cell with the reason.
    public let issues: [CellIssue]
}

extension St {
    /// An editable grid. Returns the table with the user's edits; the edits live in the browser, so
    /// they survive reruns, and each one is checked on the server against the column's type and
    /// configuration: a refused edit is shown in its cell with the reason, never silently dropped.
    ///
    /// ```swift
    /// let edited = st.dataEditor(tasks, rows: .dynamic, columnConfig: [
    ///     "done": .checkbox("Done"),
    ///     "priority": .selectbox(options: ["low", "high"], required: true),
    ///     "id": .column(disabled: true),
    /// ])
    /// st.write("\(edited.table.rowCount) tasks")
    /// ```
    /// - Parameters:
    ///   - rows: Whether the user may add rows, delete them, both (`.dynamic`) or neither (`.fixed`).
    ///   - columnConfig: How each column looks and what an edit must satisfy (`disabled`, `required`,
    ///     `min`/`max`, `options`, `maxChars`, `validate`).
    ///   - disabled: Shows the table read-only.
    ///   - key: A unique identity; needed when there are several editors.
    ///   - onChange: Runs before the app body of the run an edit causes.
    @discardableResult
    public func dataEditor(
        _ table: Table, rows: EditorRowPolicy = .fixed, hideIndex: Bool = false, columnOrder: [String]? = nil,
        columnConfig: [String: ColumnConfig] = [:], height: Int? = nil, width: ElementWidth = .stretch,
        disabled: Bool = false, key: String? = nil, onChange: WidgetCallback? = nil
    ) -> EditedTable {
        let unchanged = EditedTable(table: table, edits: .none, issues: [])
        let display: TableDisplay
        switch TableDisplay.resolve(
            table, order: columnOrder, config: columnConfig, disabled: { _ in disabled }, function: "dataEditor")
        {
        case .success(let resolved): display = resolved
        case .failure(let misuse):
            reportMisuse(misuse)
            return unchanged
        }
        let lease = run.tableStore.lease(display.table)
        run.withBuilder { $0.registerTable(lease) }
        let editing = TableEditing(base: table, display: display, policy: rows, disabled: disabled)
        let spec = WidgetSpec(
            kind: .dataframe, label: "Editable table", key: key, defaultValue: TableEdits.none,
            decode: { value in
                if value == WidgetJSON.noEdits { return TableEdits.none }
                guard case .string(let json) = value, let sent = WidgetJSON.decode(TableEdits.self, from: json)
                else { return nil }
                return editing.allowed(sent)
            },
            encode: { $0.isEmpty ? WidgetJSON.noEdits : WidgetJSON.encode($0) }, expected: "table edits",
            onChange: onChange)
        var outcome = TableEditing.Outcome(edits: .none, issues: [], table: table)
        let options = WidgetOptions(help: nil, disabled: disabled, labelVisibility: .collapsed)
        _ = widget(spec, options) { info, edits in
            outcome = editing.apply(edits)
            var element = DataFrameElement(
                display: display, lease: lease, height: height, width: width, hideIndex: hideIndex)
            element.widget = info
            element.editor = EditorSettings(rows: rows, issues: outcome.issues)
            return .dataframe(element)
        }
        return EditedTable(table: outcome.table, edits: outcome.edits, issues: outcome.issues)
    }
}
