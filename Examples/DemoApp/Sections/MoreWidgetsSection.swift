import SwiftlitRuntime

/// The date, time and colour pickers, the option pickers (select slider, pills, segmented control,
/// feedback) and the links: a small trip planner.
func moreWidgetsSection(_ st: St) {
    st.header("More widgets")
    let today = CalendarDate.today
    let trip = st.dateInput("Trip dates", range: today...today.adding(days: 6), min: today, format: "DD/MM/YYYY")
    let departure = st.timeInput("Departure", value: TimeOfDay(hour: 9, minute: 0), step: 1800, format: .hour12)
    let reminder = st.datetimeInput("Reminder", value: nil, min: LocalDateTime(day: today, time: TimeOfDay(secondsSinceMidnight: 0)))
    let pace = st.selectSlider("Pace", options: ["Slow", "Relaxed", "Steady", "Brisk", "Fast"], value: "Steady")
    let budget = st.selectSlider("Budget", options: ["$", "$$", "$$$", "$$$$"], range: ("$", "$$$"))
    let transport = st.segmentedControl("Transport", options: ["🚆 Train", "🚌 Bus", "🚲 Bike"], default: "🚆 Train", required: true)
    let interests = st.pills("Interests", options: ["Museums", "Food", "Hiking", "Beaches", "Music"], selectionMode: .multi, default: ["Food"])
    let colour = st.colorPicker("Itinerary colour", value: "#0068c9")

    if let days = trip.range {
        st.write("\(days.count) days from \(days.lowerBound) to \(days.upperBound), leaving at \(departure?.description ?? "any time")")
    } else {
        st.caption("Pick the last day of the trip.")
    }
    st.caption(
        "Pace \(pace ?? "-"), budget \(budget.map { "\($0.lower)–\($0.upper)" } ?? "-"), by \(transport ?? "-"), "
            + "into \(interests.isEmpty ? "anything" : interests.joined(separator: ", ")), colour \(colour)"
            + (reminder.map { ", reminder \($0)" } ?? ""))

    if let rating = st.feedback(.stars, label: "Planner rating", labelVisibility: .visible) {
        st.caption("Thanks for \(rating + 1) star\(rating == 0 ? "" : "s")!")
    }
    st.linkButton("Swift documentation", url: "https://www.swift.org/documentation/", help: "Opens in a new tab")
    st.pageLink("https://docs.streamlit.io/develop/api-reference/widgets", label: "Streamlit's widgets", icon: "📚")
}
