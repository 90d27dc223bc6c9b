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
    /// The app that runs, replaceable while sessions stay connected (hot reload).
    public let host: AppHost
    /// The runtime's settings.
    public var options: RuntimeOptions
    /// What timers and expiries measure time with.
    public var clock: RuntimeClock
    /// Where a disconnected session's `Codable` `st.session` values are kept, so that a reconnect
    /// to another process (a replica, a restart) finds them; `nil` keeps them in the session only.
    public var sessionStorage: (any SessionStorage)?
    /// Values shared by every session (what `st.cache` keeps).
    public var cacheStore: any CacheStore
    /// Bytes the browser fetches by URL rather than through the WebSocket: uploads, images,
    /// audio, video, downloads.
    public var mediaStore: any MediaStore

    /// An environment for `host`; every other part has its production default.
    public init(
        host: AppHost,
        options: RuntimeOptions = RuntimeOptions(),
        clock: RuntimeClock = .continuous,
        sessionStorage: (any SessionStorage)? = nil,
        cacheStore: (any CacheStore)? = nil,
        mediaStore: any MediaStore = InMemoryMediaStore()
    ) {
        self.host = host
        self.options = options
        self.clock = clock
        self.sessionStorage = sessionStorage
        self.cacheStore = cacheStore ?? InMemoryCacheStore(clock: clock)
        self.mediaStore = mediaStore
    }
}
