/// Whose bucket a call draws from: a session (made by the runtime, which nobody can forge or
/// reset from the browser) or a name the app chooses, such as a signed-in user's id.
public struct RateLimitKey: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String

    /// A bucket named `rawValue`: calls with equal keys share one bucket.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
}
