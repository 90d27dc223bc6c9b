import Foundation
import Logging
import SwiftlitRuntime
import SwiftlitServer
import Testing

@Suite struct ConfigurationTests {
    /// A temporary project folder with `.swiftlit/config.toml` holding `toml`.
    func project(_ toml: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".swiftlit"), withIntermediateDirectories: true)
        try toml.write(to: folder.appendingPathComponent(".swiftlit/config.toml"), atomically: true, encoding: .utf8)
        return folder
    }

    func load(_ toml: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> SwiftlitConfiguration {
        try ConfigurationLoader.load(arguments: arguments, environment: environment, directory: project(toml), home: nil)
    }

    func error(_ toml: String, arguments: [String] = [], environment: [String: String] = [:]) -> String {
        do {
            _ = try load(toml, arguments: arguments, environment: environment)
            return "no error"
        } catch let error as ConfigurationError {
            return error.message
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func defaultsMatchStreamlit() throws {
        let configuration = try ConfigurationLoader.load(arguments: [], environment: [:], directory: URL(fileURLWithPath: "/nonexistent"), home: nil)
        #expect(configuration.port == 8501)
        // Not Streamlit's 200: its limit is on what the server sends; ours bounds what a browser sends.
        #expect(configuration.maxMessageSizeMB == 1)
        #expect(configuration.enableCORS && configuration.corsAllowedOrigins.isEmpty)
        #expect(configuration.errorDetails == .full)
        #expect(configuration.baseUrlPath == "")
        #expect(configuration.maxUploadSizeMB == 200)
        #expect(configuration.runtimeOptions(logger: Logger(label: "test")).maxUploadSize == 200 * 1_048_576)
    }

    @Test func maxUploadSizeComesFromAFlagAndIsAtLeastOneMegabyte() throws {
        let set = try ConfigurationLoader.load(
            arguments: ["--server.maxUploadSize", "5"], environment: [:], directory: URL(fileURLWithPath: "/nonexistent"),
            home: nil)
        #expect(set.maxUploadSize == 5 * 1_048_576)
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(
                arguments: ["--server.maxUploadSize", "0"], environment: [:],
                directory: URL(fileURLWithPath: "/nonexistent"), home: nil)
        }
    }

    @Test func fileThenEnvironmentThenFlags() throws {
        let toml = """
            [server]
            port = 9000
            address = "0.0.0.0"
            baseUrlPath = "/apps/demo/"
            maxMessageSize = 50

            [client]
            showErrorDetails = false

            [logger]
            level = "debug"
            """
        let fromFile = try load(toml)
        #expect(fromFile.port == 9000)
        #expect(fromFile.address == "0.0.0.0")
        #expect(fromFile.baseUrlPath == "apps/demo")
        #expect(fromFile.maxMessageSizeMB == 50)
        #expect(fromFile.errorDetails == .none)
        #expect(fromFile.logLevel == .debug)
        let fromEnvironment = try load(toml, environment: ["SWIFTLIT_SERVER_PORT": "9001", "SWIFTLIT_SERVER_BASE_URL_PATH": "x"])
        #expect(fromEnvironment.port == 9001)
        #expect(fromEnvironment.baseUrlPath == "x")
        let fromFlags = try load(
            toml, arguments: ["--server.port", "9002", "--client.showErrorDetails=type", "app-arg"],
            environment: ["SWIFTLIT_SERVER_PORT": "9001"])
        #expect(fromFlags.port == 9002)
        #expect(fromFlags.errorDetails == .type)
    }

    @Test func unknownOptionsNameTheOptionTheFileAndAFix() throws {
        let message = error("[server]\nprot = 1\n")
        #expect(message.contains("'server.prot'"))
        #expect(message.contains(".swiftlit/config.toml"))
        #expect(message.contains("Did you mean 'server.port'?"))
        #expect(error("", arguments: ["--sever.port", "1"]).contains("the flag --sever.port"))
    }

    @Test func illTypedOptionsSayWhatIsExpected() throws {
        let message = error("[server]\nport = \"eighty\"\n")
        #expect(message.contains("'server.port'"))
        #expect(message.contains("an integer from 0 to 65535"))
        #expect(message.contains("the string \"eighty\""))
        #expect(error("[server]\nport = 70000\n").contains("70000"))
        #expect(error("", environment: ["SWIFTLIT_SERVER_PORT": "x"]).contains("SWIFTLIT_SERVER_PORT"))
        #expect(error("[logger]\nlevel = \"loud\"\n").contains("'logger.level'"))
        #expect(error("port = 1\n").contains("[port] table"))
        #expect(error("[server\n").contains("not valid TOML"))
        #expect(error("", arguments: ["--server.port"]).contains("needs a value"))
    }

    @Test func everyOptionHasAnEnvironmentVariable() {
        let names = ConfigOption.all.map(\.environmentVariable)
        #expect(names.contains("SWIFTLIT_SERVER_DISCONNECTED_SESSION_TTL"))
        #expect(names.contains("SWIFTLIT_SERVER_ENABLE_CORS"))
        #expect(names.contains("SWIFTLIT_SERVER_BASE_URL_PATH"))
        #expect(names.contains("SWIFTLIT_CLIENT_SHOW_ERROR_DETAILS"))
        #expect(Set(names).count == names.count)
    }

    @Test func mapTilesAreAnHTTPSTemplateAndReachTheRuntime() throws {
        let none = try load("")
        #expect(none.runtimeOptions(logger: Logger(label: "test")).mapTiles == nil)
        let configured = try load(
            "[map]\ntiles = \"https://tiles.example/{z}/{x}/{y}.png\"\ntilesAttribution = \"© Example\"\n")
        #expect(
            configured.runtimeOptions(logger: Logger(label: "test")).mapTiles
                == MapTiles(urlTemplate: "https://tiles.example/{z}/{x}/{y}.png", attribution: "© Example"))
        for template in ["http://tiles.example/{z}/{x}/{y}.png", "https://tiles.example/{z}/{x}.png", "javascript:{z}{x}{y}"] {
            #expect(throws: ConfigurationError.self) {
                try ConfigurationLoader.load(
                    arguments: ["--map.tiles", template], environment: [:], directory: URL(fileURLWithPath: "/nonexistent"),
                    home: nil)
            }
        }
    }
}

@Suite struct SecurityOptionTests {
    @Test func listsComeFromTOMLArraysOrCommaSeparatedFlags() throws {
        let configuration = try ConfigurationLoader.load(
            arguments: [
                "--server.corsAllowedOrigins", "https://a.example, https://b.example:8443",
                "--server.allowedHosts=app.internal", "--server.enableCORS", "false",
                "--server.maxMessagesPerSecond", "0", "--server.frameAncestors", "'none'",
            ],
            environment: ["SWIFTLIT_SERVER_MAX_SESSIONS": "50"], directory: URL(fileURLWithPath: "/nonexistent"),
            home: nil)
        #expect(configuration.corsAllowedOrigins == ["https://a.example", "https://b.example:8443"])
        #expect(configuration.allowedHosts == ["app.internal"])
        #expect(!configuration.enableCORS)
        #expect(configuration.maxMessagesPerSecond == 0)
        #expect(configuration.frameAncestors == "'none'")
        #expect(configuration.maxSessions == 50)
    }

    @Test func aTOMLArraySetsAList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swiftlit-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".swiftlit"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("[server]\ncorsAllowedOrigins = [\"https://portal.example\"]\n".utf8)
            .write(to: folder.appendingPathComponent(".swiftlit/config.toml"))
        let configuration = try ConfigurationLoader.load(arguments: [], environment: [:], directory: folder, home: nil)
        #expect(configuration.corsAllowedOrigins == ["https://portal.example"])
    }

    @Test func malformedSecurityOptionsAreRefused() {
        for arguments in [
            ["--server.corsAllowedOrigins", "evil.example"], ["--server.frameAncestors", "'self'; script-src *"],
            ["--server.maxConnections", "0"], ["--server.enableCORS", "maybe"],
        ] {
            #expect(throws: ConfigurationError.self) {
                try ConfigurationLoader.load(
                    arguments: arguments, environment: [:], directory: URL(fileURLWithPath: "/nonexistent"), home: nil)
            }
        }
    }
}
