public import Logging

/// How much of an app's error the browser is shown (`client.showErrorDetails`).
public enum ErrorDetails: String, Sendable, CaseIterable {
    /// Type, message and details.
    case full
    /// The error's type only.
    case type
    /// Nothing but a notice that an error happened.
    case none
}

/// The settings the runtime reads; the server builds them from its configuration.
public struct RuntimeOptions: Sendable {
    /// The production defaults. The server's configuration takes its defaults from here, so each
    /// is declared once.
    public enum Defaults {
        public static let errorDetails = ErrorDetails.full
        public static let flushInterval = Duration.milliseconds(15)
        public static let disconnectedSessionTTL = Duration.seconds(120)
        public static let maxSessions = 10_000
        public static let cacheMaxEntries = 1_000
        public static let mediaMaxBytes = 1 << 30
        /// `server.maxUploadSize`, in megabytes, as in Streamlit.
        public static let maxUploadSizeMB = 200
    }

    /// What an app error shows in the browser.
    public var errorDetails: ErrorDetails
    /// How long a run may render before its first elements are sent, and between later sends.
    public var flushInterval: Duration
    /// How long a disconnected session is kept so that a reconnecting tab can resume it.
    public var disconnectedSessionTTL: Duration
    /// The most sessions kept at once, connected or waiting for a reconnect. When full, the
    /// session disconnected longest ago makes room; when every session is connected, new ones
    /// are refused.
    public var maxSessions: Int
    /// The most values `st.cacheData` holds at once, and the most instances `st.cacheResource`
    /// holds (`cache.maxEntries`); the least recently used goes first.
    public var cacheMaxEntries: Int
    /// The most bytes of media files (pictures, audio, video, PDFs, downloads) the pages of all
    /// sessions hold at once; a file that would exceed it is shown as an error instead.
    public var mediaMaxBytes: Int
    /// The largest file an upload widget accepts, in bytes, unless the widget sets its own
    /// (`server.maxUploadSize`).
    public var maxUploadSize: Int
    /// The tile server of every `st.map` that names none (`map.tiles`); maps have no tiles when `nil`.
    public var mapTiles: MapTiles?
    /// Where runtime events (app errors, bad client input) are logged.
    public var logger: Logger

    /// Creates options; every parameter has the production default.
    public init(
        errorDetails: ErrorDetails = Defaults.errorDetails,
        flushInterval: Duration = Defaults.flushInterval,
        disconnectedSessionTTL: Duration = Defaults.disconnectedSessionTTL,
        maxSessions: Int = Defaults.maxSessions,
        cacheMaxEntries: Int = Defaults.cacheMaxEntries,
        mediaMaxBytes: Int = Defaults.mediaMaxBytes,
        mapTiles: MapTiles? = nil,
        maxUploadSize: Int = Defaults.maxUploadSizeMB * 1_048_576,
        logger: Logger = Logger(label: "swiftlit.runtime")
    ) {
        self.maxSessions = maxSessions
        self.errorDetails = errorDetails
        self.flushInterval = flushInterval
        self.disconnectedSessionTTL = disconnectedSessionTTL
        self.cacheMaxEntries = cacheMaxEntries
        self.mediaMaxBytes = mediaMaxBytes
        self.mapTiles = mapTiles
        self.maxUploadSize = maxUploadSize
        self.logger = logger
    }
}
