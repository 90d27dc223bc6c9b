import Foundation
import SwiftlitRuntime

/// A table of 1,000 rows that scrolls without sending them all, and a line chart.
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
}
