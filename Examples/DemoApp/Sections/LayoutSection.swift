import SwiftlitRuntime

/// Sidebar, columns, tabs, expander, popover and a scrolling container.
func layoutSection(_ st: St) {
    st.sidebar.header("Sidebar")
    let region = st.sidebar.selectbox("Region", options: ["Europe", "Americas", "Asia"])
    let detailed = st.sidebar.checkbox("Detailed figures", value: true)

    st.header("Layout")
    let (left, middle, right) = st.columns(3)
    left.metric("Revenue", "$1.2M", delta: "+4%")
    middle.metric("Users", 1_204, delta: 32)
    right.metric("Churn", "2.1%", delta: "-0.3%", deltaColor: .inverse)
    st.caption("Region: \(region ?? "none")\(detailed ? ", detailed" : "")")

    let (chart, data) = st.tabs(["Summary", "Data"])
    chart.write("Sales grew in every quarter.")
    data.text("Q1 100\nQ2 120\nQ3 131\nQ4 150")

    st.expander("How the figures are made") { st in
        st.markdown("Revenue is **gross**; churn is the share of users who left this month.")
    }
    st.popover("Display settings") { st in
        st.checkbox("Show grid lines")
        st.radio("Units", options: ["Thousands", "Millions"], horizontal: true)
    }
    st.container(border: true, height: 120) { st in
        for row in 1...8 { st.text("Log line \(row)") }
    }
}
