/// An API key that never shows itself: `print`, `dump`, interpolation and debug descriptions
/// all give `••••`, so a key cannot reach a log or a page by accident.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key itself, for the `Authorization` header.
    let value: String

    /// A key.
    public init(_ value: String) { self.value = value }

    /// `••••`.
    public var description: String { "••••" }
    /// `••••`.
    public var debugDescription: String { "••••" }
    /// No children, so `dump` shows nothing of the key.
    public var customMirror: Mirror { Mirror(self, children: []) }
}
