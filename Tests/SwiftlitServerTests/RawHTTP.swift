import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 exchange over a plain socket, with every header under the test's control
/// (`URLSession` will not send a forged `Host` or `Origin`).
struct RawHTTPResponse {
    let status: Int
    let headers: [String: String]
    /// The body as it arrived (a gzip body is not text).
    let bodyBytes: [UInt8]

    var body: String { String(decoding: bodyBytes, as: UTF8.self) }
}

enum RawHTTP {
    /// Sends `method path` with `headers` (a `Host` is added unless given) and reads the response
    /// head and whatever body arrives within a short time. Blocking I/O runs on a thread of its own.
    /// - Parameters:
    ///   - body: Bytes sent after the head, as they are (the caller sets `Content-Length`).
    ///   - endEarly: Closes the sending side after the body, as a dropped upload does.
    static func request(
        port: Int, method: String = "GET", path: String, headers: [String: String] = [:], body: [UInt8] = [],
        endEarly: Bool = false
    ) async throws -> RawHTTPResponse {
        var lines = ["\(method) \(path) HTTP/1.1"]
        var all = headers
        if all.keys.first(where: { $0.lowercased() == "host" }) == nil { all["Host"] = "127.0.0.1:\(port)" }
        all["Connection"] = all["Connection"] ?? "close"
        for (name, value) in all.sorted(by: { $0.key < $1.key }) { lines.append("\(name): \(value)") }
        let request = lines.joined(separator: "\r\n") + "\r\n\r\n"
        let bytes = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[UInt8], any Error>) in
            // A thread of its own: dispatch's workers also run Swift's task pool, which serves the server.
            Thread {
                continuation.resume(with: Result { try exchange(port: port, request: request, body: body, endEarly: endEarly) })
            }.start()
        }
        return try parse(bytes)
    }

    /// Sends `requests` (whole requests, heads and bodies, written as they are) on one connection and
    /// reads until the server closes it; throws when it is still open after the read timeout.
    static func untilClosed(port: Int, requests: String) async throws -> String {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<String, any Error>) in
            Thread {
                continuation.resume(
                    with: Result {
                        let socket = try connectedSocket(port: port, readTimeoutSeconds: 3)
                        defer { close(socket) }
                        let bytes = Array(requests.utf8)
                        guard bytes.withUnsafeBytes({ send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == bytes.count
                        else { throw TestFailure("send() failed") }
                        var received: [UInt8] = []
                        var buffer = [UInt8](repeating: 0, count: 65536)
                        while true {
                            let count = read(socket, &buffer, buffer.count)
                            if count < 0, errno == EINTR { continue }
                            if count < 0 {
                                throw TestFailure("the server kept the connection open after \(String(decoding: received, as: UTF8.self))")
                            }
                            if count == 0 { return String(decoding: received, as: UTF8.self) }
                            received += buffer[0..<count]
                        }
                    })
            }.start()
        }
    }

    /// A WebSocket upgrade request's headers, plus `extra`.
    static func upgradeHeaders(_ extra: [String: String] = [:]) -> [String: String] {
        [
            "Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        ].merging(extra) { _, new in new }
    }

    private static func exchange(port: Int, request: String, body: [UInt8] = [], endEarly: Bool = false) throws -> [UInt8] {
        let socket = try connectedSocket(port: port, readTimeoutSeconds: 2)
        defer { close(socket) }
        let bytes = Array(request.utf8) + body
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a server that closed the connection must not kill the test with SIGPIPE.
            let count = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            // The server may answer (413) and close before reading a large body: stop sending then.
            guard count > 0 else { break }
            sent += count
        }
        if endEarly { shutdown(socket, Int32(SHUT_WR)) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(socket, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                // A request with a body the server refused may be reset rather than answered.
                if count < 0, received.isEmpty, body.isEmpty { throw TestFailure("read() failed: errno \(errno)") }
                break
            }
            received += buffer[0..<count]
            // A kept-alive connection stays open: a response is complete with its Content-Length.
            if let complete = completeLength(received), received.count >= complete { break }
            // An upgraded socket stays open: the head is all there is to read.
            if let text = String(bytes: received, encoding: .utf8), text.hasPrefix("HTTP/1.1 101"), text.contains("\r\n\r\n") {
                break
            }
        }
        return received
    }

    /// A blocking TCP socket connected to the server on loopback, whose reads give up after
    /// `readTimeoutSeconds`; the caller closes it.
    static func connectedSocket(port: Int, readTimeoutSeconds: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw TestFailure("socket() failed") }
        var timeout = timeval(tv_sec: readTimeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw TestFailure("connect() failed")
        }
        return socket
    }

    /// The length of the response in `bytes` once its head is in and names a `Content-Length`.
    private static func completeLength(_ bytes: [UInt8]) -> Int? {
        guard let end = headEnd(bytes) else { return nil }
        let head = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return nil }
        return end + 4 + length
    }

    /// Where the blank line after the response head starts.
    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        let separator: [UInt8] = [13, 10, 13, 10]
        return (0...max(0, bytes.count - 4)).first { bytes[$0..<min($0 + 4, bytes.count)].elementsEqual(separator) }
    }

    private static func parse(_ bytes: [UInt8]) throws -> RawHTTPResponse {
        // A server that drops the connection answers nothing.
        if bytes.isEmpty { return RawHTTPResponse(status: 0, headers: [:], bodyBytes: []) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let end = headEnd(bytes) else { throw TestFailure("no response head in \(text.debugDescription)") }
        let head = String(decoding: bytes[..<end], as: UTF8.self).split(separator: "\r\n").map(String.init)
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw TestFailure("no status line in \(text.debugDescription)")
        }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return RawHTTPResponse(status: status, headers: headers, bodyBytes: Array(bytes[(end + 4)...]))
    }
}
