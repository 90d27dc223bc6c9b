import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitTesting
import Testing

@Suite struct DateTimeWidgetTests {
    static let nov30 = CalendarDate(year: 2026, month: 11, day: 30)!
    static let dec24 = CalendarDate(year: 2026, month: 12, day: 24)!

    // MARK: dateInput

    @Test func aDateInputReturnsItsDefaultThenThePickedDay() async throws {
        let at = AppTest { st in
            let day = st.dateInput("Day", value: Self.nov30)
            st.write("day \(day.map(String.init(describing:)) ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "day 2026-11-30")
        guard case .dateInput(let element) = try at.dateInput("Day").element else {
            Issue.record("not a date input")
            return
        }
        #expect(element.value == ["2026-11-30"])
        #expect(element.min == "2016-11-30")
        #expect(element.max == "2036-11-30")
        #expect(element.format == "YYYY/MM/DD")
        try at.dateInput("Day").pickDate(Self.dec24)
        try await at.run()
        #expect(at.markdown.last?.text == "day 2026-12-24")
        try at.dateInput("Day").pickDate(nil)
        try await at.run()
        #expect(at.markdown.last?.text == "day none")
        #expect(at.protocolErrors.isEmpty)
    }

    @Test func aDateInputDefaultsToTodayOrNothing() async throws {
        let at = AppTest { st in
            let today = st.dateInput("Today")
            let empty = st.dateInput("Empty", value: nil)
            st.write("\(today == CalendarDate.today) \(empty == nil)")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "true true")
    }

    @Test func aDateInputRefusesDaysOutsideItsBoundsAndKeepsItsValue() async throws {
        let at = AppTest { st in
            let day = st.dateInput("Day", value: Self.nov30, min: Self.nov30, max: Self.dec24)
            st.write("day \(day.map(String.init(describing:)) ?? "none")")
        }
        try await at.run()
        try at.dateInput("Day").pickDate(CalendarDate(year: 2026, month: 12, day: 1))
        try await at.run()
        #expect(at.markdown.last?.text == "day 2026-12-01")
        for forged: WidgetValue in [.string("2026-12-25"), .string("2026-11-29"), .string("2026-02-30"), .string("30/11/2026"), .number(5), .list([])] {
            try at.dateInput("Day").setRaw(forged)
            try await at.run()
            #expect(at.markdown.last?.text == "day 2026-12-01", "after \(forged)")
        }
        #expect(at.protocolErrors.count == 6)
        #expect(at.protocolErrors.allSatisfy { $0.code == .invalidWidgetValue })
        #expect(at.protocolErrors.first?.message.contains("2026-12-25") == true)
        #expect(at.protocolErrors.first?.message.contains("keeps its previous value") == true)
        #expect(try at.dateInput("Day").value == .string("2026-12-01"))
    }

    @Test func aDateRangeMayHoldNothingAStartOrBothEnds() async throws {
        let at = AppTest { st in
            let trip = st.dateInput("Trip", range: Self.nov30...Self.dec24)
            st.write("start \(trip.start?.description ?? "-") end \(trip.end?.description ?? "-") complete \(trip.range != nil)")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "start 2026-11-30 end 2026-12-24 complete true")
        try at.dateInput("Trip").pickDates(Self.dec24)
        try await at.run()
        #expect(at.markdown.last?.text == "start 2026-12-24 end - complete false")
        try at.dateInput("Trip").pickDates(Self.nov30, Self.nov30.adding(days: 2))
        try await at.run()
        #expect(at.markdown.last?.text == "start 2026-11-30 end 2026-12-02 complete true")
        try at.dateInput("Trip").pickDates(nil)
        try await at.run()
        #expect(at.markdown.last?.text == "start - end - complete false")
        #expect(at.protocolErrors.isEmpty)
    }

    @Test func aDateRangeRefusesReversedEndsAndStrings() async throws {
        let at = AppTest { st in
            let trip = st.dateInput("Trip", range: Self.nov30...Self.dec24)
            st.write("\(trip.start?.description ?? "-") \(trip.end?.description ?? "-")")
        }
        try await at.run()
        try at.dateInput("Trip").setRaw(.list([.string("2026-12-24"), .string("2026-11-30")]))
        try await at.run()
        try at.dateInput("Trip").setRaw(.string("2026-12-01"))
        try await at.run()
        try at.dateInput("Trip").setRaw(.list([.string("2026-12-01"), .string("2026-12-02"), .string("2026-12-03")]))
        try await at.run()
        #expect(at.markdown.last?.text == "2026-11-30 2026-12-24")
        #expect(at.protocolErrors.count == 3)
    }

    @Test func aDateInputKeyHoldsACalendarDateBothWays() async throws {
        let at = AppTest { st in
            if st.button("Christmas") { st.session["day"] = Self.dec24 }
            let day = st.dateInput("Day", value: Self.nov30, key: "day")
            let stored: CalendarDate? = st.session["day"]
            st.write("\(day?.description ?? "-") \(stored?.description ?? "-")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "2026-11-30 2026-11-30")
        try at.button("Christmas").click()
        try await at.run()
        #expect(at.markdown.last?.text == "2026-12-24 2026-12-24")
        #expect(try at.dateInput("Day").value == .string("2026-12-24"))
        try at.dateInput("Day").pickDate(Self.nov30.adding(days: 1))
        try await at.run()
        #expect(await at.sessionValue("day", as: CalendarDate.self) == CalendarDate(year: 2026, month: 12, day: 1))
    }

    @Test func aDateRangeKeyHoldsASelectionAndTakesAClosedRange() async throws {
        let at = AppTest { st in
            if st.button("Week") { st.session["trip"] = Self.dec24...Self.dec24.adding(days: 6) }
            let trip = st.dateInput("Trip", range: nil, key: "trip")
            st.write("\(trip.range.map { "\($0.count) days" } ?? "open")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "open")
        try at.button("Week").click()
        try await at.run()
        #expect(at.markdown.last?.text == "7 days")
        #expect(await at.sessionValue("trip", as: DateRangeSelection.self) == DateRangeSelection(start: Self.dec24, end: Self.dec24.adding(days: 6)))
        try at.dateInput("Trip").pickDates(Self.dec24)
        try await at.run()
        #expect(await at.sessionValue("trip", as: DateRangeSelection.self)?.end == nil)
    }

    @Test func badDateArgumentsAreReportedOnThePage() async throws {
        let at = AppTest { st in
            st.dateInput("Format", value: Self.nov30, format: "YY-MM-DD")
        }
        try await at.run()
        #expect(at.exceptions.first?.text.contains("format 'YY-MM-DD'") == true)
        let outside = AppTest { st in st.dateInput("Outside", value: Self.nov30, min: Self.dec24) }
        try await outside.run()
        #expect(outside.exceptions.first?.text.contains("not within min 2026-12-24") == true)
    }

    @Test func otherFormatsAreSentAsGiven() async throws {
        let at = AppTest { st in st.dateInput("Day", value: Self.nov30, format: "DD.MM.YYYY") }
        try await at.run()
        guard case .dateInput(let element) = try at.dateInput("Day").element else {
            Issue.record("not a date input")
            return
        }
        #expect(element.format == "DD.MM.YYYY")
        #expect(at.exceptions.isEmpty)
    }

    // MARK: timeInput

    @Test func aTimeInputReturnsItsDefaultThenTheSetTime() async throws {
        let at = AppTest { st in
            let time = st.timeInput("Alarm", value: TimeOfDay(hour: 7, minute: 30), step: 60, format: .hour12)
            st.write("alarm \(time?.description ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "alarm 07:30")
        guard case .timeInput(let element) = try at.timeInput("Alarm").element else {
            Issue.record("not a time input")
            return
        }
        #expect(element.step == 60)
        #expect(element.format == .hour12)
        try at.timeInput("Alarm").setTime(TimeOfDay(hour: 18, minute: 5, second: 9))
        try await at.run()
        #expect(at.markdown.last?.text == "alarm 18:05:09")
        try at.timeInput("Alarm").setTime(nil)
        try await at.run()
        #expect(at.markdown.last?.text == "alarm none")
    }

    @Test func aTimeInputRefusesMalformedTimes() async throws {
        let at = AppTest { st in
            let time = st.timeInput("Alarm", value: TimeOfDay(hour: 7, minute: 30))
            st.write("alarm \(time?.description ?? "none")")
        }
        try await at.run()
        for forged: WidgetValue in [.string("24:00"), .string("7:30"), .string("07:60"), .string("07:30:00.5"), .bool(true)] {
            try at.timeInput("Alarm").setRaw(forged)
            try await at.run()
        }
        #expect(at.markdown.last?.text == "alarm 07:30")
        #expect(at.protocolErrors.count == 5)
    }

    @Test func aTimeInputDefaultsToTheCurrentMinuteAndChecksItsStep() async throws {
        let at = AppTest { st in
            let time = st.timeInput("Now")
            st.write("seconds \(time?.second ?? -1)")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "seconds 0")
        let bad = AppTest { st in st.timeInput("Step", step: 0) }
        try await bad.run()
        #expect(bad.exceptions.first?.text.contains("step 0") == true)
        let long = AppTest { st in st.datetimeInput("Step", step: 86_400) }
        try await long.run()
        #expect(long.exceptions.first?.text.contains("between 1 and 82800 seconds") == true)
    }

    @Test func aTimeInputKeyHoldsATimeOfDay() async throws {
        let at = AppTest { st in
            if st.button("Noon") { st.session["t"] = TimeOfDay(hour: 12, minute: 0) }
            st.write("t \(st.timeInput("T", value: nil, key: "t")?.description ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "t none")
        try at.button("Noon").click()
        try await at.run()
        #expect(at.markdown.last?.text == "t 12:00")
        #expect(await at.sessionValue("t", as: TimeOfDay.self) == TimeOfDay(hour: 12, minute: 0))
    }

    // MARK: datetimeInput

    @Test func aDatetimeInputHonoursItsBounds() async throws {
        let start = LocalDateTime("2026-11-30T09:00")!
        let at = AppTest { st in
            let when = st.datetimeInput(
                "When", value: start, min: start, max: LocalDateTime("2026-12-01T18:00")!, step: 1800, key: "when")
            st.write("when \(when?.description ?? "none")")
        }
        try await at.run()
        #expect(at.markdown.last?.text == "when 2026-11-30T09:00")
        guard case .datetimeInput(let element) = try at.datetimeInput("When").element else {
            Issue.record("not a datetime input")
            return
        }
        #expect(element.min == "2026-11-30T09:00")
        #expect(element.max == "2026-12-01T18:00")
        #expect(element.step == 1800)
        try at.datetimeInput("When").setDateTime(LocalDateTime("2026-12-01T17:30"))
        try await at.run()
        #expect(at.markdown.last?.text == "when 2026-12-01T17:30")
        #expect(await at.sessionValue("when", as: LocalDateTime.self) == LocalDateTime("2026-12-01T17:30"))
        for forged: WidgetValue in [.string("2026-12-01T18:01"), .string("2026-11-30 10:00"), .string("2026-11-30"), .number(1)] {
            try at.datetimeInput("When").setRaw(forged)
            try await at.run()
        }
        #expect(at.markdown.last?.text == "when 2026-12-01T17:30")
        #expect(at.protocolErrors.count == 4)
    }

    // MARK: Value types

    @Test func calendarDatesParseOnlyRealDays() {
        #expect(CalendarDate("2024-02-29") != nil)
        #expect(CalendarDate("2026-02-29") == nil)
        #expect(CalendarDate("2026-1-01") == nil)
        #expect(CalendarDate("+026-01-01") == nil)
        #expect(CalendarDate("0000-01-01") == nil)
        #expect(CalendarDate("2026-11-30")?.description == "2026-11-30")
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() {
        #expect(Self.nov30.adding(days: 1).description == "2026-12-01")
        #expect(Self.dec24.adding(days: 8).description == "2027-01-01")
        #expect(CalendarDate("2024-02-28")?.adding(days: 1).description == "2024-02-29")
        #expect(CalendarDate("2000-03-01")?.adding(days: -1).description == "2000-02-29")
        #expect(CalendarDate("1970-01-01")?.adding(days: -1).description == "1969-12-31")
        #expect(CalendarDate("9999-12-31")?.adding(days: 5).description == "9999-12-31")
        #expect((Self.nov30...Self.dec24).count == 25)
        #expect(Self.nov30.distance(to: Self.dec24) == 24)
    }

    @Test func daysAndTimesConvertToInstantsInANamedTimeZone() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let instant = Self.nov30.date(in: paris)
        // Midnight in Paris (UTC+1 in November) is 23:00 UTC the day before.
        #expect(instant.timeIntervalSince1970 == 1_795_993_200)
        #expect(CalendarDate(instant, in: paris) == Self.nov30)
        #expect(CalendarDate(instant, in: try #require(TimeZone(identifier: "America/New_York"))) == Self.nov30.adding(days: -1))
        let meeting = try #require(LocalDateTime("2026-11-30T14:05:09"))
        #expect(LocalDateTime(meeting.date(in: paris), in: paris) == meeting)
        #expect(TimeOfDay(meeting.date(in: paris), in: TimeZone(secondsFromGMT: 0)!) == TimeOfDay(hour: 13, minute: 5, second: 9))
    }
}
