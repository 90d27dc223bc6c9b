import Foundation
import HummingbirdWSClient
import SwiftlitProtocol
import SwiftlitRuntime
import Testing

/// A reload (F5) and a duplicated tab over real sockets: the reloaded page's hello may reach the
/// server before the old page's socket has closed, and must still resume the session; a duplicated
/// tab names the same session while the original stays open, and must get one of its own.
@Suite struct ReloadTests {
    static let visits: AppBody = { st in
        st.session["visits", default: 0] += 1
        st.text("visit \(st.session["visits", default: 0])")
    }

    static func helloResuming(_ id: String) -> String {
        #"{"type":"hello","protocol":2,"sessionId":"\#(id)","widgets":{}}"#
    }

    /// Waits until `registry` holds a hello waiting for a session's old socket to close; fails
    /// after five seconds.
    static func untilAHelloWaits(in registry: SessionRegistry) async throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while await registry.waitingForDetach == 0 {
            guard ContinuousClock.now < deadline else { throw TestFailure("no hello waited for the old socket") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test func aReloadWhoseHelloOutrunsTheOldSocketsCloseResumesTheSession() async throws {
        try await withServer(app: Self.visits) { port, registry in
            let (ids, idSink) = AsyncStream<String>.makeStream()
            let (release, releaseSink) = AsyncStream<Void>.makeStream()
            async let oldPage = converse(port: port) { conversation in
                try await conversation.send(hello)
                guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session") }
                #expect(renderedTexts(try await conversation.receiveRun()) == ["visit 1"])
                idSink.yield(info.sessionId)
                var released = release.makeAsyncIterator()
                _ = await released.next()
                // Returning closes the socket, as the old page's unload does.
            }
            var idIterator = ids.makeAsyncIterator()
            guard let id = await idIterator.next() else { throw TestFailure("the old page got no session") }
            try await converse(port: port) { conversation in
                try await conversation.send(Self.helloResuming(id))
                // The server has the new page's hello while the old page is still attached.
                try await Self.untilAHelloWaits(in: registry)
                releaseSink.yield()
                guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session") }
                #expect(info.resumed)
                #expect(info.sessionId == id)
                #expect(info.expired == nil)
                #expect(renderedTexts(try await conversation.receiveRun()) == ["visit 2"], "st.session was kept")
            }
            _ = try await oldPage
        }
    }

    @Test func aDuplicatedTabGetsANewSessionWhileTheOriginalKeepsItsOwn() async throws {
        try await withServer(app: Self.visits) { port, registry in
            try await converse(port: port) { original in
                try await original.send(hello)
                guard case .session(let info) = try await original.receive() else { throw TestFailure("no session") }
                _ = try await original.receiveRun()
                let id = info.sessionId
                try await converse(port: port) { duplicate in
                    try await duplicate.send(Self.helloResuming(id))
                    guard case .session(let copy) = try await duplicate.receive() else { throw TestFailure("no session") }
                    #expect(!copy.resumed)
                    #expect(copy.sessionId != id)
                    #expect(copy.expired == nil)
                    #expect(renderedTexts(try await duplicate.receiveRun()) == ["visit 1"])
                }
                #expect(await registry.waitingForDetach == 0)
                // The original tab still drives its own session.
                try await original.send(#"{"type":"rerun","widgets":{}}"#)
                #expect(renderedTexts(try await original.receiveRun()) == ["visit 2"])
            }
        }
    }
}
