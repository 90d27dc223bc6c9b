public import SwiftlitProtocol

/// A table on a session's page as a CSV file, in the order and with the search the user chose,
/// written in batches so that ten million rows never sit in memory as one string. The view is
/// computed when writing starts, in the writer's task: no session or registry waits for it.
public struct TableDownload: Sendable {
    private let lease: TableLease
    private let sort: TableSort?
    private let search: String?
    private let store: TableStore

    /// Rows per written batch: a few megabytes.
    static let batchRows = 20_000

    /// A download of `lease`'s table; `nil` when `sort` names a column it lacks.
    init?(lease: TableLease, sort: TableSort?, search: String?, store: TableStore) {
        if let sort, lease.table[sort.column] == nil { return nil }
        self.lease = lease
        self.sort = sort
        self.search = search
        self.store = store
    }

    /// The file name the browser saves it under.
    public var filename: String { "table-\(lease.id).csv" }

    /// Writes the header, then the rows batch by batch.
    public func write(to sink: (String) async throws -> Void) async throws {
        let table = lease.table
        // The table's own order needs no list of ten million positions.
        let view = try store.positions(of: lease.id, sort: sort, search: search)
        let total = view?.count ?? table.rowCount
        var start = 0
        repeat {
            let end = min(start + Self.batchRows, total)
            var chunk = ""
            table.writeCSV(rows: (start..<end).lazy.map { view?[$0] ?? $0 }, header: start == 0) { chunk += $0 }
            try await sink(chunk)
            start = end
        } while start < total
    }
}

extension Session {
    /// The table `tableID` on this session's page as a download; `nil` when the page does not show
    /// it or it has no column `sort` names.
    func download(_ tableID: String, sort: TableSort?, search: String?) -> TableDownload? {
        shownTable(tableID).flatMap { TableDownload(lease: $0, sort: sort, search: search, store: environmentTableStore) }
    }
}

extension SessionRegistry {
    /// The table `tableID` on the page of session `sessionID` as a download; `nil` when there is no
    /// such session here (see ``serving(_:)``) or its page does not show the table. The session id
    /// is the secret that authorizes it, as for the session's WebSocket.
    public func download(table tableID: String, session sessionID: String, sort: TableSort?, search: String?) async
        -> TableDownload?
    {
        guard let session = await serving(sessionID) else { return nil }
        return await session.download(tableID, sort: sort, search: search)
    }
}
