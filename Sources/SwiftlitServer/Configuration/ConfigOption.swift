import Logging
import SwiftlitRuntime

/// A configuration value as read from a file (typed) or the environment and flags (text).
public enum ConfigValue: Sendable, Equatable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case bool(Bool)
    case string(String)

    public var description: String {
        switch self {
        case .int(let value): "the integer \(value)"
        case .double(let value): "the number \(value)"
        case .bool(let value): "the boolean \(value)"
        case .string(let value): "the string \"\(value)\""
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
    /// The default, as written in the TOML file.
    public let defaultValue: String
    let apply: @Sendable (inout SwiftlitConfiguration, ConfigValue) -> Bool

    /// The environment variable that sets it: `server.baseUrlPath` → `SWIFTLIT_SERVER_BASE_URL_PATH`.
    public var environmentVariable: String {
        var name = "SWIFTLIT_"
        for character in key {
            if character == "." {
                name += "_"
            } else if character.isUppercase {
                name += "_\(character)"
            } else {
                name += character.uppercased()
            }
        }
        return name
    }

    /// Every option Swiftlit knows.
    public static let all: [ConfigOption] = [
        ConfigOption(
            key: "server.address", summary: "The interface the server listens on (0.0.0.0 for every interface).",
            accepts: "a host name or IP address", defaultValue: "\"127.0.0.1\""
        ) { config, value in
            guard let text = value.text, !text.isEmpty else { return false }
            config.address = text
            return true
        },
        ConfigOption(
            key: "server.port", summary: "The TCP port the server listens on (0 picks a free port).",
            accepts: "an integer from 0 to 65535", defaultValue: "8501"
        ) { config, value in
            guard let port = value.integer, (0...65535).contains(port) else { return false }
            config.port = port
            return true
        },
        ConfigOption(
            key: "server.baseUrlPath", summary: "The path prefix the app is served under, e.g. behind a reverse proxy.",
            accepts: "a URL path such as \"apps/demo\"", defaultValue: "\"\""
        ) { config, value in
            guard let text = value.text, !text.contains(where: { $0 == "?" || $0 == "#" || $0 == " " }) else { return false }
            config.baseUrlPath = text.split(separator: "/").joined(separator: "/")
            return true
        },
        ConfigOption(
            key: "server.maxMessageSize", summary: "The largest message a browser may send, in megabytes.",
            accepts: "an integer from 1 to 2000", defaultValue: "200"
        ) { config, value in
            guard let size = value.integer, (1...2000).contains(size) else { return false }
            config.maxMessageSizeMB = size
            return true
        },
        ConfigOption(
            key: "server.disconnectedSessionTTL",
            summary: "Seconds a disconnected tab's session is kept so that a reconnect can resume it.",
            accepts: "an integer from 0 to 86400", defaultValue: "120"
        ) { config, value in
            guard let seconds = value.integer, (0...86400).contains(seconds) else { return false }
            config.disconnectedSessionTTLSeconds = seconds
            return true
        },
        ConfigOption(
            key: "client.showErrorDetails",
            summary: "How much of an app's error the browser shows: true or \"full\", \"type\", false or \"none\".",
            accepts: "true, false, \"full\", \"stacktrace\", \"type\" or \"none\"", defaultValue: "\"full\""
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
            key: "logger.level", summary: "The least severe log level printed.",
            accepts: "\"error\", \"warning\", \"info\" or \"debug\" (also \"trace\", \"notice\", \"critical\")",
            defaultValue: "\"info\""
        ) { config, value in
            guard let text = value.text, let level = Logger.Level(rawValue: text.lowercased()) else { return false }
            config.logLevel = level
            return true
        },
    ]
}

extension ConfigValue {
    /// An integer, also from text (environment variables and flags are text).
    var integer: Int? {
        switch self {
        case .int(let value): value
        case .string(let text): Int(text)
        default: nil
        }
    }

    /// Text; only strings count, so `port = "x"` and `address = 5` are both type errors.
    var text: String? {
        if case .string(let text) = self { text } else { nil }
    }
}
