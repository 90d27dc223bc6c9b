import Foundation
import SwiftlitProtocol
import SwiftlitRuntime
import Testing

/// Forged values for the pickers, over a real socket: each is refused with `invalidWidgetValue`, the
/// widget is sent back with the value it keeps, and the session goes on.
@Suite struct PickerInputTests {
    static let app: AppBody = { st in
        let day = st.dateInput(
            "Day", value: CalendarDate(year: 2026, month: 11, day: 30), min: CalendarDate(year: 2026, month: 11, day: 1),
            max: CalendarDate(year: 2026, month: 12, day: 31))
        let mood = st.pills("Mood", options: ["calm", "busy"])
        st.text("day=\(day?.description ?? "none") mood=\(mood ?? "none")")
    }

    @Test func forgedPickerValuesAreRefusedAndTheWidgetsKeepTheirValues() async throws {
        try await withServer(app: Self.app) { port in
            try await converse(port: port) { conversation in
                #expect(renderedTexts(try await conversation.open()) == ["day=2026-11-30 mood=none"])
                try await conversation.send(#"{"type":"rerun","widgets":{"dateInput:Day":"2026-12-01"}}"#)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["day=2026-12-01 mood=none"])

                let forged = #"{"type":"rerun","widgets":{"dateInput:Day":"2027-01-01","pills:Mood":["calm","calm"]}}"#
                try await conversation.send(forged)
                let run = try await conversation.receiveRun()
                let errors = run.compactMap { message -> ProtocolErrorMessage? in
                    if case .error(let error) = message { error } else { nil }
                }
                #expect(errors.map(\.code) == [.invalidWidgetValue, .invalidWidgetValue])
                #expect(errors.contains { $0.message.contains("dateInput:Day") && $0.message.contains("2027-01-01") })
                #expect(errors.contains { $0.message.contains("pills:Mood") })
                #expect(renderedTexts(run).isEmpty, "the app saw no change")
                // The browser believed its forged day: the widget is sent back with the day it keeps.
                let days = Self.setNodes(run).compactMap { node -> [String]? in
                    if case .dateInput(let element) = node { element.value } else { nil }
                }
                #expect(days == [["2026-12-01"]])

                try await conversation.send(#"{"type":"rerun","widgets":{"pills:Mood":"busy"}}"#)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["day=2026-12-01 mood=busy"])
            }
        }
    }

    static func setNodes(_ messages: [ServerMessage]) -> [Element] {
        messages.flatMap { message -> [DeltaOp] in
            switch message {
            case .delta(let delta): delta.ops
            case .runFinished(let finished): finished.ops
            default: []
            }
        }.compactMap { op in
            if case .set(_, let node) = op { node } else { nil }
        }
    }
}
