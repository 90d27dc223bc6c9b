import Foundation
import SwiftlitProtocol
import SwiftlitRuntime

/// Tables: a grid the server sorts and searches, with formatted columns and a selection; an editor
/// whose edits are checked on the server; a static table; and a line chart.
func dataSection(_ st: St) {
    st.header("Data")
    let days = (0..<1_000).map { Double($0) }
    let visitors = days.map { 500 + 300 * sin($0 / 40) + 80 * sin($0 / 7) }
    let signups = visitors.map { ($0 / 25).rounded() }
    let table = Table([
        Table.Column("day", days.map { Int($0) }),
        Table.Column("visitors", visitors.map { ($0 * 10).rounded() / 10 }),
        Table.Column("signups", signups),
        Table.Column("weekend", days.map { Int($0) % 7 >= 5 }),
    ])
    st.dataframe(table, height: 260)
    st.lineChart(table, x: "day", y: ["visitors", "signups"], yLabel: "people")

    st.subheader("Products")
    let products = DemoProducts.table
    let picked = st.dataframe(
        products, hideIndex: true,
        columnConfig: [
            "price": .number("Price", format: .dollar), "rating": .progress("Rating", format: "%.1f", min: 0, max: 5),
            "sales": .chart(.line, "Last 12 weeks"), "homepage": .link("Page", displayText: "https://example\\.com/(.*)"),
            "added": .date("Added", format: "MMM D, YYYY"),
        ],
        height: 300, selectionMode: [.multiRow], key: "products")
    st.caption(picked.rows.isEmpty ? "Select products with the boxes on the left." : "Selected rows: \(picked.rows)")

    st.subheader("Editable tasks")
    let tasks: Table
    switch DemoTasks.table {
    case .success(let table): tasks = table
    case .failure(let error): return st.exception(error)
    }
    let edited = st.dataEditor(
        tasks, rows: .dynamic, hideIndex: true,
        columnConfig: [
            "task": .text("Task", required: true, maxChars: 40), "done": .checkbox("Done"),
            "priority": .selectbox("Priority", options: ["low", "medium", "high"], required: true),
            "hours": .number("Hours", format: "%.1f h", min: 0, max: 40),
        ], key: "tasks")
    let open = edited.table["done"].map { done in (0..<done.count).filter { done[$0] != .bool(true) }.count } ?? 0
    st.metric("Open tasks", open, delta: open - DemoTasks.openAtStart, deltaColor: .inverse, chart: DemoTasks.history + [Double(open)])

    st.subheader("Repayment schedule")
    st.table(
        DemoLoan.schedule(principal: 12_000, yearlyRate: 0.05, months: 6), hideIndex: true, border: .horizontal,
        columnConfig: ["payment": .number(format: .dollar), "interest": .number(format: .dollar), "balance": .number(format: .dollar)])
}

/// 2,000 generated products, built once per process and shared by every session.
enum DemoProducts {
    static let table: Table = {
        let count = 2_000
        let names = ["Lamp", "Desk", "Chair", "Shelf", "Rug", "Clock", "Vase", "Mirror"]
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let rows = 0..<count
        let name: [String] = rows.map { "\(names[$0 % names.count]) \($0 / names.count + 1)" }
        let price: [Double] = rows.map { Double(($0 * 7_919) % 150_000) / 100 + 4.5 }
        let rating: [Double] = rows.map { Double(($0 * 31) % 50) / 10 }
        let sales: [JSONValue?] = rows.map { row in
            let weeks: [JSONValue] = (0..<12).map { week in .number(Double((row * 13 + week * week * 7) % 40)) }
            return .array(weeks)
        }
        let homepage: [String] = rows.map { "https://example.com/p\($0)" }
        let added: [Date?] = rows.map { start.addingTimeInterval(Double($0 % 365) * 86_400) }
        return Table([
            Table.Column("name", name), Table.Column("price", price), Table.Column("rating", rating),
            Table.Column("sales", values: .json(sales)), Table.Column("homepage", homepage),
            Table.Column("added", days: added),
        ])
    }()
}

/// Tasks as Swift records: `Table(records:)` makes one column per property, in declaration order.
enum DemoTasks {
    struct Task: Encodable {
        let task: String
        let done: Bool
        let priority: String
        let hours: Double
    }

    static let table: Result<Table, TableError> = {
        let tasks = [
            Task(task: "Write the README", done: true, priority: "high", hours: 2),
            Task(task: "Port the dashboard", done: false, priority: "medium", hours: 6.5),
            Task(task: "Profile the grid", done: false, priority: "high", hours: 4),
            Task(task: "Ship it", done: false, priority: "low", hours: 1),
        ]
        return Result { () throws(TableError) in try Table(records: tasks) }
    }()
    static let openAtStart = 3
    static let history: [Double] = [9, 8, 8, 6, 5, 4]
}

/// A loan repaid in equal monthly payments.
enum DemoLoan {
    static func schedule(principal: Double, yearlyRate: Double, months: Int) -> Table {
        let rate = yearlyRate / 12
        let payment = principal * rate / (1 - pow(1 + rate, -Double(months)))
        var balance = principal
        var rows: (interest: [Double], balance: [Double]) = ([], [])
        for _ in 0..<months {
            let interest = (balance * rate * 100).rounded() / 100
            balance = max(0, balance - (payment - interest))
            rows.interest.append(interest)
            rows.balance.append((balance * 100).rounded() / 100)
        }
        return Table([
            Table.Column("month", Array(1...months)),
            Table.Column("payment", Array(repeating: (payment * 100).rounded() / 100, count: months)),
            Table.Column("interest", rows.interest),
            Table.Column("balance", rows.balance),
        ])
    }
}
