/// The mark properties most charts use; ``Mark/property(_:_:)`` sets any other.
extension Mark {
    /// The colour of the mark (fill or stroke, as the mark draws).
    public func color(_ color: String) -> Mark { setting("color", color) }
    public func fill(_ color: String) -> Mark { setting("fill", color) }
    public func stroke(_ color: String) -> Mark { setting("stroke", color) }
    /// The opacity, from 0 (invisible) to 1.
    public func opacity(_ opacity: Double) -> Mark { setting("opacity", opacity) }
    public func fillOpacity(_ opacity: Double) -> Mark { setting("fillOpacity", opacity) }
    public func strokeOpacity(_ opacity: Double) -> Mark { setting("strokeOpacity", opacity) }
    /// The area of points in square points, the font size of text, the width of bars and ticks.
    public func size(_ size: Double) -> Mark { setting("size", size) }
    public func strokeWidth(_ width: Double) -> Mark { setting("strokeWidth", width) }
    /// The dash pattern of strokes: lengths of dashes and gaps, in points.
    public func strokeDash(_ pattern: [Double]) -> Mark { setting("strokeDash", pattern) }
    /// Whether lines and areas show a point at each datum.
    public func point(_ shown: Bool) -> Mark { setting("point", shown) }
    /// Whether areas draw a line along their top.
    public func line(_ shown: Bool) -> Mark { setting("line", shown) }
    public func interpolate(_ interpolation: Interpolation) -> Mark { setting("interpolate", interpolation.rawValue) }
    /// Whether the mark shows its encoded fields in a tooltip.
    public func tooltip(_ shown: Bool) -> Mark { setting("tooltip", shown) }
    /// Whether points are filled (rather than outlined).
    public func filled(_ filled: Bool) -> Mark { setting("filled", filled) }
    /// The orientation of bars, ticks, lines and areas.
    public func orient(_ orientation: Orientation) -> Mark { setting("orient", orientation.rawValue) }
    /// The radius of the corners of bars and rects.
    public func cornerRadius(_ radius: Double) -> Mark { setting("cornerRadius", radius) }
    /// The radius of the corners at the end of bars (away from the baseline).
    public func cornerRadiusEnd(_ radius: Double) -> Mark { setting("cornerRadiusEnd", radius) }
    /// Whether the mark is clipped to the plot area.
    public func clip(_ clipped: Bool) -> Mark { setting("clip", clipped) }
    /// The thickness of ticks.
    public func thickness(_ thickness: Double) -> Mark { setting("thickness", thickness) }
    /// The inner radius of arcs: a donut's hole.
    public func innerRadius(_ radius: Double) -> Mark { setting("innerRadius", radius) }
    public func outerRadius(_ radius: Double) -> Mark { setting("outerRadius", radius) }
    /// The angular padding between arcs, in radians.
    public func padAngle(_ angle: Double) -> Mark { setting("padAngle", angle) }
    /// The shape of points: `circle`, `square`, `cross`, `diamond`, `triangle-up`… or an SVG path.
    public func shape(_ shape: String) -> Mark { setting("shape", shape) }
    /// The width of bars and rects, in points.
    public func width(_ points: Double) -> Mark { setting("width", points) }
    public func height(_ points: Double) -> Mark { setting("height", points) }
    /// The spacing between the bars of a binned field, in points.
    public func binSpacing(_ points: Double) -> Mark { setting("binSpacing", points) }
    /// The rotation of points and text, in degrees.
    public func angle(_ degrees: Double) -> Mark { setting("angle", degrees) }
    public func align(_ align: TextAlign) -> Mark { setting("align", align.rawValue) }
    public func baseline(_ baseline: TextBaseline) -> Mark { setting("baseline", baseline.rawValue) }
    /// The horizontal offset of text from its position, in points.
    public func dx(_ points: Double) -> Mark { setting("dx", points) }
    public func dy(_ points: Double) -> Mark { setting("dy", points) }
    public func fontSize(_ points: Double) -> Mark { setting("fontSize", points) }
    /// A box plot's whiskers: `min-max`, or a multiple of the interquartile range (1.5 by default).
    public func extent(_ extent: Double) -> Mark { setting("extent", extent) }
    /// A box plot's whiskers over the whole range.
    public func extentMinMax() -> Mark { setting("extent", "min-max") }
}
