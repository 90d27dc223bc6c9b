// An extension of a nested type does not see its siblings: the signatures name them in full.
/// The mark properties most charts use; ``Mark/property(_:_:)`` sets any other.
extension VegaLite.Mark {
    /// The colour of the mark (fill or stroke, as the mark draws).
    public func color(_ color: String) -> Self { setting("color", color) }
    public func fill(_ color: String) -> Self { setting("fill", color) }
    public func stroke(_ color: String) -> Self { setting("stroke", color) }
    /// The opacity, from 0 (invisible) to 1.
    public func opacity(_ opacity: Double) -> Self { setting("opacity", opacity) }
    public func fillOpacity(_ opacity: Double) -> Self { setting("fillOpacity", opacity) }
    public func strokeOpacity(_ opacity: Double) -> Self { setting("strokeOpacity", opacity) }
    /// The area of points in square points, the font size of text, the width of bars and ticks.
    public func size(_ size: Double) -> Self { setting("size", size) }
    public func strokeWidth(_ width: Double) -> Self { setting("strokeWidth", width) }
    /// The dash pattern of strokes: lengths of dashes and gaps, in points.
    public func strokeDash(_ pattern: [Double]) -> Self { setting("strokeDash", pattern) }
    /// Whether lines and areas show a point at each datum.
    public func point(_ shown: Bool) -> Self { setting("point", shown) }
    /// Whether areas draw a line along their top.
    public func line(_ shown: Bool) -> Self { setting("line", shown) }
    public func interpolate(_ interpolation: VegaLite.Interpolation) -> Self { setting("interpolate", interpolation.rawValue) }
    /// Whether the mark shows its encoded fields in a tooltip.
    public func tooltip(_ shown: Bool) -> Self { setting("tooltip", shown) }
    /// Whether points are filled (rather than outlined).
    public func filled(_ filled: Bool) -> Self { setting("filled", filled) }
    /// The orientation of bars, ticks, lines and areas.
    public func orient(_ orientation: VegaLite.Orientation) -> Self { setting("orient", orientation.rawValue) }
    /// The radius of the corners of bars and rects.
    public func cornerRadius(_ radius: Double) -> Self { setting("cornerRadius", radius) }
    /// The radius of the corners at the end of bars (away from the baseline).
    public func cornerRadiusEnd(_ radius: Double) -> Self { setting("cornerRadiusEnd", radius) }
    /// Whether the mark is clipped to the plot area.
    public func clip(_ clipped: Bool) -> Self { setting("clip", clipped) }
    /// The thickness of ticks.
    public func thickness(_ thickness: Double) -> Self { setting("thickness", thickness) }
    /// The inner radius of arcs: a donut's hole.
    public func innerRadius(_ radius: Double) -> Self { setting("innerRadius", radius) }
    public func outerRadius(_ radius: Double) -> Self { setting("outerRadius", radius) }
    /// The angular padding between arcs, in radians.
    public func padAngle(_ angle: Double) -> Self { setting("padAngle", angle) }
    /// The shape of points: `circle`, `square`, `cross`, `diamond`, `triangle-up`… or an SVG path.
    public func shape(_ shape: String) -> Self { setting("shape", shape) }
    /// The width of bars and rects, in points.
    public func width(_ points: Double) -> Self { setting("width", points) }
    public func height(_ points: Double) -> Self { setting("height", points) }
    /// The spacing between the bars of a binned field, in points.
    public func binSpacing(_ points: Double) -> Self { setting("binSpacing", points) }
    /// The rotation of points and text, in degrees.
    public func angle(_ degrees: Double) -> Self { setting("angle", degrees) }
    public func align(_ align: VegaLite.TextAlign) -> Self { setting("align", align.rawValue) }
    public func baseline(_ baseline: VegaLite.TextBaseline) -> Self { setting("baseline", baseline.rawValue) }
    /// The horizontal offset of text from its position, in points.
    public func dx(_ points: Double) -> Self { setting("dx", points) }
    public func dy(_ points: Double) -> Self { setting("dy", points) }
    public func fontSize(_ points: Double) -> Self { setting("fontSize", points) }
    /// A box plot's whiskers: `min-max`, or a multiple of the interquartile range (1.5 by default).
    public func extent(_ extent: Double) -> Self { setting("extent", extent) }
    /// A box plot's whiskers over the whole range.
    public func extentMinMax() -> Self { setting("extent", "min-max") }
}
