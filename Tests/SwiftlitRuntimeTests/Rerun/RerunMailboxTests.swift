@testable import SwiftlitRuntime
import SwiftlitProtocol
import Testing

@Suite struct RerunMailboxTests {
    let first = RerunRequest(widgets: ["slider:n": .number(1)], triggers: ["button:a"])
    let second = RerunRequest(widgets: ["slider:n": .number(2), "checkbox:c": .bool(true)], triggers: ["button:b"])

    @Test func startsWhenIdle() {
        var mailbox = RerunMailbox()
        #expect(mailbox.submit(first) == .start(first))
        #expect(mailbox.isRunning)
    }

    @Test func interruptsAndQueuesWhileRunning() {
        var mailbox = RerunMailbox()
        _ = mailbox.submit(first)
        #expect(mailbox.submit(second) == .interruptCurrent)
        #expect(mailbox.runEnded() == .start(second))
        #expect(mailbox.runEnded() == .none)
        #expect(!mailbox.isRunning)
    }

    @Test func mergesPendingRequestsWithoutLosingClicks() {
        var mailbox = RerunMailbox()
        _ = mailbox.submit(RerunRequest())
        _ = mailbox.submit(first)
        _ = mailbox.submit(second)
        guard case .start(let merged) = mailbox.runEnded() else {
            Issue.record("expected a start")
            return
        }
        #expect(merged.widgets == ["slider:n": .number(2), "checkbox:c": .bool(true)])
        #expect(merged.triggers == ["button:a", "button:b"])
    }
}
