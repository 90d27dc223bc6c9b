import NIOCore
import NIOHTTP1
import SwiftlitProtocol
import SwiftlitRuntime

/// What the WebSocket upgrade request tells of the browser: its headers and the address it came
/// from. With a `hello`'s report it becomes the ``ConnectionInfo`` that `st.context` reads.
struct UpgradeFacts: Sendable {
    let headers: RequestHeaders
    /// The peer's IP address: the browser's, or the last proxy's (see `BrowserContext.ipAddress`).
    let remoteAddress: String?

    init(head: HTTPRequestHead, remote: SocketAddress?) {
        headers = RequestHeaders(head.headers.map { RequestHeaders.Field(name: $0.name, value: $0.value) })
        remoteAddress = remote?.ipAddress
    }

    /// The connection as a session sees it once the browser said `hello`.
    func connection(for hello: ClientMessage.Hello) -> ConnectionInfo {
        ConnectionInfo(
            headers: headers, remoteAddress: remoteAddress, browser: hello.browser ?? BrowserInfo(),
            localStorage: hello.localStorage ?? [:])
    }
}
