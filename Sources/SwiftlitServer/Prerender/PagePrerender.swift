import Synchronization
import SwiftlitProtocol
import SwiftlitRuntime

/// Runs the app for a page request, so that the page arrives with its content (`PrerenderHTML`)
/// instead of an empty shell that waits for the socket, the `hello` and the first run.
///
/// The run is the one a new tab's `hello` would start: no widget values, the request's page and
/// query, its headers for `st.context`. It runs in a session of its own that nobody resumes and
/// that is never saved: the browser's socket then opens a session as before and runs the app
/// again, and that run's page replaces this one. The page request waits for the run at most
/// ``budget``; a slower app, or more concurrent page requests than cores, get the plain page at
/// once, so the first paint can only come sooner.
struct PagePrerender: Sendable {
    /// How long a page request waits for its run. A run that takes longer is stopped and the
    /// page goes without content: waiting longer would delay the stylesheet and script too.
    static let budget = Duration.milliseconds(50)

    /// What the run left, as the browser would hold it.
    struct Result: Sendable {
        /// The page the run drew.
        var page: BrowserPage
        /// Whether the app read or wrote `st.session`: then a tab that comes back to its own
        /// session (a reload) may see another page, and must not be shown this one.
        var usedSessionState: Bool
    }

    let environment: RuntimeEnvironment
    /// Runs under way, shared by copies of this value (the routes hold one).
    private let running = RunningCount()
    private let maxConcurrent: Int

    init(environment: RuntimeEnvironment, maxConcurrent: Int) {
        self.environment = environment
        self.maxConcurrent = maxConcurrent
    }

    /// Runs the app for a page at `location`; `nil` when it did not finish within ``budget``,
    /// failed to draw anything, or as many runs as there are cores are already under way.
    func run(location: PageLocation, connection: ConnectionInfo) async -> Result? {
        let admitted = running.count.withLock { count in
            guard count < maxConcurrent else { return false }
            count += 1
            return true
        }
        guard admitted else { return nil }
        let client = CollectingClient()
        let session = Session.local(environment: environment)
        await session.connect(client, widgets: [:], location: location, connection: connection)
        // A page request whose browser went away (its task cancelled) needs no drawing either.
        let finished = (try? await session.waitUntilIdle(within: Self.budget)) ?? false
        // Stops a run still going (at its next Swiftlit call or `await`) and its timers. The slot
        // is given back only once the run has really ended: an app that computes for seconds
        // before its next Swiftlit call must not let a flood of page requests start more runs.
        await session.disconnect()
        let running = self.running
        Task {
            await session.waitUntilIdle()
            session.releaseHeldResources()
            running.count.withLock { $0 -= 1 }
        }
        guard finished else { return nil }
        var page = BrowserPage()
        do {
            for message in client.messages {
                switch message {
                case .delta(let delta): try page.apply(delta.ops)
                case .runFinished(let run): try page.apply(run.ops)
                // The app moved the tab (`st.switchPage`): this address is not the page it shows.
                case .location: return nil
                case .session, .error, .rows, .notice, .storage: continue
                }
            }
        } catch {
            // The session's own changes always fit the page they were made for: this is a bug.
            environment.options.logger.error("the page request's run sent changes that do not fit its page: \(error)")
            return nil
        }
        page.pruneWidgetValues()
        return Result(page: page, usedSessionState: await session.appUsedSessionState)
    }
}

/// Keeps what a session sends, in order: the page request's run has no browser to send it to.
private final class CollectingClient: SessionClient {
    private let received = Mutex<[ServerMessage]>([])

    func send(_ message: ServerMessage) { received.withLock { $0.append(message) } }

    var messages: [ServerMessage] { received.withLock { $0 } }
}

/// The number of page requests' runs under way.
private final class RunningCount: Sendable {
    let count = Mutex(0)
}
