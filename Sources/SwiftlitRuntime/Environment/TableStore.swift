import Synchronization
import SwiftlitProtocol

/// The tables on the pages of every session of a server, each stored once by content: two sessions
/// showing equal tables share one copy, even when each built its own. A session holds a
/// ``TableLease`` per table its page shows; the table goes when the last lease does.
///
/// Sorted and searched orders of a table (its views) are kept with it, a few per table, so that a
/// sort asked for by one session is ready for every other.
public final class TableStore: Sendable {
    private struct Entry {
        var table: Table
        var leases: Int
        /// Recent views, most recently used last.
        var views: [(key: ViewKey, positions: [Int])] = []
    }

    private struct ViewKey: Hashable {
        var sort: TableSort?
        var search: String?
    }

    /// Views kept per table: enough for a few users sorting different columns.
    static let viewsPerTable = 4

    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    /// A lease on the stored copy of `table` (stored now when no equal table is).
    func lease(_ table: Table) -> TableLease {
        let id = table.fingerprint
        let stored = entries.withLock { entries in
            if var entry = entries[id] {
                entry.leases += 1
                entries[id] = entry
                return entry.table
            }
            entries[id] = Entry(table: table, leases: 1)
            return table
        }
        return TableLease(id: id, table: stored, store: self)
    }

    fileprivate func release(_ id: String) {
        entries.withLock { entries in
            guard var entry = entries[id] else { return }
            entry.leases -= 1
            entries[id] = entry.leases > 0 ? entry : nil
        }
    }

    /// How many tables are stored (for tests and metrics).
    public var count: Int { entries.withLock { $0.count } }

    /// The row positions of a view of the table `id`, in order; `nil` for the table's own order.
    /// Computed outside the lock (sorting ten million rows takes a while) and kept for the next asker.
    /// Throws when `sort` names a column the table lacks.
    func positions(of id: String, sort: TableSort?, search: String?) throws(TableError) -> [Int]? {
        let search = search.flatMap { $0.isEmpty ? nil : $0 }
        guard sort != nil || search != nil else { return nil }
        let key = ViewKey(sort: sort, search: search)
        let found: (table: Table, positions: [Int]?, narrower: [Int]?)? = entries.withLock { entries in
            guard var entry = entries[id] else { return nil }
            if let index = entry.views.firstIndex(where: { $0.key == key }) {
                let view = entry.views.remove(at: index)
                entry.views.append(view)
                entries[id] = entry
                return (entry.table, view.positions, nil)
            }
            // A search that contains a kept one (as typing extends it) only needs to look among that
            // one's rows, whatever the matching does with case.
            let narrower = search.flatMap { search in
                entry.views.last { $0.key.sort == sort && $0.key.search.map(search.contains) == true }?
                    .positions
            }
            return (entry.table, nil, narrower)
        }
        guard let found else { return nil }
        if let positions = found.positions { return positions }
        var positions = try sort.map { sort throws(TableError) in try found.table.sortedPositions(by: sort) }
        if let search { positions = found.table.positions(containing: search, among: found.narrower ?? positions) }
        let computed = positions ?? []
        entries.withLock { entries in
            guard var entry = entries[id] else { return }
            entry.views.removeAll { $0.key == key }
            entry.views.append((key, computed))
            if entry.views.count > Self.viewsPerTable { entry.views.removeFirst() }
            entries[id] = entry
        }
        return computed
    }
}

/// A session's hold on a stored table: while it exists, the table stays in its ``TableStore``.
package final class TableLease: Sendable {
    /// The table's content id, which `rows` requests name.
    package let id: String
    /// The stored copy.
    package let table: Table
    private let store: TableStore

    fileprivate init(id: String, table: Table, store: TableStore) {
        self.id = id
        self.table = table
        self.store = store
    }

    deinit { store.release(id) }
}
