import SwiftlitProtocol

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

extension ElementWidth {
    /// `nil` when this is `standard`, the width a widget has without one: default widths cost no bytes.
    func unless(_ standard: ElementWidth) -> ElementWidth? { self == standard ? nil : self }

    /// A widget's two wire fields for this width.
    var widgetWire: (mode: WidthMode?, points: Int?) {
        switch self {
        case .stretch: (.stretch, nil)
        case .content: (.content, nil)
        case .points(let points): (nil, max(1, points))
        }
    }
}
