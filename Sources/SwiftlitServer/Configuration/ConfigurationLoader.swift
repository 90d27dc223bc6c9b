public import Foundation
import TOMLKit

/// Builds a ``SwiftlitConfiguration`` from its layers: defaults, `~/.swiftlit/config.toml`,
/// `./.swiftlit/config.toml`, `SWIFTLIT_*` environment variables, then `--section.option` flags;
/// and loads the app's secrets from the same folders and environment (see ``SecretsLoader``).
///
/// ```swift
/// let configuration = try ConfigurationLoader.load(
///     arguments: Array(CommandLine.arguments.dropFirst()),
///     environment: ProcessInfo.processInfo.environment)
/// ```
public enum ConfigurationLoader {
    /// Resolves every layer.
    /// - Parameters:
    ///   - arguments: Command-line arguments (without the program name). `--section.option value`
    ///     and `--section.option=value` are read; other arguments are left to the app.
    ///   - environment: The process environment.
    ///   - directory: Where `.swiftlit/config.toml` is looked for; the current directory by default.
    ///   - home: Where the user-wide `.swiftlit/config.toml` is looked for.
    /// - Throws: ``ConfigurationError`` naming the option and where it was set, or the secrets
    ///   file that is not valid TOML.
    public static func load(
        arguments: [String], environment: [String: String],
        directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        home: URL? = FileManager.default.homeDirectoryForCurrentUser
    ) throws(ConfigurationError) -> SwiftlitConfiguration {
        var configuration = SwiftlitConfiguration()
        for folder in [home, directory].compactMap(\.self) {
            let file = folder.appendingPathComponent(".swiftlit/config.toml")
            if FileManager.default.fileExists(atPath: file.path) { try applyFile(file, to: &configuration) }
        }
        try applyEnvironment(environment, to: &configuration)
        try applyArguments(arguments, to: &configuration)
        do {
            configuration.secrets = try SecretsLoader.load(directory: directory, home: home, environment: environment)
        } catch {
            throw ConfigurationError(error.message)
        }
        return configuration
    }

    /// Applies a TOML file: `[section]` tables of `option = value`.
    static func applyFile(_ file: URL, to configuration: inout SwiftlitConfiguration) throws(ConfigurationError) {
        let text: String
        let table: TOMLTable
        do {
            text = try String(contentsOf: file, encoding: .utf8)
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError("\(file.path) is not valid TOML: \(error.description) at \(error.source.begin).")
        } catch {
            throw ConfigurationError("Cannot read \(file.path): \(error.localizedDescription)")
        }
        for (section, content) in table {
            guard let options = content.table else {
                throw ConfigurationError(
                    "'\(section)' in \(file.path) must be a [\(section)] table of options, e.g. [server] port = 8501.")
            }
            for (name, value) in options {
                let key = "\(section).\(name)"
                try apply(key, tomlValue(value, key: key, file: file), from: file.path, to: &configuration)
            }
        }
    }

    private static func tomlValue(
        _ value: any TOMLValueConvertible, key: String, file: URL
    ) throws(ConfigurationError) -> ConfigValue {
        switch value.type {
        case .bool: if let bool = value.bool { return .bool(bool) }
        case .int: if let int = value.int { return .int(int) }
        case .double: if let double = value.double { return .double(double) }
        case .string: if let string = value.string { return .string(string) }
        case .array:
            if let array = value.array {
                let strings = array.compactMap(\.string)
                if strings.count == array.count { return .strings(strings) }
            }
        default: break
        }
        throw ConfigurationError("Option '\(key)' in \(file.path) has a \(value.type) value, which no option takes.")
    }

    static func applyEnvironment(
        _ environment: [String: String], to configuration: inout SwiftlitConfiguration
    ) throws(ConfigurationError) {
        for option in ConfigOption.all {
            guard let text = environment[option.environmentVariable] else { continue }
            try apply(option.key, .string(text), from: "the environment variable \(option.environmentVariable)", to: &configuration)
        }
    }

    static func applyArguments(_ arguments: [String], to configuration: inout SwiftlitConfiguration) throws(ConfigurationError) {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("--"), argument.dropFirst(2).contains(".") else { continue }
            let flag = argument.dropFirst(2)
            let key: String
            let text: String
            if let equals = flag.firstIndex(of: "=") {
                key = String(flag[..<equals])
                text = String(flag[flag.index(after: equals)...])
            } else {
                guard index < arguments.endIndex else {
                    throw ConfigurationError("The flag --\(flag) needs a value, e.g. --\(flag)=VALUE.")
                }
                key = String(flag)
                text = arguments[index]
                index += 1
            }
            try apply(key, .string(text), from: "the flag --\(key)", to: &configuration)
        }
    }

    private static func apply(
        _ key: String, _ value: ConfigValue, from source: String, to configuration: inout SwiftlitConfiguration
    ) throws(ConfigurationError) {
        guard let option = ConfigOption.all.first(where: { $0.key == key }) else {
            throw .unknownOption(key, in: source)
        }
        guard option.apply(&configuration, value) else { throw .invalidValue(value, for: option, in: source) }
    }
}
