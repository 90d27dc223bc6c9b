/// How the app body of one run ended.
enum RunOutcome: Sendable {
    /// It returned.
    case completed
    /// It called `st.stop()`.
    case stopped
    /// It called `st.rerun()`: start again at once, with this scope.
    case rerunRequested(RerunTarget)
    /// A newer event stopped it.
    case interrupted
    /// It threw, or misused the API (the error is already on the page).
    case failed(any Error)
}

/// What `st.rerun(scope:)` reruns.
enum RerunTarget: Sendable, Equatable {
    case app
    case fragment(String)
}

/// Thrown by `st.stop()` and `st.rerun()` to leave the app body; never shown to the user.
enum RunControl: Error, Equatable {
    case stop
    case rerun(RerunTarget)
}
