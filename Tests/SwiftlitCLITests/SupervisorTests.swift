import Foundation
import Testing

@testable import SwiftlitCLI

/// `swiftlit run` restarts an app that crashes, and tells the tabs why.
@Suite struct SupervisorTests {
    static func script(_ body: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "swiftlit-supervised-\(UUID().uuidString).sh")
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test func aCrashedAppIsRestartedWithANoticeAndANormalExitEndsIt() throws {
        let marker = FileManager.default.temporaryDirectory.appending(path: "swiftlit-marker-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marker) }
        // First start: says something, then dies of SIGILL as a Swift trap does. Second start:
        // records the notice it was given, and exits normally.
        let app = try Self.script(
            """
            if [ -f '\(marker.path)' ]; then printf '%s' "$SWIFTLIT_RESTART_NOTICE" > '\(marker.path)'; exit 0; fi
            touch '\(marker.path)'
            echo 'Fatal error: Index out of range' >&2
            kill -ILL $$
            """)
        defer { try? FileManager.default.removeItem(at: app) }
        let status = try Supervisor(app: BuiltApp(executable: app, workingDirectory: app.deletingLastPathComponent()), settings: [])
            .run()
        #expect(status == 0)
        let notice = try String(contentsOf: marker, encoding: .utf8)
        #expect(notice.contains("signal \(SIGILL)"))
        #expect(notice.contains("Fatal error: Index out of range"))
    }

    @Test func anAppThatKeepsCrashingAtStartIsGivenUpOn() throws {
        let app = try Self.script("kill -SEGV $$")
        defer { try? FileManager.default.removeItem(at: app) }
        let status = try Supervisor(app: BuiltApp(executable: app, workingDirectory: app.deletingLastPathComponent()), settings: [])
            .run()
        #expect(status == 128 + SIGSEGV)
    }

    @Test func theNoticeQuotesTheTellingLines() {
        let lines = ["starting", "Fatal error: Unexpectedly found nil", "*** Program crashed: Illegal instruction ***", "rax 0x1"]
        let notice = Supervisor.restartNotice(signal: SIGILL, lastLines: lines)
        #expect(notice.contains("a Swift runtime trap"))
        #expect(notice.contains("Unexpectedly found nil"))
        #expect(!notice.contains("rax"))
    }
}
