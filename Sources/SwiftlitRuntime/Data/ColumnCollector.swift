/// Collects rows of named cells (records, JSON objects) into columns, in the order the names
/// first appear. With `keepingDeclarationOrder`, a name that first appears in a later row (an
/// optional that was `nil` before, which synthesized `Encodable` leaves out) goes right after the
/// name it follows in that row instead of last, so the columns of records that all encode their
/// properties in one order keep that order.
struct ColumnCollector {
    private let keepingDeclarationOrder: Bool
    private var builders: [ColumnBuilder] = []
    private var names: [String] = []
    private var positionOfName: [String: Int] = [:]
    /// Builder positions in column order.
    private var order: [Int] = []
    /// The builder positions of the previous row, in the order it set them: the next row most
    /// likely sets the same names in the same order, which saves a dictionary lookup per cell.
    private var previousRow: [Int] = []
    private var currentRow: [Int] = []
    private(set) var rowCount = 0

    init(keepingDeclarationOrder: Bool) {
        self.keepingDeclarationOrder = keepingDeclarationOrder
    }

    mutating func beginRow() {
        currentRow.removeAll(keepingCapacity: true)
    }

    mutating func set(_ name: String, _ value: TableValue) {
        let guess = currentRow.count < previousRow.count ? previousRow[currentRow.count] : nil
        let position: Int
        if let guess, names[guess] == name {
            position = guess
        } else if let known = positionOfName[name] {
            position = known
        } else {
            position = addColumn(name)
        }
        if builders[position].count > rowCount {
            builders[position].removeLast()  // set twice in one row: the later value wins
        } else {
            currentRow.append(position)
        }
        builders[position].append(value)
    }

    mutating func endRow() {
        rowCount += 1
        for position in builders.indices where builders[position].count < rowCount {
            builders[position].append(.missing)
        }
        swap(&previousRow, &currentRow)
    }

    /// The collected columns, in order.
    var columns: [Table.Column] {
        order.map { Table.Column(names[$0], values: builders[$0].values) }
    }

    private mutating func addColumn(_ name: String) -> Int {
        let position = builders.count
        var builder = ColumnBuilder()
        for _ in 0..<rowCount { builder.append(.missing) }
        builders.append(builder)
        names.append(name)
        positionOfName[name] = position
        if keepingDeclarationOrder {
            let after = currentRow.last.flatMap { previous in order.firstIndex(of: previous) }
            order.insert(position, at: after.map { $0 + 1 } ?? 0)
        } else {
            order.append(position)
        }
        return position
    }
}
