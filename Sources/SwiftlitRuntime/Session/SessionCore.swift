import SwiftlitProtocol

/// Everything a session keeps between runs. A run takes it over while it runs and hands it back.
struct SessionCore: Sendable {
    /// `st.session`.
    var store = SessionStore()
    /// The value of every widget, as the browser holds it (after validation).
    var widgetValues: [WidgetID: WidgetValue] = [:]
    /// The mirror of the browser's tree, and the diffing against it.
    var differ = TreeDiffer()
    /// The widgets of the last run that completed.
    var registry = WidgetRegistry()
    /// The fragments the last completed run drew, by id.
    var fragments: [String: FragmentRecord] = [:]
    /// Slots drawn with `st.empty(key:)`, by key: where server pushes land.
    var slots: [String: ElementPath] = [:]
    /// Tables the last completed run showed, by content id: the session's leases on them.
    var tables: [String: TableLease] = [:]
    /// Media files the last completed run showed (and runs stopped since), by what they hold: a
    /// rerun showing the same bytes keeps their URL.
    var media: [MediaKey: MediaLease] = [:]
    /// The files the session's upload widgets hold; one store for the session's whole life.
    var uploads = UploadStore()
    /// The session's buckets in the app's rate limiters; one for the session's whole life.
    var rateLimits = SessionRateLimits()
    /// Where the tab is in the app (its page and query string), as the app sees it: the server
    /// is the source of truth, a run may move it.
    var location = PageLocation()
    /// What the tab's address bar shows, as the browser last reported or was last told.
    var shownLocation = PageLocation()
    /// `st.switchPage` moved the tab: the next location message adds a history entry.
    var switchedPage = false
    /// The pages the last whole-app run declared: a fragment run switches among them.
    var navigation: NavigationRecord?
    /// What the browser told of itself at the last (re)connect, and its storage as the app sees it.
    var browser = BrowserState()
}
