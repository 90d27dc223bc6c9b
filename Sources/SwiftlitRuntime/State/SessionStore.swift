/// The values behind `st.session`: what the app stored, and widget values exposed under their keys.
struct SessionStore: Sendable {
    var values: [String: any Sendable] = [:]
    /// Keys the app assigned that a keyed widget has not consumed yet: such a widget shows the
    /// assigned value instead of the browser's (the server wins).
    var assignedKeys: Set<String> = []
}
