// An extension of a nested type does not see its siblings: the public signatures name them in full.
private typealias FieldOptions = VegaLite.FieldOptions

// The channels of mark properties (colour, size, shape, opacity…) and text: one constructor per
// channel, each taking a field with the options that channel has.
extension VegaLite.Channel {
    // MARK: Mark properties

    /// The colour of the marks (fill or stroke, as the mark draws).
    public static func color(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.color, object.specNode)
    }

    /// The colour of the marks (fill or stroke, as the mark draws). A constant, a datum or a field definition.
    public static func color(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.color, definition.specNode) }

    /// The colour of the marks (fill or stroke, as the mark draws). `condition` where it holds, `otherwise` elsewhere.
    public static func color(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.color, otherwise.with(condition: condition).specNode)
    }

    /// The fill colour.
    public static func fill(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.fill, object.specNode)
    }

    /// The fill colour. A constant, a datum or a field definition.
    public static func fill(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.fill, definition.specNode) }

    /// The fill colour. `condition` where it holds, `otherwise` elsewhere.
    public static func fill(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.fill, otherwise.with(condition: condition).specNode)
    }

    /// The stroke colour.
    public static func stroke(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.stroke, object.specNode)
    }

    /// The stroke colour. A constant, a datum or a field definition.
    public static func stroke(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.stroke, definition.specNode) }

    /// The stroke colour. `condition` where it holds, `otherwise` elsewhere.
    public static func stroke(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.stroke, otherwise.with(condition: condition).specNode)
    }

    /// The opacity.
    public static func opacity(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.opacity, object.specNode)
    }

    /// The opacity. A constant, a datum or a field definition.
    public static func opacity(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.opacity, definition.specNode) }

    /// The opacity. `condition` where it holds, `otherwise` elsewhere.
    public static func opacity(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.opacity, otherwise.with(condition: condition).specNode)
    }

    /// The fill opacity.
    public static func fillOpacity(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.fillOpacity, object.specNode)
    }

    /// The fill opacity. A constant, a datum or a field definition.
    public static func fillOpacity(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.fillOpacity, definition.specNode) }

    /// The fill opacity. `condition` where it holds, `otherwise` elsewhere.
    public static func fillOpacity(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.fillOpacity, otherwise.with(condition: condition).specNode)
    }

    /// The stroke opacity.
    public static func strokeOpacity(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.strokeOpacity, object.specNode)
    }

    /// The stroke opacity. A constant, a datum or a field definition.
    public static func strokeOpacity(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.strokeOpacity, definition.specNode) }

    /// The stroke opacity. `condition` where it holds, `otherwise` elsewhere.
    public static func strokeOpacity(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.strokeOpacity, otherwise.with(condition: condition).specNode)
    }

    /// The stroke width.
    public static func strokeWidth(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.strokeWidth, object.specNode)
    }

    /// The stroke width. A constant, a datum or a field definition.
    public static func strokeWidth(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.strokeWidth, definition.specNode) }

    /// The stroke width. `condition` where it holds, `otherwise` elsewhere.
    public static func strokeWidth(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.strokeWidth, otherwise.with(condition: condition).specNode)
    }

    /// The stroke's dash pattern.
    public static func strokeDash(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.strokeDash, object.specNode)
    }

    /// The stroke's dash pattern. A constant, a datum or a field definition.
    public static func strokeDash(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.strokeDash, definition.specNode) }

    /// The stroke's dash pattern. `condition` where it holds, `otherwise` elsewhere.
    public static func strokeDash(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.strokeDash, otherwise.with(condition: condition).specNode)
    }

    /// The area of points, the width of bars, the font size of text.
    public static func size(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.size, object.specNode)
    }

    /// The area of points, the width of bars, the font size of text. A constant, a datum or a field definition.
    public static func size(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.size, definition.specNode) }

    /// The area of points, the width of bars, the font size of text. `condition` where it holds, `otherwise` elsewhere.
    public static func size(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.size, otherwise.with(condition: condition).specNode)
    }

    /// The rotation of points and text.
    public static func angle(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.angle, object.specNode)
    }

    /// The rotation of points and text. A constant, a datum or a field definition.
    public static func angle(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.angle, definition.specNode) }

    /// The rotation of points and text. `condition` where it holds, `otherwise` elsewhere.
    public static func angle(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.angle, otherwise.with(condition: condition).specNode)
    }

    /// The shape of points.
    public static func shape(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil,
        legend: VegaLite.Legend? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Self(.shape, object.specNode)
    }

    /// The shape of points. A constant, a datum or a field definition.
    public static func shape(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.shape, definition.specNode) }

    /// The shape of points. `condition` where it holds, `otherwise` elsewhere.
    public static func shape(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.shape, otherwise.with(condition: condition).specNode)
    }

    // MARK: Text channels

    /// The text of text marks.
    public static func text(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Self(.text, object.specNode)
    }

    /// The text of text marks. A constant, a datum or a field definition.
    public static func text(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.text, definition.specNode) }

    /// The text of text marks. `condition` where it holds, `otherwise` elsewhere.
    public static func text(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.text, otherwise.with(condition: condition).specNode)
    }

    /// A URL opened when a mark is clicked.
    public static func href(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Self(.href, object.specNode)
    }

    /// A URL opened when a mark is clicked. A constant, a datum or a field definition.
    public static func href(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.href, definition.specNode) }

    /// A URL opened when a mark is clicked. `condition` where it holds, `otherwise` elsewhere.
    public static func href(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.href, otherwise.with(condition: condition).specNode)
    }

    /// The URL of an image mark.
    public static func url(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Self(.url, object.specNode)
    }

    /// The URL of an image mark. A constant, a datum or a field definition.
    public static func url(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.url, definition.specNode) }

    /// The URL of an image mark. `condition` where it holds, `otherwise` elsewhere.
    public static func url(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.url, otherwise.with(condition: condition).specNode)
    }

    /// A mark's description, for screen readers.
    public static func description(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: VegaLite.Condition? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Self(.description, object.specNode)
    }

    /// A mark's description, for screen readers. A constant, a datum or a field definition.
    public static func description(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.description, definition.specNode) }

    /// A mark's description, for screen readers. `condition` where it holds, `otherwise` elsewhere.
    public static func description(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.description, otherwise.with(condition: condition).specNode)
    }
}
