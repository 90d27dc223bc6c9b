import Foundation
import Logging
import SwiftlitProtocol
import SwiftlitRuntime
import SwiftlitServer
import Synchronization
import Testing

/// `_stcore/upload`: files for upload widgets, streamed into their session's store, with the
/// session's token, within the widget's rules, for that session only.
@Suite struct UploadRouteTests {
    static let app: AppBody = { st in
        if st.checkbox("Hide the uploader") { return }
        let files = st.fileUploader("Data", type: ["csv"], acceptMultipleFiles: true)
        for file in files { st.text("\(file.name) \(file.size) \(file.type) \(file.text ?? "")") }
    }

    static let widget = "fileUploader:Data"

    /// A server on a free loopback port, with its registry for looking into the session stores.
    func withUploadServer(
        _ configure: @escaping (inout SwiftlitConfiguration) -> Void = { _ in },
        _ body: @Sendable (Int, SessionRegistry) async throws -> Void
    ) async throws {
        try await withServer(configure, app: Self.app, timeout: .seconds(30), body)
    }

    /// Opens a session: its id and upload token, after its first run.
    static func openSession(_ conversation: inout Conversation) async throws -> ServerMessage.SessionInfo {
        try await conversation.send(hello)
        guard case .session(let info) = try await conversation.receive() else { throw TestFailure("no session message") }
        _ = try await conversation.receiveRun()
        return info
    }

    /// PUTs `body` as file `name` to the widget of `session`.
    static func put(
        port: Int, session: String, widget: String = widget, name: String, body: [UInt8], token: String?,
        headers: [String: String] = [:], contentLength: Int? = nil, endEarly: Bool = false
    ) async throws -> RawHTTPResponse {
        var all = headers
        all["Content-Length"] = String(contentLength ?? body.count)
        all["Content-Type"] = all["Content-Type"] ?? "text/csv"
        if let token { all["X-Xsrftoken"] = token }
        // Kept alive, as a browser's: the server answers a refusal before the body, then reads the
        // body to its end; a closing connection would be reset with the body unread.
        all["Connection"] = all["Connection"] ?? "keep-alive"
        let query = "widget=\(Self.encoded(widget))&name=\(Self.encoded(name))"
        return try await RawHTTP.request(
            port: port, method: "PUT", path: "/_stcore/upload/\(session)?\(query)", headers: all, body: body,
            endEarly: endEarly)
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    static func stored(_ response: RawHTTPResponse) throws -> UploadedFileInfo {
        try JSONDecoder().decode(UploadedFileInfo.self, from: Data(response.body.utf8))
    }

    static func rerun(_ values: [String: String]) -> String {
        let widgets = values.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",")
        return #"{"type":"rerun","widgets":{"# + widgets + "}}"
    }

    @Test func anAcceptedUploadReachesTheAppWithTheRecordedNameSizeAndType() async throws {
        try await withUploadServer { port, registry in
            try await converse(port: port) { conversation in
                let info = try await Self.openSession(&conversation)
                let token = try #require(info.uploadToken)
                let response = try await Self.put(
                    port: port, session: info.sessionId, name: "folder/sales.csv", body: Array("a,b\n1,2\n".utf8),
                    token: token)
                #expect(response.status == 201)
                let file = try Self.stored(response)
                #expect(file.name == "sales.csv", "the server keeps no folders of a name")
                #expect(file.size == 8)
                #expect(file.type == "text/csv")
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                #expect(store.fileCount == 1)
                try await conversation.send(Self.rerun([Self.widget: "[\"\(file.id)\"]"]))
                let texts = renderedTexts(try await conversation.receiveRun())
                #expect(texts.contains("sales.csv 8 text/csv a,b\n1,2\n"))
            }
        }
    }

    @Test func theRouteLivesUnderTheBasePath() async throws {
        try await withUploadServer({ $0.baseUrlPath = "apps/demo" }) { port, registry in
            try await converse(port: port, path: "apps/demo/_stcore/stream") { conversation in
                let info = try await Self.openSession(&conversation)
                let query = "widget=\(Self.encoded(Self.widget))&name=a.csv"
                let headers = ["X-Xsrftoken": info.uploadToken ?? "", "Content-Length": "2", "Connection": "keep-alive"]
                let under = try await RawHTTP.request(
                    port: port, method: "PUT", path: "/apps/demo/_stcore/upload/\(info.sessionId)?\(query)",
                    headers: headers, body: Array("x\n".utf8))
                #expect(under.status == 201)
                let outside = try await RawHTTP.request(
                    port: port, method: "PUT", path: "/_stcore/upload/\(info.sessionId)?\(query)", headers: headers,
                    body: Array("x\n".utf8))
                #expect(outside.status == 404)
                #expect(try #require(await registry.uploadTarget(session: info.sessionId)).store.fileCount == 1)
            }
        }
    }

    @Test func aFileOverTheLimitIs413AndNothingIsStored() async throws {
        try await withUploadServer({ $0.maxUploadSizeMB = 1 }) { port, registry in
            try await converse(port: port) { conversation in
                let info = try await Self.openSession(&conversation)
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                let exact = try await Self.put(
                    port: port, session: info.sessionId, name: "exact.csv", body: [UInt8](repeating: 65, count: 1_048_576),
                    token: info.uploadToken)
                #expect(exact.status == 201, "exactly the limit is accepted")
                let over = try await Self.put(
                    port: port, session: info.sessionId, name: "big.csv",
                    body: [UInt8](repeating: 65, count: 1_048_577), token: info.uploadToken)
                #expect(over.status == 413)
                #expect(over.body.contains("larger than 1 MB"))
                // Without a Content-Length the limit holds while the body streams in.
                let chunked = try await RawHTTP.request(
                    port: port, method: "PUT",
                    path: "/_stcore/upload/\(info.sessionId)?widget=\(Self.encoded(Self.widget))&name=c.csv",
                    headers: [
                        "X-Xsrftoken": info.uploadToken ?? "", "Transfer-Encoding": "chunked", "Connection": "keep-alive",
                    ],
                    body: Self.chunked([UInt8](repeating: 66, count: 1_100_000)))
                #expect(chunked.status == 413)
                #expect(store.fileCount == 1)
                #expect(store.byteCount == 1_048_576)
            }
        }
    }

    /// A body in chunked transfer encoding, in 64 KB chunks.
    static func chunked(_ body: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var start = 0
        while start < body.count {
            let end = min(start + 65536, body.count)
            result += Array("\(String(end - start, radix: 16))\r\n".utf8) + body[start..<end] + Array("\r\n".utf8)
            start = end
        }
        return result + Array("0\r\n\r\n".utf8)
    }

    @Test func aTruncatedUploadStoresNothing() async throws {
        try await withUploadServer { port, registry in
            try await converse(port: port) { conversation in
                let info = try await Self.openSession(&conversation)
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                let dropped = try await Self.put(
                    port: port, session: info.sessionId, name: "cut.csv", body: [UInt8](repeating: 65, count: 5000),
                    token: info.uploadToken, contentLength: 100_000, endEarly: true)
                #expect(dropped.status != 201)
                #expect(store.fileCount == 0)
                // The session and its store still work.
                let whole = try await Self.put(
                    port: port, session: info.sessionId, name: "ok.csv", body: Array("x\n".utf8), token: info.uploadToken)
                #expect(whole.status == 201)
                #expect(store.fileCount == 1)
            }
        }
    }

    @Test func aMissingOrWrongTokenOrAForeignOriginIs403() async throws {
        try await withUploadServer { port, registry in
            try await converse(port: port) { conversation in
                let info = try await Self.openSession(&conversation)
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                let body = Array("x\n".utf8)
                #expect(try await Self.put(port: port, session: info.sessionId, name: "a.csv", body: body, token: nil).status == 403)
                #expect(try await Self.put(port: port, session: info.sessionId, name: "a.csv", body: body, token: "0" + (info.uploadToken ?? "")).status == 403)
                #expect(try await Self.put(port: port, session: info.sessionId, name: "a.csv", body: body, token: info.sessionId).status == 403, "the session id is not the token")
                let foreign = try await Self.put(
                    port: port, session: info.sessionId, name: "a.csv", body: body, token: info.uploadToken,
                    headers: ["Origin": "https://evil.example"])
                #expect(foreign.status == 403)
                let own = try await Self.put(
                    port: port, session: info.sessionId, name: "a.csv", body: body, token: info.uploadToken,
                    headers: ["Origin": "http://127.0.0.1:\(port)"])
                #expect(own.status == 201)
                #expect(store.fileCount == 1)
            }
        }
    }

    @Test func aForgedSessionOrWidgetAndAWrongTypeAreRefused() async throws {
        try await withUploadServer { port, registry in
            try await converse(port: port) { conversation in
                let info = try await Self.openSession(&conversation)
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                let body = Array("x\n".utf8)
                let forgedSession = try await Self.put(
                    port: port, session: "0123456789abcdef0123456789abcdef", name: "a.csv", body: body, token: info.uploadToken)
                #expect(forgedSession.status == 404)
                let forgedWidget = try await Self.put(
                    port: port, session: info.sessionId, widget: "fileUploader:Nope", name: "a.csv", body: body,
                    token: info.uploadToken)
                #expect(forgedWidget.status == 404)
                let otherKind = try await Self.put(
                    port: port, session: info.sessionId, widget: "checkbox:Hide the uploader", name: "a.csv", body: body,
                    token: info.uploadToken)
                #expect(otherKind.status == 404, "a checkbox takes no uploads")
                let wrongType = try await Self.put(
                    port: port, session: info.sessionId, name: "evil.exe", body: body, token: info.uploadToken,
                    headers: ["Content-Type": "text/csv"])
                #expect(wrongType.status == 415)
                #expect(wrongType.body.contains("evil.exe"))
                let noName = try await Self.put(port: port, session: info.sessionId, name: "", body: body, token: info.uploadToken)
                #expect(noName.status == 400)
                #expect(store.fileCount == 0)
            }
        }
    }

    @Test func anotherSessionCanNeitherReadNorUploadToIt() async throws {
        try await withUploadServer { port, registry in
            try await converse(port: port) { first in
                let a = try await Self.openSession(&first)
                let upload = try await Self.put(
                    port: port, session: a.sessionId, name: "secret.csv", body: Array("s\n".utf8), token: a.uploadToken)
                let file = try Self.stored(upload)
                try await converse(port: port) { second in
                    let b = try await Self.openSession(&second)
                    #expect(b.uploadToken != a.uploadToken)
                    // B's token does not open A's store.
                    let crossed = try await Self.put(
                        port: port, session: a.sessionId, name: "x.csv", body: Array("x\n".utf8), token: b.uploadToken)
                    #expect(crossed.status == 403)
                    // A's file id in B's widget value is a forged value: refused, and the app sees no file.
                    try await second.send(Self.rerun([Self.widget: "[\"\(file.id)\"]"]))
                    var messages: [ServerMessage] = []
                    var error: ProtocolErrorMessage?
                    while true {
                        let message = try await second.receive()
                        messages.append(message)
                        if case .error(let refusal) = message { error = refusal }
                        if case .runFinished(let finished) = message, finished.status != .interrupted { break }
                    }
                    #expect(error?.code == .invalidWidgetValue)
                    #expect(!renderedTexts(messages).contains { $0.contains("secret.csv") })
                    let storeB = try #require(await registry.uploadTarget(session: b.sessionId)).store
                    #expect(storeB.fileCount == 0)
                }
                let storeA = try #require(await registry.uploadTarget(session: a.sessionId)).store
                #expect(storeA.fileCount == 1, "A's file is untouched")
            }
        }
    }

    @Test func filesAreReleasedOnRemovalClearWidgetRemovalAndSessionEnd() async throws {
        try await withUploadServer({ $0.disconnectedSessionTTLSeconds = 0 }) { port, registry in
            let kept = Mutex<UploadStore?>(nil)
            try await converse(port: port) { conversation in
                let info = try await Self.openSession(&conversation)
                let store = try #require(await registry.uploadTarget(session: info.sessionId)).store
                var ids: [String] = []
                for name in ["a.csv", "b.csv", "c.csv"] {
                    let response = try await Self.put(
                        port: port, session: info.sessionId, name: name, body: Array("x\n".utf8), token: info.uploadToken)
                    ids.append(try Self.stored(response).id)
                }
                #expect(store.fileCount == 3)
                // DELETE releases one file.
                let delete = try await RawHTTP.request(
                    port: port, method: "DELETE",
                    path: "/_stcore/upload/\(info.sessionId)/\(ids[2])?widget=\(Self.encoded(Self.widget))",
                    headers: ["X-Xsrftoken": info.uploadToken ?? ""])
                #expect(delete.status == 204)
                #expect(store.fileCount == 2)
                // The value lists two; removing one from the value releases it.
                try await conversation.send(Self.rerun([Self.widget: "[\"\(ids[0])\",\"\(ids[1])\"]"]))
                _ = try await conversation.receiveRun()
                let listed = try await RawHTTP.request(
                    port: port, method: "DELETE",
                    path: "/_stcore/upload/\(info.sessionId)/\(ids[0])?widget=\(Self.encoded(Self.widget))",
                    headers: ["X-Xsrftoken": info.uploadToken ?? ""])
                #expect(listed.status == 409, "a file the value lists goes with a value that does not")
                let forged = try await RawHTTP.request(
                    port: port, method: "DELETE",
                    path: "/_stcore/upload/\(info.sessionId)/\(ids[0])?widget=\(Self.encoded(Self.widget))")
                #expect(forged.status == 403, "a DELETE needs the token too")
                #expect(store.fileCount == 2)
                try await conversation.send(Self.rerun([Self.widget: "[\"\(ids[1])\"]"]))
                _ = try await conversation.receiveRun()
                #expect(store.fileCount == 1)
                // Clearing the widget releases the rest.
                try await conversation.send(Self.rerun([Self.widget: "[]"]))
                _ = try await conversation.receiveRun()
                #expect(store.fileCount == 0)
                // A widget that leaves the page takes its files and its slot with it.
                let last = try await Self.put(
                    port: port, session: info.sessionId, name: "d.csv", body: Array("x\n".utf8), token: info.uploadToken)
                #expect(last.status == 201)
                try await conversation.send(Self.rerun(["checkbox:Hide the uploader": "true"]))
                _ = try await conversation.receiveRun()
                #expect(store.fileCount == 0)
                let gone = try await Self.put(
                    port: port, session: info.sessionId, name: "e.csv", body: Array("x\n".utf8), token: info.uploadToken)
                #expect(gone.status == 404)
                // Back on the page: uploads are taken again, and held until the session ends.
                try await conversation.send(Self.rerun(["checkbox:Hide the uploader": "false"]))
                _ = try await conversation.receiveRun()
                let again = try await Self.put(
                    port: port, session: info.sessionId, name: "f.csv", body: Array("x\n".utf8), token: info.uploadToken)
                #expect(again.status == 201)
                #expect(store.fileCount == 1)
                kept.withLock { $0 = store }
            }
            // The tab closed; with no time to reconnect, the session ends and its files go.
            for _ in 0..<200 where await registry.count > 0 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(await registry.count == 0)
            #expect(kept.withLock { $0?.fileCount } == 0)
        }
    }
}
