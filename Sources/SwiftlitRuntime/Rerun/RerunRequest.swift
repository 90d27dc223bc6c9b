import SwiftlitProtocol

/// What a run starts from: the browser's widget values, the buttons clicked since the last
/// run, and what to run.
struct RerunRequest: Sendable, Equatable {
    /// Widget values reported by the browser (possibly only some; the session keeps the rest).
    var widgets: [WidgetID: WidgetValue]
    /// Buttons that read `true` in this run.
    var triggers: [WidgetID]
    /// `true` when the browser (re)connected: the page must be sent in full.
    var isReconnect: Bool
    /// The whole app, or some parts of it.
    var scope: RequestScope
    /// Where the tab went (it opened at a deep link, followed a link, went back or forward):
    /// the run shows that page with that query string.
    var location: PageLocation?
    /// What the browser told of itself when it (re)connected: replaces what the session knew.
    var connection: ConnectionFacts?

    init(
        widgets: [WidgetID: WidgetValue] = [:], triggers: [WidgetID] = [], isReconnect: Bool = false,
        scope: RequestScope = .app, location: PageLocation? = nil, connection: ConnectionFacts? = nil
    ) {
        self.widgets = widgets
        self.triggers = triggers
        self.isReconnect = isReconnect
        self.scope = scope
        self.location = location
        self.connection = connection
    }

    /// Folds a newer request into this pending one: newer values win, no click is lost, and
    /// the whole app absorbs any part of it.
    func merging(_ newer: RerunRequest) -> RerunRequest {
        RerunRequest(
            widgets: widgets.merging(newer.widgets) { _, new in new },
            triggers: triggers + newer.triggers.filter { !triggers.contains($0) },
            isReconnect: isReconnect || newer.isReconnect,
            // A tab that moved reruns the whole app on its new page.
            scope: newer.location == nil ? scope.merging(newer.scope) : .app,
            location: newer.location ?? location,
            connection: newer.connection ?? connection)
    }
}

/// What a request reruns.
enum RequestScope: Sendable, Equatable {
    /// The whole app.
    case app
    /// Some parts only: fragments, or keyed slots filled by a push.
    case parts([PartTarget])

    func merging(_ other: RequestScope) -> RequestScope {
        switch (self, other) {
        case (.parts(let mine), .parts(let theirs)): .parts(mine + theirs.filter { !mine.contains($0) })
        default: .app
        }
    }
}

/// One part a request reruns.
enum PartTarget: Sendable, Equatable {
    /// A fragment, by id.
    case fragment(String)
    /// A keyed slot and what to draw in it; `token` tells two pushes apart.
    case slot(key: String, token: Int, body: AppBody)

    static func == (lhs: PartTarget, rhs: PartTarget) -> Bool {
        switch (lhs, rhs) {
        case (.fragment(let a), .fragment(let b)): a == b
        case (.slot(let a, let x, _), .slot(let b, let y, _)): a == b && x == y
        default: false
        }
    }
}
