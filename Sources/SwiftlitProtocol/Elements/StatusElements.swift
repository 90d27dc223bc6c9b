/// `spinner`: shown while a block of work runs.
public struct SpinnerElement: Hashable, Sendable, Codable {
    public var text: String

    public init(text: String) { self.text = text }
}

/// `progress`: a bar from 0 to 1.
public struct ProgressElement: Hashable, Sendable, Codable {
    /// From 0 (empty) to 1 (full).
    public var value: Double
    /// Markdown shown above the bar, rendered to HTML.
    public var html: String?

    public init(value: Double, html: String?) {
        self.value = value
        self.html = html
    }
}

/// `toast`: a short notice that floats in a corner and goes away by itself.
public struct ToastElement: Hashable, Sendable, Codable {
    public var html: String
    public var icon: String?
    /// Differs per call, so that the same text toasts again.
    public var nonce: Int

    public init(html: String, icon: String?, nonce: Int) {
        self.html = html
        self.icon = icon
        self.nonce = nonce
    }
}

extension ToastElement: WireFieldConstraints {
    /// The nonce counts calls within a run: never negative.
    public static let wireFieldConstraints: [String: WireConstraint] = ["nonce": .nonNegative]
}

/// The animation of a celebration.
public enum CelebrationKind: String, Hashable, Sendable, Codable, WireEnum {
    case balloons, snow
}

/// `balloons` and `snow`: a full-page animation, once.
public struct CelebrationElement: Hashable, Sendable, Codable {
    public var animation: CelebrationKind
    /// Differs per call, so that the same animation plays again.
    public var nonce: Int

    public init(animation: CelebrationKind, nonce: Int) {
        self.animation = animation
        self.nonce = nonce
    }
}

extension CelebrationElement: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["nonce": .nonNegative]
}

/// `metric`: a big number with its change.
public struct MetricElement: Hashable, Sendable, Codable {
    public var label: String
    public var value: String
    public var delta: String?
    /// How the delta is coloured: `normal` (up is good), `inverse` (up is bad) or `off`.
    public var deltaColor: DeltaColor?
    public var help: String?
    public var border: Bool?
    /// The delta's arrow when not the one its sign gives (`nil`): always up, always down, or none.
    public var deltaArrow: DeltaArrow?
    /// A sparkline under the value: its points, in order.
    public var chart: [Double]?
    /// How the sparkline is drawn; `nil`: ``MetricChartType/line``.
    public var chartType: MetricChartType?

    public init(label: String, value: String, delta: String?, deltaColor: DeltaColor, help: String?, border: Bool) {
        self.label = label
        self.value = value
        self.delta = delta
        self.deltaColor = deltaColor == .normal ? nil : deltaColor
        self.help = help
        self.border = border ? true : nil
    }
}

/// A metric's delta arrow, when not the one the delta's sign gives.
public enum DeltaArrow: String, Hashable, Sendable, Codable, WireEnum {
    case up, down, off
}

/// How a metric's sparkline is drawn.
public enum MetricChartType: String, Hashable, Sendable, Codable, WireEnum {
    case line, bar, area
}

/// How a metric's delta is coloured.
public enum DeltaColor: String, Hashable, Sendable, Codable, WireEnum {
    case normal, inverse, off
}

/// How wide the page is.
public enum PageLayout: String, Hashable, Sendable, Codable, WireEnum {
    case centered, wide
}

/// Whether the sidebar starts open.
public enum SidebarState: String, Hashable, Sendable, Codable, WireEnum {
    case auto, expanded, collapsed
}

/// `setPageConfig`: the tab's title and icon, the page width and the sidebar's first state.
public struct PageConfigElement: Hashable, Sendable, Codable {
    public var title: String?
    /// An emoji, shown as the tab's icon.
    public var icon: String?
    public var layout: PageLayout?
    public var initialSidebarState: SidebarState?

    public init(title: String?, icon: String?, layout: PageLayout?, initialSidebarState: SidebarState?) {
        self.title = title
        self.icon = icon
        self.layout = layout
        self.initialSidebarState = initialSidebarState
    }
}
