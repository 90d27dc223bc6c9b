import SwiftlitProtocol

extension VegaLite {
    /// The order of a discrete field's values on an axis, legend or facet.
    ///
    /// ```swift
    /// .x("category", sort: .byChannel(.y, descending: true))   // bars from tallest to shortest
    /// .x("size", sort: .values(["S", "M", "L"]))
    /// ```
    public struct Sort: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        public static let ascending = Sort(specNode: "ascending".specNode)
        public static let descending = Sort(specNode: "descending".specNode)
        /// The order of the data (Vega-Lite's `null`).
        public static let unsorted = Sort(specNode: .null)

        /// These values first, in this order.
        public static func values(_ values: [String]) -> Sort { Sort(specNode: values.specNode) }

        /// These values first, in this order.
        public static func values(_ values: [Double]) -> Sort { Sort(specNode: values.specNode) }

        /// By the values of another channel of the same view (`.y`: by bar height).
        public static func byChannel(_ channel: ChannelName, descending: Bool = false) -> Sort {
            Sort(specNode: ((descending ? "-" : "") + channel.rawValue).specNode)
        }

        /// By another field, summarised per value with `op`.
        public static func byField(_ field: String, op: Aggregate? = nil, order: SortOrder? = nil) -> Sort {
            var object = SpecObject()
            object.set("field", field)
            object.set("op", op?.name)
            object.set("order", order?.rawValue)
            return Sort(specNode: object.specNode)
        }

        private init(specNode: SpecNode) { self.specNode = specNode }
    }

    /// Ascending or descending.
    public enum SortOrder: String, Sendable, Equatable {
        case ascending, descending
    }

    /// How the marks of a stacked quantitative channel are stacked.
    public enum Stack: Sendable, Equatable, SpecConvertible {
        /// Stacked from zero (the default of bars and areas with a colour).
        case zero
        /// Stacked to fill the whole range (shares of a total).
        case normalize
        /// Stacked around the middle (streamgraphs).
        case center
        /// Not stacked: marks overlap (Vega-Lite's `null`).
        case unstacked

        var specNode: SpecNode {
            switch self {
            case .zero: "zero".specNode
            case .normalize: "normalize".specNode
            case .center: "center".specNode
            case .unstacked: .null
            }
        }
    }
}
