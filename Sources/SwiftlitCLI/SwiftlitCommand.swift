public import ArgumentParser
import SwiftlitServer

/// The `swiftlit` command line.
public struct SwiftlitCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "swiftlit",
        abstract: "Swiftlit: Streamlit, rebuilt for Swift.",
        version: "0.1.0",
        subcommands: [New.self, Run.self, Hello.self, Config.self, Cache.self, Version.self, ServeFile.self])

    public init() {}
}

extension SwiftlitCommand {
    /// `swiftlit config show`: every option, its default and its environment variable.
    public struct Config: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Show configuration options.", subcommands: [Show.self])

        public init() {}

        public struct Show: ParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract: "Print every option with its default, as a .swiftlit/config.toml file.")

            public init() {}

            public func run() {
                print(ConfigurationDocument.render())
            }
        }
    }
}

/// The options as a commented `config.toml`.
public enum ConfigurationDocument {
    /// Every option, grouped by section (each section once, in the order it first appears: TOML
    /// refuses a table declared twice), with its summary, accepted values and variable.
    public static func render() -> String {
        var lines = ["# Swiftlit configuration: .swiftlit/config.toml (also ~/.swiftlit/config.toml)."]
        lines.append("# Environment variables and --section.option flags override the file.")
        var sections: [String] = []
        var options: [String: [(name: String, option: ConfigOption)]] = [:]
        for option in ConfigOption.all {
            let parts = option.key.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if options[parts[0]] == nil { sections.append(parts[0]) }
            options[parts[0], default: []].append((parts[1], option))
        }
        for section in sections {
            lines += ["", "[\(section)]"]
            for (name, option) in options[section] ?? [] {
                lines += [
                    "", "# \(option.summary)", "# Accepts \(option.accepts). Environment: \(option.environmentVariable).",
                    "# \(name) = \(option.defaultValue)",
                ]
            }
        }
        return lines.joined(separator: "\n")
    }
}
