/// The values behind `st.session`: what the app stored, and widget values exposed under their keys.
struct SessionStore: Sendable {
    var values: [String: any Sendable] = [:]
    /// Keys the app assigned that a keyed widget has not consumed yet: such a widget shows the
    /// assigned value instead of the browser's (the server wins).
    var assignedKeys: Set<String> = []
    /// Whether the app has read or written a value here (`st.session`): then its page depends on
    /// more than the widget values and the address.
    var usedByApp = false
}
