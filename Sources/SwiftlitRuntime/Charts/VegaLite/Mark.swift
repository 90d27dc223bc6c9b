public import SwiftlitProtocol

extension VegaLite {
    /// A Vega-Lite mark: its type and, through modifiers, its properties.
    ///
    /// ```swift
    /// chart.mark(.bar)
    /// chart.mark(.line.point(true).interpolate(.monotone))
    /// chart.mark(.bar.opacity(0.5).cornerRadius(4))
    /// chart.mark(.arc.innerRadius(50))
    /// ```
    public struct Mark: Sendable, Equatable, SpecConvertible {
        /// Vega-Lite's name of the mark type (`bar`, `line`…).
        public let type: String
        var properties: SpecObject

        init(_ type: String) {
            self.type = type
            properties = SpecObject()
        }

        /// `"bar"` alone, or `{"type": "bar", …}` with its properties.
        var specNode: SpecNode {
            if properties.members.isEmpty { return type.specNode }
            var object = properties
            object.set("type", type)
            return object.specNode
        }

        public static let arc = Mark("arc")
        public static let area = Mark("area")
        public static let bar = Mark("bar")
        public static let circle = Mark("circle")
        public static let geoshape = Mark("geoshape")
        public static let image = Mark("image")
        public static let line = Mark("line")
        public static let point = Mark("point")
        public static let rect = Mark("rect")
        public static let rule = Mark("rule")
        public static let square = Mark("square")
        public static let text = Mark("text")
        public static let tick = Mark("tick")
        public static let trail = Mark("trail")
        /// A box plot of a field's distribution (a composite mark).
        public static let boxplot = Mark("boxplot")
        /// Error bars (a composite mark).
        public static let errorbar = Mark("errorbar")
        /// An error band (a composite mark).
        public static let errorband = Mark("errorband")

        /// Every mark type: the primitive marks, then the composite ones.
        public static let allTypes: [Mark] = [
            .arc, .area, .bar, .circle, .geoshape, .image, .line, .point, .rect, .rule, .square, .text, .tick, .trail,
            .boxplot, .errorbar, .errorband,
        ]

        /// This mark with the property `key` set to `value`: for properties the modifiers do not name.
        public func property(_ key: String, _ value: JSONValue) -> Mark { setting(key, value) }

        func setting(_ key: String, _ value: some SpecConvertible) -> Mark {
            var copy = self
            copy.properties.set(key, value)
            return copy
        }
    }

    /// How a line or area passes through its points.
    public enum Interpolation: String, Sendable, Equatable {
        case linear, monotone, natural, step, basis, cardinal, bundle
        case linearClosed = "linear-closed", stepBefore = "step-before", stepAfter = "step-after"
        case basisOpen = "basis-open", basisClosed = "basis-closed"
        case cardinalOpen = "cardinal-open", cardinalClosed = "cardinal-closed", catmullRom = "catmull-rom"
    }

    /// The horizontal alignment of text.
    public enum TextAlign: String, Sendable, Equatable {
        case left, center, right
    }

    /// The vertical alignment of text.
    public enum TextBaseline: String, Sendable, Equatable {
        case top, middle, bottom, alphabetic
        case lineTop = "line-top", lineBottom = "line-bottom"
    }
}
