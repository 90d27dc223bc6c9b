import Foundation
import Logging
import SwiftlitRuntime

/// A configuration value as read from a file (typed) or the environment and flags (text).
public enum ConfigValue: Sendable, Equatable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)
    /// A TOML array of strings.
    case strings([String])

    public var description: String {
        switch self {
        case .int(let value): "the integer \(value)"
        case .double(let value): "the number \(value)"
        case .bool(let value): "the boolean \(value)"
        case .string(let value): "the string \"\(value)\""
        case .strings(let values): "the array [\(values.map { "\"\($0)\"" }.joined(separator: ", "))]"
        }
    }
}

/// One configuration option: its key, what it accepts, and how it sets the configuration.
public struct ConfigOption: Sendable {
    /// `section.option`, as in the TOML file and the `--section.option` flag.
    public let key: String
    /// What the option does.
    public let summary: String
    /// What values it accepts, in words ("an integer from 1 to 65535").
    public let accepts: String
    /// What the option holds in a configuration.
    let read: @Sendable (SwiftlitConfiguration) -> ConfigValue
    let apply: @Sendable (inout SwiftlitConfiguration, ConfigValue) -> Bool

    /// The default, as written in the TOML file. It is read from ``SwiftlitConfiguration``'s
    /// defaults, which are the only place a default is declared.
    public var defaultValue: String { read(SwiftlitConfiguration()).toml }

    /// The environment variable that sets it: `server.baseUrlPath` → `SWIFTLIT_SERVER_BASE_URL_PATH`,
    /// `server.enableCORS` → `SWIFTLIT_SERVER_ENABLE_CORS` (a run of capitals is one word).
    public var environmentVariable: String {
        var name = "SWIFTLIT_"
        var previous: Character = "."
        for character in key {
            if character == "." {
                name += "_"
            } else if character.isUppercase, !previous.isUppercase, previous != "." {
                name += "_\(character)"
            } else {
                name += character.uppercased()
            }
            previous = character
        }
        return name
    }

    /// An integer option within `range`.
    static func integer(
        _ key: String, _ summary: String, in range: ClosedRange<Int>,
        _ field: any WritableKeyPath<SwiftlitConfiguration, Int> & Sendable
    ) -> ConfigOption {
        ConfigOption(
            key: key, summary: summary, accepts: "an integer from \(range.lowerBound) to \(range.upperBound)",
            read: { .int($0[keyPath: field]) }
        ) { config, value in
            guard let number = value.integer, range.contains(number) else { return false }
            config[keyPath: field] = number
            return true
        }
    }

    /// A `true`/`false` option.
    static func flag(
        _ key: String, _ summary: String, _ field: any WritableKeyPath<SwiftlitConfiguration, Bool> & Sendable
    ) -> ConfigOption {
        ConfigOption(key: key, summary: summary, accepts: "true or false", read: { .bool($0[keyPath: field]) }) {
            config, value in
            guard let flag = value.boolean else { return false }
            config[keyPath: field] = flag
            return true
        }
    }

    /// Every option Swiftlit knows.
    public static let all: [ConfigOption] = [
        ConfigOption(
            key: "server.address", summary: "The interface the server listens on (0.0.0.0 for every interface).",
            accepts: "a host name or IP address", read: { .string($0.address) }
        ) { config, value in
            guard let text = value.text, !text.isEmpty else { return false }
            config.address = text
            return true
        },
        .integer("server.port", "The TCP port the server listens on (0 picks a free port).", in: 0...65535, \.port),
        ConfigOption(
            key: "server.baseUrlPath", summary: "The path prefix the app is served under, e.g. behind a reverse proxy.",
            accepts: "a URL path such as \"apps/demo\"", read: { .string($0.baseUrlPath) }
        ) { config, value in
            guard let text = value.text, !text.contains(where: { $0 == "?" || $0 == "#" || $0 == " " }) else { return false }
            config.baseUrlPath = text.split(separator: "/").joined(separator: "/")
            return true
        },
        .integer(
            "server.maxMessageSize",
            "The largest message a browser may send, in megabytes; larger ones close the connection.", in: 1...2000,
            \.maxMessageSizeMB),
        .integer(
            "server.maxMediaSize",
            "The most megabytes of media files (pictures, audio, video, PDFs, downloads) all pages hold at once.",
            in: 1...1_048_576, \.maxMediaSizeMB),
        .integer(
            "server.maxUploadSize",
            "The largest file an upload widget (st.fileUploader, st.cameraInput, st.audioInput) accepts, in "
                + "megabytes; a widget's maxUploadSize overrides it.", in: 1...100_000, \.maxUploadSizeMB),
        .integer(
            "server.disconnectedSessionTTL",
            "Seconds a disconnected tab's session is kept so that a reconnect can resume it.", in: 0...86400,
            \.disconnectedSessionTTLSeconds),
        .integer(
            "server.websocketPingInterval",
            "Seconds a WebSocket may stay quiet before the server pings it; a browser that does not acknowledge "
                + "a ping within as long again is dropped.", in: 1...3600, \.websocketPingIntervalSeconds),
        .flag(
            "server.enableCORS",
            "Refuse WebSocket connections from pages of other origins (cross-site WebSocket hijacking).", \.enableCORS),
        .flag(
            "server.prerender",
            "Run the app for each page request and send its text with the page, so that it shows before the "
                + "socket opens (the run is repeated for the socket's session).", \.prerender),
        ConfigOption(
            key: "server.corsAllowedOrigins",
            summary: "Other origins whose pages may connect, e.g. [\"https://portal.example\"].",
            accepts: "an array of origins (scheme://host[:port]); comma-separated in a flag",
            read: { .strings($0.corsAllowedOrigins) }
        ) { config, value in
            guard let origins = value.list, origins.allSatisfy({ RequestOriginPolicy.normalizedOrigin($0) != nil })
            else { return false }
            config.corsAllowedOrigins = origins
            return true
        },
        ConfigOption(
            key: "server.allowedHosts",
            summary: "Host names the server answers to besides its own loopback names, when bound to loopback (DNS rebinding).",
            accepts: "an array of host names; comma-separated in a flag", read: { .strings($0.allowedHosts) }
        ) { config, value in
            guard let hosts = value.list, hosts.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) })
            else { return false }
            config.allowedHosts = hosts
            return true
        },
        ConfigOption(
            key: "server.frameAncestors",
            summary: "Who may show the app in a frame: a CSP source list such as \"'self'\", \"'none'\" or \"https://portal.example\".",
            accepts: "a CSP source list", read: { .string($0.frameAncestors) }
        ) { config, value in
            guard let text = value.text, !text.isEmpty, !text.contains(where: { ";,\r\n".contains($0) }) else { return false }
            config.frameAncestors = text
            return true
        },
        .integer(
            "server.maxSessions",
            "The most sessions kept at once; the one disconnected longest makes room, else new tabs are refused.",
            in: 1...1_000_000, \.maxSessions),
        .integer(
            "server.maxConnections", "The most WebSocket connections at once; more are refused with 503.",
            in: 1...1_000_000, \.maxConnections),
        .integer(
            "server.maxMessagesPerSecond",
            "Messages one connection may send per second (bursts of twice that); 0 for no limit.", in: 0...1_000_000,
            \.maxMessagesPerSecond),
        ConfigOption(
            key: "server.storage",
            summary: "The database replicas share sessions and st.cacheData(…, persist: true) values in; empty keeps "
                + "sessions in this process and the cache in cache.directory.",
            accepts: "\"\", a postgresql://user:password@host:5432/db URL or a sqlite:///path/to.db URL",
            read: { .string($0.storage) }
        ) { config, value in
            guard let text = value.text?.trimmingCharacters(in: .whitespaces) else { return false }
            let schemes = ["postgresql://", "postgres://", "sqlite://"]
            guard text.isEmpty || schemes.contains(where: { text.lowercased().hasPrefix($0) }) else { return false }
            config.storage = text
            return true
        },
        .integer(
            "cache.maxEntries",
            "The most values st.cacheData holds, and the most instances st.cacheResource holds; the least "
                + "recently used goes first.", in: 1...10_000_000, \.cacheMaxEntries),
        ConfigOption(
            key: "cache.directory",
            summary: "Where st.cacheData(…, persist: true) keeps its values, relative to the folder the server starts in.",
            accepts: "a folder path", read: { .string($0.cacheDirectory) }
        ) { config, value in
            guard let text = value.text, !text.isEmpty else { return false }
            config.cacheDirectory = text
            return true
        },
        ConfigOption(
            key: "client.showErrorDetails",
            summary: "How much of an app's error the browser shows: true or \"full\", \"type\", false or \"none\".",
            accepts: "true, false, \"full\", \"stacktrace\", \"type\" or \"none\"",
            read: { .string($0.errorDetails.rawValue) }
        ) { config, value in
            switch value {
            case .bool(let show): config.errorDetails = show ? .full : .none
            case .string("true"), .string("full"), .string("stacktrace"): config.errorDetails = .full
            case .string("type"): config.errorDetails = .type
            case .string("false"), .string("none"): config.errorDetails = .none
            default: return false
            }
            return true
        },
        ConfigOption(
            key: "map.tiles",
            summary: "A tile server for st.map's background, as an https URL with {z}, {x} and {y}; none when empty.",
            accepts: "\"\" or an https URL template such as \"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"",
            read: { .string($0.mapTiles) }
        ) { config, value in
            guard let text = value.text, text.isEmpty || MapTiles.isValidTemplate(text) else { return false }
            config.mapTiles = text
            return true
        },
        ConfigOption(
            key: "map.tilesAttribution", summary: "The credit the tiles' licence asks for, shown in each map's corner.",
            accepts: "a string", read: { .string($0.mapTilesAttribution) }
        ) { config, value in
            guard let text = value.text else { return false }
            config.mapTilesAttribution = text
            return true
        },
        ConfigOption(
            key: "logger.level", summary: "The least severe log level printed.",
            accepts: "\"error\", \"warning\", \"info\" or \"debug\" (also \"trace\", \"notice\", \"critical\")",
            read: { .string($0.logLevel.rawValue) }
        ) { config, value in
            guard let text = value.text, let level = Logger.Level(rawValue: text.lowercased()) else { return false }
            config.logLevel = level
            return true
        },
    ]
}

extension ConfigValue {
    /// The value as TOML writes it.
    var toml: String {
        switch self {
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .string(let text): Self.quoted(text)
        case .strings(let values): "[" + values.map(Self.quoted).joined(separator: ", ") + "]"
        }
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// An integer, also from text (environment variables and flags are text).
    var integer: Int? {
        switch self {
        case .int(let value): value
        case .string(let text): Int(text)
        default: nil
        }
    }

    /// A boolean, also from text.
    var boolean: Bool? {
        switch self {
        case .bool(let value): value
        case .string("true"): true
        case .string("false"): false
        default: nil
        }
    }

    /// A list of strings: a TOML array, or comma-separated text from a flag or the environment.
    var list: [String]? {
        switch self {
        case .strings(let values): values
        case .string(let text):
            text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        default: nil
        }
    }

    /// Text; only strings count, so `port = "x"` and `address = 5` are both type errors.
    var text: String? {
        if case .string(let text) = self { text } else { nil }
    }
}
