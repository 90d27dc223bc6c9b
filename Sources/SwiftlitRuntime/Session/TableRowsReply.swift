import SwiftlitProtocol

/// The answer to a `rows` request: the rows of the view it names.
enum TableRowsReply {
    static func rows(
        of lease: TableLease, for request: ClientMessage.RowsRequest, in store: TableStore
    ) throws(TableError) -> ServerMessage.Rows {
        let table = lease.table
        let search = request.search.flatMap { $0.isEmpty ? nil : $0 }
        guard let view = try store.positions(of: lease.id, sort: request.sort, search: search) else {
            let range = Range(offset: request.offset, count: request.count, within: table.rowCount)
            return ServerMessage.Rows(
                table: lease.id, offset: request.offset, rowCount: table.rowCount, rows: table.rows(at: range),
                labels: table.index.map { Array($0[range]) })
        }
        let positions = view[Range(offset: request.offset, count: request.count, within: view.count)]
        return ServerMessage.Rows(
            table: lease.id, sort: request.sort, search: search, offset: request.offset, rowCount: view.count,
            rows: table.rows(at: positions), positions: Array(positions), labels: table.index.map { index in positions.map { index[$0] } })
    }
}
