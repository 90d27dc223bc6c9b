// One-line constructors of every Vega-Lite channel, by family: each takes a field and the options
// that the channel has in Vega-Lite, or a ChannelDef (a value, datum or field).

extension Channel {
    // MARK: Position channels

    /// The horizontal position.
    public static func x(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, stack: Stack? = nil,
        scale: Scale? = nil, axis: Axis? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        object.set("axis", axis)
        return Channel(.x, object.specNode)
    }

    /// The horizontal position. A constant, a datum or a field definition.
    public static func x(_ definition: ChannelDef) -> Channel { Channel(.x, definition.specNode) }

    /// The vertical position.
    public static func y(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, stack: Stack? = nil,
        scale: Scale? = nil, axis: Axis? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        object.set("axis", axis)
        return Channel(.y, object.specNode)
    }

    /// The vertical position. A constant, a datum or a field definition.
    public static func y(_ definition: ChannelDef) -> Channel { Channel(.y, definition.specNode) }

    // MARK: Second positions (the ends of ranges, bars and error bars)

    /// The end of a horizontal range (bars, rules, areas, rects).
    public static func x2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.x2, object.specNode)
    }

    /// The end of a horizontal range (bars, rules, areas, rects). A constant, a datum or a field definition.
    public static func x2(_ definition: ChannelDef) -> Channel { Channel(.x2, definition.specNode) }

    /// The end of a vertical range.
    public static func y2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.y2, object.specNode)
    }

    /// The end of a vertical range. A constant, a datum or a field definition.
    public static func y2(_ definition: ChannelDef) -> Channel { Channel(.y2, definition.specNode) }

    /// The end angle of an arc.
    public static func theta2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.theta2, object.specNode)
    }

    /// The end angle of an arc. A constant, a datum or a field definition.
    public static func theta2(_ definition: ChannelDef) -> Channel { Channel(.theta2, definition.specNode) }

    /// The inner radius of an arc.
    public static func radius2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.radius2, object.specNode)
    }

    /// The inner radius of an arc. A constant, a datum or a field definition.
    public static func radius2(_ definition: ChannelDef) -> Channel { Channel(.radius2, definition.specNode) }

    /// The end longitude of a range.
    public static func longitude2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.longitude2, object.specNode)
    }

    /// The end longitude of a range. A constant, a datum or a field definition.
    public static func longitude2(_ definition: ChannelDef) -> Channel { Channel(.longitude2, definition.specNode) }

    /// The end latitude of a range.
    public static func latitude2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.latitude2, object.specNode)
    }

    /// The end latitude of a range. A constant, a datum or a field definition.
    public static func latitude2(_ definition: ChannelDef) -> Channel { Channel(.latitude2, definition.specNode) }

    /// The horizontal error of an error bar.
    public static func xError(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.xError, object.specNode)
    }

    /// The horizontal error of an error bar. A constant, a datum or a field definition.
    public static func xError(_ definition: ChannelDef) -> Channel { Channel(.xError, definition.specNode) }

    /// The second horizontal error of an error bar.
    public static func xError2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.xError2, object.specNode)
    }

    /// The second horizontal error of an error bar. A constant, a datum or a field definition.
    public static func xError2(_ definition: ChannelDef) -> Channel { Channel(.xError2, definition.specNode) }

    /// The vertical error of an error bar.
    public static func yError(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.yError, object.specNode)
    }

    /// The vertical error of an error bar. A constant, a datum or a field definition.
    public static func yError(_ definition: ChannelDef) -> Channel { Channel(.yError, definition.specNode) }

    /// The second vertical error of an error bar.
    public static func yError2(
        _ field: String, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.yError2, object.specNode)
    }

    /// The second vertical error of an error bar. A constant, a datum or a field definition.
    public static func yError2(_ definition: ChannelDef) -> Channel { Channel(.yError2, definition.specNode) }

    // MARK: Polar channels

    /// The angle of arcs (a pie's slices) or the polar angle of other marks.
    public static func theta(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, stack: Stack? = nil,
        scale: Scale? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        return Channel(.theta, object.specNode)
    }

    /// The angle of arcs (a pie's slices) or the polar angle of other marks. A constant, a datum or a field definition.
    public static func theta(_ definition: ChannelDef) -> Channel { Channel(.theta, definition.specNode) }

    /// The radius of arcs and other marks.
    public static func radius(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, stack: Stack? = nil,
        scale: Scale? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        return Channel(.radius, object.specNode)
    }

    /// The radius of arcs and other marks. A constant, a datum or a field definition.
    public static func radius(_ definition: ChannelDef) -> Channel { Channel(.radius, definition.specNode) }

    // MARK: Offsets within a band (grouped bars)

    /// The horizontal offset within a band of the x scale (grouped bars).
    public static func xOffset(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        return Channel(.xOffset, object.specNode)
    }

    /// The horizontal offset within a band of the x scale (grouped bars). A constant, a datum or a field definition.
    public static func xOffset(_ definition: ChannelDef) -> Channel { Channel(.xOffset, definition.specNode) }

    /// The vertical offset within a band of the y scale.
    public static func yOffset(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        return Channel(.yOffset, object.specNode)
    }

    /// The vertical offset within a band of the y scale. A constant, a datum or a field definition.
    public static func yOffset(_ definition: ChannelDef) -> Channel { Channel(.yOffset, definition.specNode) }

    // MARK: Mark properties

    /// The colour of the marks (fill or stroke, as the mark draws).
    public static func color(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.color, object.specNode)
    }

    /// The colour of the marks (fill or stroke, as the mark draws). A constant, a datum or a field definition.
    public static func color(_ definition: ChannelDef) -> Channel { Channel(.color, definition.specNode) }

    /// The colour of the marks (fill or stroke, as the mark draws). `condition` where it holds, `otherwise` elsewhere.
    public static func color(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.color, otherwise.with(condition: condition).specNode)
    }

    /// The fill colour.
    public static func fill(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.fill, object.specNode)
    }

    /// The fill colour. A constant, a datum or a field definition.
    public static func fill(_ definition: ChannelDef) -> Channel { Channel(.fill, definition.specNode) }

    /// The fill colour. `condition` where it holds, `otherwise` elsewhere.
    public static func fill(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.fill, otherwise.with(condition: condition).specNode)
    }

    /// The stroke colour.
    public static func stroke(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.stroke, object.specNode)
    }

    /// The stroke colour. A constant, a datum or a field definition.
    public static func stroke(_ definition: ChannelDef) -> Channel { Channel(.stroke, definition.specNode) }

    /// The stroke colour. `condition` where it holds, `otherwise` elsewhere.
    public static func stroke(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.stroke, otherwise.with(condition: condition).specNode)
    }

    /// The opacity.
    public static func opacity(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.opacity, object.specNode)
    }

    /// The opacity. A constant, a datum or a field definition.
    public static func opacity(_ definition: ChannelDef) -> Channel { Channel(.opacity, definition.specNode) }

    /// The opacity. `condition` where it holds, `otherwise` elsewhere.
    public static func opacity(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.opacity, otherwise.with(condition: condition).specNode)
    }

    /// The fill opacity.
    public static func fillOpacity(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.fillOpacity, object.specNode)
    }

    /// The fill opacity. A constant, a datum or a field definition.
    public static func fillOpacity(_ definition: ChannelDef) -> Channel { Channel(.fillOpacity, definition.specNode) }

    /// The fill opacity. `condition` where it holds, `otherwise` elsewhere.
    public static func fillOpacity(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.fillOpacity, otherwise.with(condition: condition).specNode)
    }

    /// The stroke opacity.
    public static func strokeOpacity(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.strokeOpacity, object.specNode)
    }

    /// The stroke opacity. A constant, a datum or a field definition.
    public static func strokeOpacity(_ definition: ChannelDef) -> Channel { Channel(.strokeOpacity, definition.specNode) }

    /// The stroke opacity. `condition` where it holds, `otherwise` elsewhere.
    public static func strokeOpacity(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.strokeOpacity, otherwise.with(condition: condition).specNode)
    }

    /// The stroke width.
    public static func strokeWidth(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.strokeWidth, object.specNode)
    }

    /// The stroke width. A constant, a datum or a field definition.
    public static func strokeWidth(_ definition: ChannelDef) -> Channel { Channel(.strokeWidth, definition.specNode) }

    /// The stroke width. `condition` where it holds, `otherwise` elsewhere.
    public static func strokeWidth(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.strokeWidth, otherwise.with(condition: condition).specNode)
    }

    /// The stroke's dash pattern.
    public static func strokeDash(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.strokeDash, object.specNode)
    }

    /// The stroke's dash pattern. A constant, a datum or a field definition.
    public static func strokeDash(_ definition: ChannelDef) -> Channel { Channel(.strokeDash, definition.specNode) }

    /// The stroke's dash pattern. `condition` where it holds, `otherwise` elsewhere.
    public static func strokeDash(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.strokeDash, otherwise.with(condition: condition).specNode)
    }

    /// The area of points, the width of bars, the font size of text.
    public static func size(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.size, object.specNode)
    }

    /// The area of points, the width of bars, the font size of text. A constant, a datum or a field definition.
    public static func size(_ definition: ChannelDef) -> Channel { Channel(.size, definition.specNode) }

    /// The area of points, the width of bars, the font size of text. `condition` where it holds, `otherwise` elsewhere.
    public static func size(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.size, otherwise.with(condition: condition).specNode)
    }

    /// The rotation of points and text.
    public static func angle(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.angle, object.specNode)
    }

    /// The rotation of points and text. A constant, a datum or a field definition.
    public static func angle(_ definition: ChannelDef) -> Channel { Channel(.angle, definition.specNode) }

    /// The rotation of points and text. `condition` where it holds, `otherwise` elsewhere.
    public static func angle(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.angle, otherwise.with(condition: condition).specNode)
    }

    /// The shape of points.
    public static func shape(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, scale: Scale? = nil,
        legend: Legend? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        object.set("legend", legend)
        object.set("condition", condition)
        return Channel(.shape, object.specNode)
    }

    /// The shape of points. A constant, a datum or a field definition.
    public static func shape(_ definition: ChannelDef) -> Channel { Channel(.shape, definition.specNode) }

    /// The shape of points. `condition` where it holds, `otherwise` elsewhere.
    public static func shape(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.shape, otherwise.with(condition: condition).specNode)
    }

    // MARK: Text channels

    /// The text of text marks.
    public static func text(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Channel(.text, object.specNode)
    }

    /// The text of text marks. A constant, a datum or a field definition.
    public static func text(_ definition: ChannelDef) -> Channel { Channel(.text, definition.specNode) }

    /// The text of text marks. `condition` where it holds, `otherwise` elsewhere.
    public static func text(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.text, otherwise.with(condition: condition).specNode)
    }

    /// A URL opened when a mark is clicked.
    public static func href(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Channel(.href, object.specNode)
    }

    /// A URL opened when a mark is clicked. A constant, a datum or a field definition.
    public static func href(_ definition: ChannelDef) -> Channel { Channel(.href, definition.specNode) }

    /// A URL opened when a mark is clicked. `condition` where it holds, `otherwise` elsewhere.
    public static func href(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.href, otherwise.with(condition: condition).specNode)
    }

    /// The URL of an image mark.
    public static func url(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Channel(.url, object.specNode)
    }

    /// The URL of an image mark. A constant, a datum or a field definition.
    public static func url(_ definition: ChannelDef) -> Channel { Channel(.url, definition.specNode) }

    /// The URL of an image mark. `condition` where it holds, `otherwise` elsewhere.
    public static func url(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.url, otherwise.with(condition: condition).specNode)
    }

    /// A mark's description, for screen readers.
    public static func description(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, format: String? = nil, condition: Condition? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        object.set("condition", condition)
        return Channel(.description, object.specNode)
    }

    /// A mark's description, for screen readers. A constant, a datum or a field definition.
    public static func description(_ definition: ChannelDef) -> Channel { Channel(.description, definition.specNode) }

    /// A mark's description, for screen readers. `condition` where it holds, `otherwise` elsewhere.
    public static func description(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.description, otherwise.with(condition: condition).specNode)
    }

    // MARK: Tooltip

    /// The tooltip text of a mark.
    public static func tooltip(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, format: String? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        return Channel(.tooltip, object.specNode)
    }

    /// The tooltip text of a mark. A constant, a datum or a field definition.
    public static func tooltip(_ definition: ChannelDef) -> Channel { Channel(.tooltip, definition.specNode) }

    /// The tooltip text of a mark. `condition` where it holds, `otherwise` elsewhere.
    public static func tooltip(condition: Condition, otherwise: ChannelDef) -> Channel {
        Channel(.tooltip, otherwise.with(condition: condition).specNode)
    }

    /// The tooltip text of a mark. Several fields at once.
    public static func tooltip(_ definitions: [ChannelDef]) -> Channel { Channel(.tooltip, definitions.specNode) }

    // MARK: Detail

    /// A field that groups marks (one line per value) without a visual channel.
    public static func detail(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        return Channel(.detail, object.specNode)
    }

    /// A field that groups marks (one line per value) without a visual channel. A constant, a datum or a field definition.
    public static func detail(_ definition: ChannelDef) -> Channel { Channel(.detail, definition.specNode) }

    /// A field that groups marks (one line per value) without a visual channel. Several fields at once.
    public static func detail(_ definitions: [ChannelDef]) -> Channel { Channel(.detail, definitions.specNode) }

    // MARK: Order

    /// The order of stacked marks, of a line's points, or of drawing.
    public static func order(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: SortOrder? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort?.rawValue)
        return Channel(.order, object.specNode)
    }

    /// The order of stacked marks, of a line's points, or of drawing. A constant, a datum or a field definition.
    public static func order(_ definition: ChannelDef) -> Channel { Channel(.order, definition.specNode) }

    // MARK: Facet channels

    /// One row of views per value.
    public static func row(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, header: Header? = nil,
        spacing: Int? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("header", header)
        object.set("spacing", spacing)
        return Channel(.row, object.specNode)
    }

    /// One column of views per value.
    public static func column(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, header: Header? = nil,
        spacing: Int? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("header", header)
        object.set("spacing", spacing)
        return Channel(.column, object.specNode)
    }

    // MARK: Wrapped facet

    /// One view per value, wrapped into `columns` columns.
    public static func facet(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
        timeUnit: TimeUnit? = nil, title: String? = nil, sort: Sort? = nil, header: Header? = nil,
        spacing: Int? = nil, columns: Int? = nil
    ) -> Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("header", header)
        object.set("spacing", spacing)
        object.set("columns", columns)
        return Channel(.facet, object.specNode)
    }

    // MARK: Geographic positions

    /// The longitude of the marks (with a projection).
    public static func longitude(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil,
        title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, type: type, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.longitude, object.specNode)
    }

    /// The longitude of the marks (with a projection). A constant, a datum or a field definition.
    public static func longitude(_ definition: ChannelDef) -> Channel { Channel(.longitude, definition.specNode) }

    /// The latitude of the marks (with a projection).
    public static func latitude(
        _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, timeUnit: TimeUnit? = nil,
        title: String? = nil
    ) -> Channel {
        let object = FieldOptions(
            field, type: type, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Channel(.latitude, object.specNode)
    }

    /// The latitude of the marks (with a projection). A constant, a datum or a field definition.
    public static func latitude(_ definition: ChannelDef) -> Channel { Channel(.latitude, definition.specNode) }
}
