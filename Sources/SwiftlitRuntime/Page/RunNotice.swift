import Logging
import SwiftlitProtocol

/// Something a run's builder met that the world outside it must hear of: `RunContext` logs it,
/// and sends or cancels what it calls for.
enum RunNotice: Sendable {
    /// The app misused the API; the error is on the page and the run halted (its task is cancelled).
    case misuse(SwiftlitError)
    /// The browser sent a value that does not fit a widget; the widget shows its default (and
    /// the browser is told why).
    case invalidWidgetValue(String)
    /// The app drew into a container that is no longer on the page (the slot holding it was
    /// refilled or cleared); nothing was drawn there. Reported once per run.
    case drawnIntoRemovedContainer(ElementPath)
    /// The page's tree broke an invariant; the whole page is resent.
    case brokenInvariant(TreeError)

    /// How loud the log line is: a broken invariant is a bug in Swiftlit, the rest the app's or
    /// the browser's doing.
    var logLevel: Logger.Level {
        switch self {
        case .misuse: .warning
        case .invalidWidgetValue, .drawnIntoRemovedContainer: .notice
        case .brokenInvariant: .error
        }
    }

    /// The log line, naming the session by its log name.
    func logMessage(session: String) -> String {
        switch self {
        case .misuse(let error): "app misuse in session \(session): \(error.message)"
        case .invalidWidgetValue(let message): "session \(session): \(message)"
        case .drawnIntoRemovedContainer(let path):
            "session \(session): the app drew into the container at \(path), which is no longer on the page "
                + "(its slot was refilled or cleared); nothing was drawn"
        case .brokenInvariant(let error):
            "session \(session): the page tree broke an invariant (\(error)); the whole page is resent"
        }
    }
}
