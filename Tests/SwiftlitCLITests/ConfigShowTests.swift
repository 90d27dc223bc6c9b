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

    @Test func parsesTheSubcommand() throws {
        let command = try SwiftlitCommand.parseAsRoot(["config", "show"])
        #expect(command is SwiftlitCommand.Config.Show)
    }
}
