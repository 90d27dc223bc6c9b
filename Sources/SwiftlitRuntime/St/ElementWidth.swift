/// How wide an element is.
public enum ElementWidth: Sendable, Hashable {
    /// As wide as its container.
    case stretch
    /// As wide as its content needs, up to its container's width.
    case content
    /// A fixed width in points.
    case points(Int)
}

extension ElementWidth {
    /// The wire's two fields for this width: a fixed width in points, or `fitContent`; neither for
    /// `.stretch`.
    var wire: (points: Int?, fitContent: Bool?) {
        switch self {
        case .stretch: (nil, nil)
        case .content: (nil, true)
        case .points(let points): (max(0, points), nil)
        }
    }
}
