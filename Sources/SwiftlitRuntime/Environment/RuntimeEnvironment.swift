/// What a server (or an `AppTest`) gives every session it runs: made once, passed down.
///
/// The app, the settings, the clock, and the stores that outlive a session or are shared between
/// sessions. Each store is a protocol with an in-memory implementation here, so a test can pass
/// its own and a deployment can swap in an external one (PostgreSQL when scaling out) without the
/// runtime changing.
///
/// ```swift
/// let environment = RuntimeEnvironment(host: AppHost(app), clock: RuntimeClock(TestClock()))
/// let registry = SessionRegistry(environment: environment)
/// ```
public struct RuntimeEnvironment: Sendable {
    /// One shared copy: every session keeps the environment, and 10,000 sessions should not
    /// each carry six fields of it.
    private final class Parts: Sendable {
        let host: AppHost
        let options: RuntimeOptions
        let clock: RuntimeClock
        let sessionStorage: (any SessionStorage)?
        let caches: RuntimeCaches
        let secrets: Secrets
        let tableStore = TableStore()
        let mediaFiles: MediaFileStore

        init(
            host: AppHost, options: RuntimeOptions, clock: RuntimeClock, sessionStorage: (any SessionStorage)?,
            cacheStore: any CacheStore, secrets: Secrets
        ) {
            self.host = host
            self.options = options
            self.clock = clock
            self.sessionStorage = sessionStorage
            caches = RuntimeCaches(clock: clock, maxEntries: options.cacheMaxEntries, store: cacheStore)
            self.secrets = secrets
            mediaFiles = MediaFileStore(maxBytes: options.mediaMaxBytes)
        }
    }

    private let parts: Parts

    /// The app that runs, replaceable while sessions stay connected (hot reload).
    public var host: AppHost { parts.host }
    /// The runtime's settings.
    public var options: RuntimeOptions { parts.options }
    /// What timers and expiries measure time with.
    public var clock: RuntimeClock { parts.clock }
    /// Where a disconnected session's `Codable` `st.session` values are kept, so that a reconnect
    /// to another process (a replica, a restart) finds them; `nil` keeps them in the session only.
    public var sessionStorage: (any SessionStorage)? { parts.sessionStorage }
    /// Where `st.cacheData(…, persist: true)` keeps values beyond the process.
    public var cacheStore: any CacheStore { parts.caches.store }
    /// `st.cacheData`'s values and `st.cacheResource`'s instances, shared by every session.
    var caches: RuntimeCaches { parts.caches }
    /// The app's secrets (`st.secrets`), loaded once per server; error text is scrubbed of them.
    public var secrets: Secrets { parts.secrets }
    /// The tables on every session's page, each stored once (see ``TableStore``).
    public var tableStore: TableStore { parts.tableStore }
    /// The media files on every session's page: pictures, players, PDFs and downloads, served at
    /// `_stcore/media/<id>` (see ``MediaFileStore``).
    public var mediaFiles: MediaFileStore { parts.mediaFiles }

    /// Lets go of every `st.cacheResource` instance, waiting for each clean-up (`onEvict`): a
    /// server calls it as it stops, so that connection pools close.
    public func releaseResources() async { await parts.caches.resources.removeAllAndCleanUp() }

    /// An environment for `host`; every other part has its production default.
    public init(
        host: AppHost,
        options: RuntimeOptions = RuntimeOptions(),
        clock: RuntimeClock = .continuous,
        sessionStorage: (any SessionStorage)? = nil,
        cacheStore: (any CacheStore)? = nil,
        secrets: Secrets = Secrets()
    ) {
        parts = Parts(
            host: host, options: options, clock: clock, sessionStorage: sessionStorage,
            cacheStore: cacheStore ?? InMemoryCacheStore(clock: clock), secrets: secrets)
    }
}
