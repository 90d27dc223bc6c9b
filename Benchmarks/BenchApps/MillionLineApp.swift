import Foundation
import SwiftlitRuntime

/// The 1,000,000-point line of the chart-payload figure (docs/benchmarks-charts.md): `t` = 0…999,999
/// and `signal` = sin(t / 20,000), built once per process like `@st.cache_data` in the Python twin
/// (`Benchmarks/charts/million_line.py`).
let millionLine: Table = {
    let count = 1_000_000
    return Table([
        Table.Column("t", values: .integers(Array(0..<count))),
        Table.Column("signal", values: .doubles((0..<count).map { sin(Double($0) / 20_000) })),
    ])
}()

/// A page with one 1,000,000-point line chart, to measure what a big chart costs on the wire.
let millionLineApp: AppBody = { st in
    st.title("Million")
    st.lineChart(millionLine, x: "t", y: "signal")
}
