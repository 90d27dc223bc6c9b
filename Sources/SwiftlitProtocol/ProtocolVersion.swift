/// The version of the wire protocol between the browser client and the server.
///
/// The client states its version in ``ClientMessage/hello(_:)``; the server refuses any other
/// with ``ProtocolErrorCode/unsupportedProtocol``. Bump it whenever a message, field or element
/// kind changes meaning, and record the change in `docs/protocol.md`.
public enum ProtocolVersion {
    /// The version this build speaks.
    public static let current = 2
}
