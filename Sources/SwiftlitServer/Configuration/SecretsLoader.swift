public import Foundation
public import SwiftlitRuntime
import TOMLKit

/// Loads the app's ``Secrets``: `.swiftlit/secrets.toml` in the project, then in the home folder
/// (tables merge key by key, and the project's values win), then `SWIFTLIT_SECRETS_*`
/// environment variables, which win over both files.
///
/// ```swift
/// let secrets = try SecretsLoader.load(environment: ProcessInfo.processInfo.environment)
/// ```
public enum SecretsLoader {
    /// Where, inside a project or home folder, the secrets file is.
    public static let relativePath = ".swiftlit/secrets.toml"

    /// Reads every source that exists; with none, the secrets are empty and still list what was
    /// looked in, for the message of a missing key.
    /// - Parameters:
    ///   - directory: The project folder; the current directory by default.
    ///   - home: The user's home folder; `nil` skips the user-wide file.
    ///   - environment: The process environment.
    /// - Throws: ``SecretsError`` naming the file and the position of invalid TOML. It never
    ///   quotes the file: its lines hold the secrets.
    public static func load(
        directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        home: URL? = FileManager.default.homeDirectoryForCurrentUser,
        environment: [String: String]
    ) throws(SecretsError) -> Secrets {
        var files = [directory.appendingPathComponent(relativePath).standardizedFileURL]
        if let home = home?.appendingPathComponent(relativePath).standardizedFileURL, home != files[0] { files.append(home) }
        var values: [String: SecretValue] = [:]
        // The home file first, so that the project's, merged over it, wins.
        for file in files.reversed() where FileManager.default.fileExists(atPath: file.path) {
            values = SecretsMerge.merge(try readFile(file), over: values)
        }
        let sources = files.map(\.path) + [SecretsEnvironment.sourceName]
        for (name, text) in environment.sorted(by: { $0.key < $1.key }) {
            guard let keys = SecretsEnvironment.keyPath(ofVariable: name) else { continue }
            values = SecretsMerge.merge(SecretsMerge.tree(keys, .string(text)), over: values)
        }
        return Secrets(values, sources: sources)
    }

    /// The top-level table of a secrets file.
    static func readFile(_ file: URL) throws(SecretsError) -> [String: SecretValue] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: try String(contentsOf: file, encoding: .utf8))
        } catch let error as TOMLParseError {
            // The parser's own words can quote the offending text, which may be a secret: only
            // the position is given.
            let position = error.source.begin
            throw .invalidSource(
                "\(file.path) is not valid TOML at line \(position.line), column \(position.column). "
                    + "Secrets are `key = \"value\"` lines, grouped under [section] headers.")
        } catch {
            throw .invalidSource("Cannot read \(file.path): \(error.localizedDescription)")
        }
        return values(of: table)
    }

    private static func values(of table: TOMLTable) -> [String: SecretValue] {
        var values: [String: SecretValue] = [:]
        for (key, value) in table { values[key] = convert(value) }
        return values
    }

    /// A TOML value as a secret value; dates and times keep their TOML text.
    private static func convert(_ value: any TOMLValueConvertible) -> SecretValue {
        switch value.type {
        case .table: .table(value.table.map(values(of:)) ?? [:])
        case .array: .array(value.array.map { $0.map(convert) } ?? [])
        case .string: .string(value.string ?? "")
        case .int: .integer(value.int ?? 0)
        case .double: .double(value.double ?? 0)
        case .bool: .bool(value.bool ?? false)
        case .date: .string(value.date?.debugDescription ?? "")
        case .time: .string(value.time?.debugDescription ?? "")
        case .dateTime: .string(value.dateTime?.debugDescription ?? "")
        }
    }
}

extension SecretsError {
    /// A secrets file or variable that cannot be used; `message` quotes no value.
    static func invalidSource(_ message: String) -> SecretsError {
        SecretsError(kind: .invalidSource, keyPath: "", message: message)
    }
}
