public import SwiftlitProtocol
public import SwiftlitRuntime
import Foundation

/// Runs an app in-process, with no network, and lets a test drive it like a browser would.
///
/// ```swift
/// let at = AppTest { st in
///     let n = st.slider("n", in: 0...10, value: 2)
///     st.write("n squared is \(n * n)")
/// }
/// try await at.run()
/// #expect(at.markdown.last?.text == "n squared is 4")
/// at.slider("n").set(3)
/// try await at.run()
/// #expect(at.markdown.last?.text == "n squared is 9")
/// ```
///
/// It speaks the real protocol to a real ``Session``: widget values live on the "browser" side,
/// as in a tab, and each ``run(timeout:)`` applies the operations the session sends, through the
/// same ``BrowserPage`` rules the server's mirror follows.
///
/// Time is a ``TestClock``: a fragment drawn with `runEvery:` reruns when the test calls
/// ``advanceTime(by:timeout:)``, not on its own.
public final class AppTest {
    let session: Session
    /// What the session runs in; another tab (``init(anotherTabOf:)``) shares it.
    let environment: RuntimeEnvironment
    /// The clock the app's timers run on; see ``advanceTime(by:timeout:)``.
    public let clock: TestClock
    let client = InMemorySessionClient()
    let defaultTimeout: Duration
    private var connected = false
    private var pendingTrigger: WidgetID?
    /// Values sent once with the next run, then forgotten (a chat message).
    private var oneShot: Set<WidgetID> = []

    private var page = BrowserPage()
    /// The run whose changes arrive now, as a browser knows it (what Stop names).
    var runInProgress: Int?
    /// The tab's address bar and history (pages and URLs); see AppTest+Navigation.swift.
    var address = AddressBar()
    /// The page as the browser would show it.
    public var tree: ElementTree { page.tree }
    /// The widget values the "browser" holds and sends with every run.
    public var widgetValues: [WidgetID: WidgetValue] { page.widgetValues }
    /// Every message the session sent, oldest first.
    public private(set) var messages: [ServerMessage] = []
    /// Protocol errors the session reported (invalid values, unknown widgets), oldest first.
    public private(set) var protocolErrors: [ProtocolErrorMessage] = []
    /// How the last run ended; `nil` before the first run.
    public private(set) var lastStatus: RunStatus?
    /// What the "browser" tells of itself when it connects (`st.context`): headers, remote
    /// address, locale, time zone, theme, address, and its `localStorage` (see ``localStorage``).
    /// Set it before the first run.
    public var context = ConnectionInfo()
    /// The "browser's" cookies, decoded, by name: sent in the `Cookie` header when it connects,
    /// and updated by what the app writes (`st.cookies`).
    public var cookies: [String: String] = [:]
    /// Every storage write the app sent, oldest first (see ``cookies`` and ``localStorage`` for
    /// their effect).
    public internal(set) var storageUpdates: [StorageUpdate] = []

    /// Tests `app`.
    /// - Parameters:
    ///   - timeout: How long ``run(timeout:)`` waits for a run by default.
    ///   - options: Runtime options, e.g. `errorDetails`.
    ///   - secrets: What `st.secrets` holds, e.g. `Secrets(["db": .table(["password": .string("test")])])`.
    ///   - app: The app under test.
    public init(
        timeout: Duration = .seconds(3), options: RuntimeOptions = RuntimeOptions(), secrets: Secrets = Secrets(),
        _ app: @escaping AppBody
    ) {
        defaultTimeout = timeout
        let clock = TestClock()
        self.clock = clock
        environment = RuntimeEnvironment(
            host: AppHost(app), options: options, clock: RuntimeClock(clock), secrets: secrets)
        session = Session(id: "apptest", environment: environment)
    }

    /// Another browser tab on `other`'s server: its own session, sharing the app, the clock, the
    /// caches and the stores, as tabs on one server do.
    ///
    /// ```swift
    /// let first = AppTest(app)
    /// let second = AppTest(anotherTabOf: first)
    /// ```
    public init(anotherTabOf other: AppTest) {
        defaultTimeout = other.defaultTimeout
        clock = other.clock
        environment = other.environment
        session = Session(id: "apptest-\(UUID().uuidString)", environment: environment)
    }

    /// Runs the app once, as the browser would after an interaction, and waits for the run
    /// (and any `st.rerun()` it causes) to finish.
    /// - Throws: ``AppTestError/timeout(_:)`` when the app does not finish in time.
    public func run(timeout: Duration? = nil) async throws {
        try await run(fragment: nil, timeout: timeout)
    }

    /// Reruns only the fragment `id`, as a browser does when a widget inside it changes.
    /// Fragment ids are on their blocks: see ``ElementView/fragment``.
    public func run(fragment id: String?, timeout: Duration? = nil) async throws {
        await send(fragment: id)
        try await waitForIdle(timeout ?? defaultTimeout)
        try absorb(client.drain())
    }

    /// Sends the rerun a browser sends after an interaction, without waiting for the run.
    func send(fragment id: String? = nil) async {
        if connected {
            await session.rerun(
                ClientMessage.Rerun(
                    widgets: page.widgetValues, trigger: pendingTrigger, fragment: id, location: address.takeMove()))
        } else {
            connected = true
            _ = address.takeMove()
            await session.connect(
                client, widgets: page.widgetValues, location: address.location, connection: connectionInfo())
        }
        pendingTrigger = nil
        for id in oneShot { page.widgetValues[id] = nil }
        oneShot = []
    }

    /// Waits for runs the test did not start (a fragment's timer, a server push) and takes in
    /// what they sent.
    public func waitUntilIdle(timeout: Duration? = nil) async throws {
        try await waitForIdle(timeout ?? defaultTimeout)
        try absorb(client.drain())
    }

    /// Moves the app's clock forward by `duration`, as if that much time had passed, and waits
    /// for the runs that fires (fragments drawn with `runEvery:`) to finish.
    public func advanceTime(by duration: Duration, timeout: Duration? = nil) async throws {
        await clock.advance(by: duration)
        try await waitUntilIdle(timeout: timeout)
    }

    /// Sets what the browser would hold for a widget; takes effect at the next ``run(timeout:)``.
    public func setValue(_ value: WidgetValue, for id: WidgetID) { page.widgetValues[id] = value }

    /// Clicks a button: it reads `true` in the next run.
    public func click(_ id: WidgetID) { pendingTrigger = id }

    /// Submits `text` in a chat input: the next run receives it, later runs do not.
    public func submit(_ text: String, to id: WidgetID) { submitRaw(.string(text), to: id) }

    /// Sends `value` as a chat message (text, or `[text, fileId…]`), unchecked.
    public func submitRaw(_ value: WidgetValue, to id: WidgetID) {
        page.widgetValues[id] = value
        oneShot.insert(id)
        pendingTrigger = id
    }

    /// The session's upload store, which ``WidgetHandle/upload(name:type:data:)`` fills as the
    /// server's upload route does.
    var uploads: UploadStore { session.uploads }

    /// `st.session`, as the last run left it.
    public func sessionValue<T: Sendable>(_ key: String, as type: T.Type = T.self) async -> T? {
        await session.sessionValue(key, as: type)
    }

    /// Assigns `st.session[key]` before the next run, as a callback would.
    public func setSessionValue(_ value: (any Sendable)?, forKey key: String) async {
        await session.setSessionValue(value, forKey: key)
    }

    func waitForIdle(_ timeout: Duration) async throws {
        guard try await session.waitUntilIdle(within: timeout) else { throw AppTestError.timeout(timeout) }
    }

    /// A table the session's page shows, by id.
    func shownTable(_ id: String) async -> Table? { await session.shownTable(id)?.table }

    /// Applies received messages the way the browser does.
    func absorb(_ received: [ServerMessage]) throws {
        messages += received
        for message in received {
            switch message {
            case .session: break
            case .delta(let delta):
                runInProgress = delta.run
                try apply(delta.ops)
            case .runFinished(let finished):
                runInProgress = nil
                try apply(finished.ops)
                if finished.status != .interrupted {
                    lastStatus = finished.status
                    page.pruneWidgetValues()
                }
            case .error(let error): protocolErrors.append(error)
            case .location(let change): address.follow(change)
            case .storage(let update): applyStorage(update)
            case .rows, .notice: break
            }
        }
    }

    private func apply(_ ops: [DeltaOp]) throws {
        do {
            try page.apply(ops)
        } catch {
            throw AppTestError.invalidOperation(error.op, error.error)
        }
    }
}

/// Why an ``AppTest`` step failed.
public enum AppTestError: Error, CustomStringConvertible {
    /// The app did not finish a run in time.
    case timeout(Duration)
    /// The session sent an operation that does not fit the page: a runtime bug.
    case invalidOperation(DeltaOp, TreeError)
    /// No widget matched a query.
    case noSuchWidget(String)

    public var description: String {
        switch self {
        case .timeout(let duration): "the app did not finish its run within \(duration); pass a longer timeout: to run()"
        case .invalidOperation(let op, let error): "the session sent \(op), which does not fit the page: \(error)"
        case .noSuchWidget(let query): "no widget matches \(query)"
        }
    }
}
