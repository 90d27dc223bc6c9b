public import Logging
public import SwiftlitRuntime

/// Every setting of a Swiftlit server, resolved from defaults, `.swiftlit/config.toml`,
/// `SWIFTLIT_*` environment variables and `--section.option` flags (later ones win).
///
/// Each default is declared once: here, or in ``RuntimeOptions/Defaults`` for the settings the
/// runtime reads. ``ConfigOption/all`` lists each option's key, what it accepts and its
/// documentation, reading defaults from here; `swiftlit config show` prints that list.
public struct SwiftlitConfiguration: Sendable, Equatable {
    /// `server.address`: the interface to listen on.
    public var address = "127.0.0.1"
    /// `server.port`: the TCP port; 0 picks a free one.
    public var port = 8501
    /// `server.baseUrlPath`: the path prefix when behind a reverse proxy, without slashes at the
    /// ends (e.g. `apps/demo`); empty for none.
    public var baseUrlPath = ""
    /// `server.maxMessageSize`: the largest message a browser may send, in megabytes. The browser
    /// sends widget values only (kilobytes); uploads will have their own limit.
    public var maxMessageSizeMB = 1
    /// `server.maxMediaSize`: the most megabytes of media files (pictures, players, PDFs,
    /// downloads) all pages hold at once.
    public var maxMediaSizeMB = RuntimeOptions.Defaults.mediaMaxBytes / 1_048_576
    /// `server.maxUploadSize`: the largest file an upload widget accepts, in megabytes (a widget
    /// may set its own).
    public var maxUploadSizeMB = RuntimeOptions.Defaults.maxUploadSizeMB
    /// `server.disconnectedSessionTTL`: seconds a disconnected tab's session is kept for a reconnect.
    public var disconnectedSessionTTLSeconds = Int(RuntimeOptions.Defaults.disconnectedSessionTTL.components.seconds)
    /// `server.websocketPingInterval`: seconds a connection may stay quiet before the server pings
    /// it; a browser that does not acknowledge a ping within as long again is dropped.
    public var websocketPingIntervalSeconds = 30
    /// `server.enableCORS`: refuse WebSocket upgrades whose `Origin` is another site's.
    public var enableCORS = true
    /// `server.prerender`: run the app for each page request and send the text of its first run
    /// with the page (`PagePrerender`).
    public var prerender = true
    /// `server.corsAllowedOrigins`: origins besides the page's own that may connect.
    public var corsAllowedOrigins: [String] = []
    /// `server.allowedHosts`: host names besides the loopback ones the server answers to when it
    /// listens on loopback.
    public var allowedHosts: [String] = []
    /// `server.frameAncestors`: the CSP `frame-ancestors` source list.
    public var frameAncestors = "'self'"
    /// `server.maxSessions`: sessions kept at once.
    public var maxSessions = RuntimeOptions.Defaults.maxSessions
    /// `server.maxConnections`: WebSocket connections at once.
    public var maxConnections = 10_000
    /// `server.maxMessagesPerSecond`: messages per second per connection (0: no limit).
    public var maxMessagesPerSecond = 200
    /// `client.showErrorDetails`: how much of an app error the browser shows.
    public var errorDetails = RuntimeOptions.Defaults.errorDetails
    /// `map.tiles`: the tile server of `st.map`'s background (a URL template); none when empty.
    public var mapTiles = ""
    /// `map.tilesAttribution`: the tiles' credit.
    public var mapTilesAttribution = ""
    /// `cache.maxEntries`: the most values `st.cacheData` holds, and the most instances
    /// `st.cacheResource` holds.
    public var cacheMaxEntries = RuntimeOptions.Defaults.cacheMaxEntries
    /// `cache.directory`: where `st.cacheData(…, persist: true)` writes its values (relative to the
    /// folder the server starts in).
    public var cacheDirectory = ".swiftlit/cache"
    /// `server.storage`: the database (a `postgresql://` or `sqlite:///` URL) that holds sessions
    /// and persisted cache values for every replica; empty keeps them in this process and
    /// ``cacheDirectory``. It may hold a password: it is never printed.
    public var storage = ""
    /// `logger.level`: the least severe log level printed.
    public var logLevel = Logger.Level.info
    /// What `st.secrets` holds: not an option, but loaded with the options by
    /// ``ConfigurationLoader`` (see ``SecretsLoader``). It prints as keys and `••••`.
    public var secrets = Secrets()

    /// The defaults.
    public init() {}

    /// ``maxMessageSizeMB`` in bytes.
    public var maxMessageSize: Int { maxMessageSizeMB * 1_048_576 }

    /// ``maxUploadSizeMB`` in bytes.
    public var maxUploadSize: Int { maxUploadSizeMB * 1_048_576 }

    /// The largest WebSocket frame or message the server reads. It is a little above
    /// ``maxMessageSize`` so that a message just over the limit still arrives and gets a clear
    /// `messageTooLarge` error; a larger frame is refused from its header, before it is buffered,
    /// by the WebSocket layer (close code 1009).
    var webSocketReadLimit: Int { maxMessageSize + 65536 }

    /// The runtime's share of the settings.
    public func runtimeOptions(logger: Logger) -> RuntimeOptions {
        RuntimeOptions(
            errorDetails: errorDetails, disconnectedSessionTTL: .seconds(disconnectedSessionTTLSeconds),
            maxSessions: maxSessions, cacheMaxEntries: cacheMaxEntries, mediaMaxBytes: maxMediaSizeMB * 1_048_576,
            mapTiles: mapTiles.isEmpty
                ? nil : MapTiles(urlTemplate: mapTiles, attribution: mapTilesAttribution.isEmpty ? nil : mapTilesAttribution),
            maxUploadSize: maxUploadSize, logger: logger)
    }
}
