import Swiftlit

/// Every picker and link of issue 13, each writing what the app received as a `text` line
/// ("date=2026-11-30"), for the end-to-end tests (Tests/E2E/test_widgets.py).
let pickersApp: AppBody = { st in
    let nov30 = CalendarDate(year: 2026, month: 11, day: 30)
    let day = st.dateInput("Day", value: nov30, format: "DD.MM.YYYY")
    st.text("date=\(day?.description ?? "none")")
    let trip = st.dateInput("Trip", range: nil)
    st.text("trip=\(trip.start?.description ?? "-")..\(trip.end?.description ?? "-")")
    let alarm = st.timeInput("Alarm", value: TimeOfDay(hour: 7, minute: 30), format: .hour12)
    st.text("time=\(alarm?.description ?? "none")")
    let meeting = st.datetimeInput("Meeting", value: LocalDateTime("2026-11-30T09:00"), step: 60)
    st.text("datetime=\(meeting?.description ?? "none")")
    st.text("color=\(st.colorPicker("Accent", value: "#ff4b4b"))")
    let size = st.selectSlider("Size", options: ["S", "M", "L", "XL"], value: "M")
    st.text("size=\(size ?? "none")")
    let sizes = st.selectSlider("Sizes", options: ["S", "M", "L", "XL"], range: ("S", "L"))
    st.text("sizes=\(sizes.map { "\($0.lower)-\($0.upper)" } ?? "none")")
    st.text("mood=\(st.pills("Mood", options: ["😀 Happy", "😐 Meh", "😞 Sad"]) ?? "none")")
    st.text("tags=\(st.pills("Tags", options: ["swift", "web", "data"], selectionMode: .multi).joined(separator: ","))")
    let view = st.segmentedControl("View", options: ["Day", "Week", "Month"], default: "Week", required: true)
    st.text("view=\(view ?? "none")")
    st.text("thumbs=\(st.feedback().map(String.init) ?? "none")")
    st.text("stars=\(st.feedback(.stars, label: "Rating").map(String.init) ?? "none")")
    st.linkButton("Swift docs", url: "https://swift.org/documentation/", help: "Opens swift.org")
    st.pageLink("/settings", label: "Settings", icon: "⚙️")
    st.pageLink("https://swift.org", label: "Swift", disabled: true)
}
