import Foundation
import SwiftlitServer

/// Notices from the `swiftlit run` that supervises this app, one JSON ``DeveloperNotice`` per line
/// on standard input (a package rebuilt after a save: its compile errors, then their fix), shown
/// in every tab.
enum SupervisorNotices {
    /// Set by `swiftlit run` when it writes notices to the app's standard input.
    static let variable = "SWIFTLIT_NOTICES_ON_STDIN"

    /// Reads notices until standard input closes, on a thread of its own (reading blocks).
    static func follow(into registry: SessionRegistry) {
        let thread = Thread {
            let decoder = JSONDecoder()
            while let line = readLine() {
                do {
                    let notice = try decoder.decode(DeveloperNotice.self, from: Data(line.utf8))
                    Task { await registry.announce(notice) }
                } catch {
                    FileHandle.standardError.write(Data("swiftlit: ignored a notice from swiftlit run: \(error)\n".utf8))
                }
            }
        }
        thread.start()
    }
}
