import Foundation
import SwiftlitCLI
import SwiftlitServer
import Testing

@Suite struct ConfigShowTests {
    @Test func listsEveryOptionUnderItsSection() throws {
        let document = ConfigurationDocument.render()
        for option in ConfigOption.all {
            let name = option.key.split(separator: ".").last.map(String.init) ?? ""
            #expect(document.contains("# \(name) = \(option.defaultValue)"))
            #expect(document.contains(option.environmentVariable))
        }
        #expect(document.contains("[server]"))
        #expect(document.contains("[client]"))
    }

    /// `swiftlit new` writes this document as the app's config.toml: with every option's line
    /// uncommented it must still be one valid file, each section declared once.
    @Test func isAValidConfigurationFileWithEveryOptionSet() throws {
        let headers = ConfigurationDocument.render().split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(Set(headers).count == headers.count, "a section declared twice: \(headers)")
        let folder = FileManager.default.temporaryDirectory.appending(path: "swiftlit-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appending(path: ".swiftlit"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let uncommented = ConfigurationDocument.render().split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                line.hasPrefix("# ") && line.contains(" = ") && !line.contains("Environment:") ? line.dropFirst(2) : line
            }.joined(separator: "\n")
        try uncommented.write(to: folder.appending(path: ".swiftlit/config.toml"), atomically: true, encoding: .utf8)
        let configuration = try ConfigurationLoader.load(arguments: [], environment: [:], directory: folder, home: nil)
        #expect(configuration.port == SwiftlitConfiguration().port)
    }

    @Test func parsesTheSubcommand() throws {
        let command = try SwiftlitCommand.parseAsRoot(["config", "show"])
        #expect(command is SwiftlitCommand.Config.Show)
    }
}
