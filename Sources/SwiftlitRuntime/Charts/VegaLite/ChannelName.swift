/// A Vega-Lite encoding channel, by its Vega-Lite name: what selections project onto and
/// ``VegaLite/resolve(scale:axis:legend:)`` resolves.
public enum ChannelName: String, Sendable, Hashable, CaseIterable {
    case x, y, x2, y2, xOffset, yOffset, xError, xError2, yError, yError2
    case theta, theta2, radius, radius2
    case longitude, latitude, longitude2, latitude2
    case color, fill, stroke, opacity, fillOpacity, strokeOpacity, strokeWidth, strokeDash, size, angle, shape
    case text, tooltip, href, url, description, detail, key, order
    case row, column, facet
}
