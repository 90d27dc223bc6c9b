import SwiftlitRuntime
import Testing

/// Client strings cannot forge, hide or flood log lines.
@Suite struct ClientTextTests {
    @Test func controlSeparatorAndBidiCharactersAreEscaped() {
        let forged = "ok\nERROR forged line\r\u{1b}[31mred\u{202e}txt.exe\u{2028}x\\y"
        let logged = ClientText.forLog(forged)
        #expect(!logged.contains("\n") && !logged.contains("\r") && !logged.contains("\u{1b}"))
        #expect(!logged.contains("\u{202e}") && !logged.contains("\u{2028}"))
        #expect(logged == #"ok\u{a}ERROR forged line\u{d}\u{1b}[31mred\u{202e}txt.exe\u{2028}x\\y"#)
    }

    @Test func longStringsAreCut() {
        let logged = ClientText.forLog(String(repeating: "a", count: 10_000))
        #expect(logged == String(repeating: "a", count: ClientText.maxLoggedCharacters) + "…(9880 more)")
        #expect(ClientText.forLog("héllo 👋") == "héllo 👋")
    }
}
