public import SwiftlitProtocol
public import SwiftlitRuntime

extension AppTest {
    /// Every `dataframe` and `dataEditor` on the page, in reading order.
    public var dataframes: [ElementView] { elements(.dataframe) }
    /// Every static `table`, in reading order.
    public var tables: [ElementView] { elements(.table) }

    /// The data a `dataframe` or `dataEditor` shows: its shown columns, every row (not only those
    /// that travelled with the page), as the session holds them for the browser's requests.
    public func data(of view: ElementView) async throws -> Table {
        guard case .dataframe(let element) = view.element else {
            throw AppTestError.noSuchWidget("dataframe at \(view.path) (it is a \(view.element.kind.rawValue))")
        }
        guard let table = await shownTable(element.table) else {
            throw AppTestError.noSuchWidget("table '\(element.table)' on the session's page")
        }
        return table
    }

    /// The `dataEditor` created with `key:` (or the only one, without a key).
    public func dataEditor(key: String? = nil) throws -> WidgetHandle {
        try key.map { try widget(key: $0) } ?? widget(.dataframe, "Editable table")
    }

    /// The selectable `dataframe` created with `key:` (or the only one, without a key).
    public func dataframe(key: String? = nil) throws -> WidgetHandle {
        try key.map { try widget(key: $0) } ?? widget(.dataframe, "Table")
    }
}

extension WidgetHandle {
    /// A selectable dataframe's selection, as the browser holds it.
    public var selection: TableSelection { decoded(TableSelection.self) ?? .none }

    /// Selects rows (positions in the table the app passed), columns and cells, as a user would.
    public func select(rows: [Int] = [], columns: [String] = [], cells: [TableCell] = []) {
        setJSON(TableSelection(rows: rows, columns: columns, cells: cells))
    }

    /// A data editor's edits, as the browser holds them.
    public var edits: TableEdits { decoded(TableEdits.self) ?? .none }

    /// The edits the server refused at the last run, each with its reason.
    public var issues: [CellIssue] {
        if case .dataframe(let element) = element { element.editor?.issues ?? [] } else { [] }
    }

    /// Types `value` into a cell of a data editor (`row` is a position in the table the app passed).
    public func edit(row: Int, column: String, to value: CellValue) {
        var edits = edits
        edits.edited.removeAll { $0.row == row && $0.column == column }
        edits.edited.append(CellEdit(row: row, column: column, value: value))
        setJSON(edits)
    }

    /// Adds a row to a data editor, with values by column name.
    public func addRow(_ values: [String: CellValue]) {
        var edits = edits
        edits.added.append(values)
        setJSON(edits)
    }

    /// Deletes rows of a data editor (positions in the table the app passed).
    public func deleteRows(_ rows: [Int]) {
        var edits = edits
        edits.deleted += rows.filter { !edits.deleted.contains($0) }
        setJSON(edits)
    }

    func decoded<T: Decodable>(_ type: T.Type) -> T? {
        guard case .string(let json)? = value else { return nil }
        return WidgetJSON.decode(type, from: json)
    }

    func setJSON(_ value: some Encodable) { setRaw(WidgetJSON.encode(value)) }
}
