/// How wide an element is.
public enum ElementWidth: Sendable, Hashable {
    /// As wide as its container.
    case stretch
    /// As wide as its content needs, up to its container's width.
    case content
    /// A fixed width in points.
    case points(Int)
}
