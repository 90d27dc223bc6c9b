import SwiftlitProtocol

/// The developer notices a tab that opens now must see: what it missed while it was away.
struct StandingNotices: Sendable {
    /// How long after a restart a reconnecting tab is told about it: browsers come back within
    /// seconds, and a tab opened later did not see the crash.
    static let restartNoticeLifetime = Duration.seconds(30)

    private var restart: (notice: DeveloperNotice, until: Duration)?
    private var compileError: DeveloperNotice?

    mutating func record(_ notice: DeveloperNotice, now: Duration) {
        switch notice.kind {
        case .restarted: restart = (notice, now + Self.restartNoticeLifetime)
        case .compileError: compileError = notice
        case .compileFixed: compileError = nil
        }
    }

    func current(now: Duration) -> [DeveloperNotice] {
        var notices: [DeveloperNotice] = []
        if let restart, now < restart.until { notices.append(restart.notice) }
        if let compileError { notices.append(compileError) }
        return notices
    }
}
