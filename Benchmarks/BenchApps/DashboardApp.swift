import SwiftlitRuntime

/// The 10,000 × 6 table of `dashboard.py`: values uniform in [0, 100), rounded to 3 decimals,
/// from a fixed seed. A process-wide constant, computed once on first use: Swift's counterpart of
/// the Python app's `@st.cache_data`. (The numbers differ from numpy's generator; their size and
/// distribution are the same.)
let frame = Frame.random(rows: 10_000, columns: ["a", "b", "c", "d", "e", "f"], seed: 0)

/// `dashboard.py` of the Streamlit harness, as far as Swiftlit's API goes.
let dashboardApp: AppBody = { st in
    let columns = frame.columns
    let sidebar = st.sidebar
    let threshold = sidebar.slider("threshold", in: 0...100, value: 50)
    let chartColumn = sidebar.selectbox("chart column", options: columns, index: 1) ?? "b"
    let metricColumn = sidebar.selectbox("metric column", options: columns, index: 2) ?? "c"
    let aggregate = sidebar.selectbox("aggregate", options: ["mean", "median", "max"], index: 0) ?? "mean"
    let upper = sidebar.slider("upper bound", in: 0...100, value: 100)
    let decimals = sidebar.slider("decimals", in: 0...4, value: 2)
    let scale = sidebar.slider("scale", in: 1...10, value: 1)
    let showTable = sidebar.checkbox("show table", value: true)
    let showChart = sidebar.checkbox("show chart", value: true)
    let showLines = sidebar.checkbox("show lines", value: true)

    let filtered = frame.filter(column: "a", from: Double(threshold), through: Double(upper)).scaled(by: Double(scale))

    st.title("Dashboard")
    let (m1, m2, m3) = st.columns(3)
    m1.metric("rows", filtered.rowCount)
    m2.metric("\(aggregate)(\(metricColumn))", filtered.aggregate(aggregate, column: metricColumn).rounded(to: decimals))
    m3.metric("threshold", threshold, delta: threshold - 50)
    if showTable { st.dataframe(filtered.table) }
    if showChart { st.lineChart(filtered.line(chartColumn), x: "index") }
    if showLines {
        for i in 0..<20 {
            let column = columns[i % columns.count]
            st.write("line \(i): mean(\(column)) = \(filtered.mean(column: column).formatted(decimals: decimals))")
        }
    }
}

/// How the dashboard differs from `dashboard.py`, printed at start-up so benchmark reports say so.
let dashboardNotes = [
    "dashboard: st.dataframe sends the first 50 rows and the browser fetches others as they scroll into view",
    "dashboard: st.lineChart reduces the line to 400 min/max buckets (at most 800 points) on the server",
]
