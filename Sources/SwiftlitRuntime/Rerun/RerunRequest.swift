import SwiftlitProtocol

/// What a run starts from: the browser's widget values and the buttons clicked since the last run.
struct RerunRequest: Sendable, Equatable {
    /// Widget values reported by the browser (possibly only some; the session keeps the rest).
    var widgets: [WidgetID: WidgetValue]
    /// Buttons that read `true` in this run.
    var triggers: [WidgetID]
    /// `true` when the browser (re)connected: the page must be sent in full.
    var isReconnect: Bool

    init(widgets: [WidgetID: WidgetValue] = [:], triggers: [WidgetID] = [], isReconnect: Bool = false) {
        self.widgets = widgets
        self.triggers = triggers
        self.isReconnect = isReconnect
    }

    /// Folds a newer request into this pending one: newer values win, and no click is lost.
    func merging(_ newer: RerunRequest) -> RerunRequest {
        RerunRequest(
            widgets: widgets.merging(newer.widgets) { _, new in new },
            triggers: triggers + newer.triggers.filter { !triggers.contains($0) },
            isReconnect: isReconnect || newer.isReconnect)
    }
}
