/// How the app body of one run ended.
enum RunOutcome: Sendable {
    /// It returned.
    case completed
    /// It called `st.stop()`.
    case stopped
    /// It called `st.rerun()`.
    case rerunRequested
    /// A newer event stopped it.
    case interrupted
    /// It threw, or misused the API (the error is already on the page).
    case failed(any Error)
}

/// Thrown by `st.stop()` and `st.rerun()` to leave the app body; never shown to the user.
enum RunControl: Error, Equatable {
    case stop
    case rerun
}
