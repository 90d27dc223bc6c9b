import Foundation
import SwiftlitRuntime
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The stream's own WebSocket frame layer (``StreamFrameHandler``), byte by byte over a plain
/// socket: what a browser's WebSocket never sends, and what it sends that a library client hides.
@Suite struct FrameLayerTests {
    static let app: AppBody = { st in st.text("ready") }

    @Test func aFragmentedHelloIsJoinedAndPingsAndClosesAreAnswered() async throws {
        try await withServer(app: Self.app) { port in
            try await RawWebSocket.converse(port: port) { socket in
                let hello = Array(#"{"type":"hello","protocol":2,"widgets":{}}"#.utf8)
                try socket.send(opcode: 0x1, fin: false, payload: Array(hello[..<10]))
                try socket.send(opcode: 0x0, fin: true, payload: Array(hello[10...]))
                var texts: [String] = []
                while !texts.contains(where: { $0.contains(#""runFinished""#) }) {
                    let frame = try socket.readFrame()
                    #expect(frame.opcode == 0x1)
                    texts.append(String(decoding: frame.payload, as: UTF8.self))
                }
                #expect(texts.first?.contains(#""type":"session""#) == true)
                #expect(texts.contains { $0.contains("ready") })
                try socket.send(opcode: 0x9, payload: Array("are you there".utf8))
                let pong = try socket.readFrame()
                #expect(pong.opcode == 0xA)
                #expect(pong.payload == Array("are you there".utf8))
                try socket.send(opcode: 0x8, payload: [0x03, 0xE8])
                let close = try socket.readFrame()
                #expect(close.opcode == 0x8)
                #expect(close.closeCode == 1000)
                #expect(socket.isClosedByPeer())
            }
        }
    }

    @Test func anUnmaskedFrameIsAProtocolError() async throws {
        try await withServer(app: Self.app) { port in
            try await RawWebSocket.converse(port: port) { socket in
                try socket.send(opcode: 0x1, payload: Array(#"{"type":"hello","protocol":2,"widgets":{}}"#.utf8), masked: false)
                let close = try socket.readFrame()
                #expect(close.opcode == 0x8)
                #expect(close.closeCode == 1002)
                try socket.send(opcode: 0x8, payload: [0x03, 0xEA])
                #expect(socket.isClosedByPeer())
            }
        }
    }

    @Test func textThatIsNotUTF8ClosesWith1007AndTheServerGoesOn() async throws {
        try await withServer(app: Self.app) { port in
            try await RawWebSocket.converse(port: port) { socket in
                try socket.send(opcode: 0x1, payload: [0x7B, 0xC3, 0x28, 0x7D])
                let close = try socket.readFrame()
                #expect(close.opcode == 0x8)
                #expect(close.closeCode == 1007)
            }
            try await converse(port: port) { conversation throws in
                #expect(renderedTexts(try await conversation.open()).contains("ready"))
            }
        }
    }
}

/// A WebSocket spoken by hand over a blocking socket with a 3-second read timeout.
final class RawWebSocket {
    struct Frame {
        let opcode: UInt8
        let payload: [UInt8]
        var closeCode: Int? { payload.count >= 2 ? Int(payload[0]) << 8 | Int(payload[1]) : nil }
    }

    private let socket: Int32
    private var buffer: [UInt8] = []

    private init(socket: Int32) { self.socket = socket }

    deinit { close(socket) }

    /// Upgrades a connection and runs `body` with it on a thread of its own: its reads block, and
    /// Swift's task pool, which they would hold, also serves the server.
    static func converse(port: Int, _ body: @escaping @Sendable (RawWebSocket) throws -> Void) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread { continuation.resume(with: Result { try body(try open(port: port)) }) }.start()
        }
    }

    /// Connects and upgrades; what follows the 101 response's head stays buffered.
    private static func open(port: Int) throws -> RawWebSocket {
        let ws = RawWebSocket(socket: try RawHTTP.connectedSocket(port: port, readTimeoutSeconds: 3))
        var head = "GET /_stcore/stream HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in RawHTTP.upgradeHeaders() { head += "\(name): \(value)\r\n" }
        try ws.write(Array((head + "\r\n").utf8))
        let separator: [UInt8] = [13, 10, 13, 10]
        while true {
            if let end = ws.buffer.indices.dropLast(3).first(where: { ws.buffer[$0..<$0 + 4].elementsEqual(separator) }) {
                let status = String(decoding: ws.buffer[..<end], as: UTF8.self)
                guard status.hasPrefix("HTTP/1.1 101") else { throw TestFailure("no upgrade: \(status)") }
                ws.buffer.removeFirst(end + 4)
                return ws
            }
            guard try ws.fill() else { throw TestFailure("the server closed during the upgrade") }
        }
    }

    /// Sends one frame, masked as a browser masks unless `masked` is false.
    func send(opcode: UInt8, fin: Bool = true, payload: [UInt8], masked: Bool = true) throws {
        var bytes: [UInt8] = [(fin ? 0x80 : 0) | opcode]
        let maskBit: UInt8 = masked ? 0x80 : 0
        if payload.count < 126 {
            bytes.append(maskBit | UInt8(payload.count))
        } else {
            bytes += [maskBit | 126, UInt8(payload.count >> 8), UInt8(payload.count & 0xFF)]
        }
        if masked {
            let key: [UInt8] = [0x12, 0x34, 0x56, 0x78]
            bytes += key
            bytes += payload.enumerated().map { $0.element ^ key[$0.offset % 4] }
        } else {
            bytes += payload
        }
        try write(bytes)
    }

    /// The next frame from the server (never masked).
    func readFrame() throws -> Frame {
        while true {
            if let (start, length) = payloadBounds(), buffer.count >= start + length {
                let frame = Frame(opcode: buffer[0] & 0x0F, payload: Array(buffer[start..<start + length]))
                buffer.removeFirst(start + length)
                return frame
            }
            guard try fill() else { throw TestFailure("the server closed the socket before a whole frame") }
        }
    }

    /// Where the buffered frame's payload starts and how long it is, once its header is in.
    private func payloadBounds() -> (start: Int, length: Int)? {
        guard buffer.count >= 2 else { return nil }
        switch buffer[1] & 0x7F {
        case 126:
            guard buffer.count >= 4 else { return nil }
            return (4, Int(buffer[2]) << 8 | Int(buffer[3]))
        case 127:
            guard buffer.count >= 10 else { return nil }
            return (10, buffer[2..<10].reduce(0) { $0 << 8 | Int($1) })
        case let length:
            return (2, Int(length))
        }
    }

    /// Whether the server closes the socket (within the read timeout) with nothing more to read.
    func isClosedByPeer() -> Bool {
        (try? fill()) == false && buffer.isEmpty
    }

    /// Reads what arrives; `false` at the end of the stream.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(socket, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw TestFailure("read() failed: errno \(errno)") }
            buffer += chunk[0..<count]
            return count > 0
        }
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw TestFailure("send() failed: errno \(errno)") }
            sent += count
        }
    }
}
