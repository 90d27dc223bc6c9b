import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftlitProtocol
import SwiftlitRuntime
import Synchronization
import Testing

/// Two servers sharing one session storage, as two replicas behind a load balancer: an upload or
/// a table download reaches only the replica the session's browser is attached to (the other says
/// "not found", so the balancer tries the next); the upload is kept in the storage before the
/// browser hears of it, so the replica the session moves to reads the file; a file the session
/// releases leaves the storage.
@Suite struct ReplicaRoutesTests {
    static let app: AppBody = { st in
        let files = st.fileUploader("Data", type: ["csv"], acceptMultipleFiles: true)
        for file in files { st.text("\(file.name) \(file.text ?? "")") }
        st.dataframe(Table([Table.Column("n", [1, 2])]))
    }

    static let widget = UploadRouteTests.widget

    static func status(_ url: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: try #require(URL(string: url)))
        return try #require(response as? HTTPURLResponse).statusCode
    }

    /// Polls `condition` every 5 ms for at most five seconds.
    static func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(5)
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw TestFailure("never: \(what)") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    @Test func uploadsAndDownloadsGoToTheReplicaHoldingTheSessionAndUploadsMoveWithIt() async throws {
        let storage = InMemorySessionStorage()
        try await withServer(app: Self.app, timeout: .seconds(30), sessionStorage: storage) { portA, _ in
            try await withServer(app: Self.app, timeout: .seconds(30), sessionStorage: storage) { portB, _ in
                let moved = Mutex<(session: String, file: String)>(("", ""))
                _ = try await converse(port: portA) { conversation in
                    try await conversation.send(hello)
                    guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session") }
                    let session = info.sessionId
                    let table = try #require(HostileInputTests.tableID(in: try await conversation.receiveRun()))
                    let csv = "/_stcore/table.csv?session=\(session)&table=\(table)"
                    #expect(try await Self.status("http://127.0.0.1:\(portB)\(csv)") == 404, "B does not serve A's session")
                    #expect(try await Self.status("http://127.0.0.1:\(portA)\(csv)") == 200)

                    let body = Array("x\n".utf8)
                    let elsewhere = try await UploadRouteTests.put(
                        port: portB, session: session, name: "a.csv", body: body, token: info.uploadToken)
                    #expect(elsewhere.status == 404)
                    let response = try await UploadRouteTests.put(
                        port: portA, session: session, name: "a.csv", body: body, token: info.uploadToken)
                    #expect(response.status == 201)
                    let file = try UploadRouteTests.stored(response)
                    let kept = await storage.uploads(session: session)
                    #expect(kept.map(\.file.id) == [file.id], "kept before the browser heard of it")
                    #expect(kept.first?.widget.rawValue == Self.widget)

                    try await conversation.send(UploadRouteTests.rerun([Self.widget: "[\"\(file.id)\"]"]))
                    #expect(renderedTexts(try await conversation.receiveRun()).contains("a.csv x\n"))
                    try await Self.eventually("the run's save lists the file") {
                        await storage.load(session: session)?.widgets[WidgetID(rawValue: Self.widget)]
                            == .list([.string(file.id)])
                    }
                    moved.withLock { $0 = (session, file.id) }
                }
                let (session, fileID) = moved.withLock { $0 }

                // The browser reconnects through the balancer and reaches B, which has never held
                // the session: the file comes from the storage.
                _ = try await converse(port: portB) { conversation in
                    try await conversation.send(
                        #"{"type":"hello","protocol":2,"sessionId":"\#(session)","widgets":{"\#(Self.widget)":["\#(fileID)"]}}"#)
                    guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session") }
                    #expect(info.resumed == true)
                    #expect(renderedTexts(try await conversation.receiveRun()).contains("a.csv x\n"))

                    // A keeps a disconnected copy for a while; it no longer takes the session's uploads.
                    let stale = try await UploadRouteTests.put(
                        port: portA, session: session, name: "b.csv", body: Array("y\n".utf8), token: info.uploadToken)
                    #expect(stale.status == 404)

                    try await conversation.send(UploadRouteTests.rerun([Self.widget: "[]"]))
                    #expect(!renderedTexts(try await conversation.receiveRun()).contains("a.csv x\n"))
                    try await Self.eventually("the released file leaves the storage") {
                        await storage.uploads(session: session).isEmpty
                    }
                }
            }
        }
    }
}
