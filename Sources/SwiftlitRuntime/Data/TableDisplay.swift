import SwiftlitProtocol

/// A table as one element shows it: the columns in their order, hidden ones left out, each with
/// what the browser needs to draw (and an editor to check) it.
struct TableDisplay {
    /// The shown columns of the table, in order.
    let table: Table
    /// The same columns, as the browser is told about them.
    let columns: [DataColumn]
    /// The configuration of each shown column, by name.
    let configs: [String: ColumnConfig]

    /// Resolves what `function` shows of `table`, or the misuse that prevents it.
    ///
    /// - Parameters:
    ///   - order: Only these columns, in this order; every column in the table's order when `nil`.
    ///   - config: By column name. A name the table lacks is a misuse (a typo would silently do nothing).
    ///   - disabled: Columns an editor may not change.
    static func resolve(
        _ table: Table, order: [String]?, config: [String: ColumnConfig], disabled: (String) -> Bool = { _ in false },
        function: String
    ) -> Result<TableDisplay, SwiftlitError> {
        guard !table.isRagged else { return .failure(.raggedTable(table, in: function)) }
        let names = Set(table.names)
        for name in (order ?? []) + config.keys.sorted() where !names.contains(name) {
            return .failure(.unknownColumn(name, in: table, function: function))
        }
        let ordered = order.map { order in order.compactMap { table[$0] } } ?? table.columns
        let shown = ordered.filter { config[$0.name]?.isHidden != true }
        let projected = shown.map(\.name) == table.names ? table : Table(projecting: table, to: shown)
        let columns = shown.map { column in
            (config[column.name] ?? .column()).wireColumn(
                name: column.name, type: column.values.wireType, disabledByEditor: disabled(column.name))
        }
        return .success(TableDisplay(table: projected, columns: columns, configs: config))
    }
}
