import Foundation
import SwiftlitServer
import Testing

/// The README's configuration table is written by hand; this keeps it true to `ConfigOption.all`.
@Suite struct ReadmeConfigurationTests {
    @Test func theReadmeListsEveryOptionWithItsDefault() throws {
        let readme = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        var documented: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0].hasPrefix("`"), cells[1].hasPrefix("`") else { continue }
            documented[String(cells[0].dropFirst().dropLast())] = String(cells[1].dropFirst().dropLast())
        }
        for option in ConfigOption.all {
            #expect(
                documented[option.key] == option.defaultValue,
                "README.md: the row for \(option.key) must show the default `\(option.defaultValue)`")
        }
        #expect(Set(documented.keys).isSuperset(of: ConfigOption.all.map(\.key)))
    }
}
