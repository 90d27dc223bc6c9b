// One-line constructors of every Vega-Lite channel, by family: each takes a field and the options
// that the channel has in Vega-Lite, or a ChannelDef (a value, datum or field).

// An extension of a nested type does not see its siblings: the public signatures name them in full.
private typealias FieldOptions = VegaLite.FieldOptions

extension VegaLite.Channel {
    // MARK: Position channels

    /// The horizontal position.
    public static func x(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, stack: VegaLite.Stack? = nil,
        scale: VegaLite.Scale? = nil, axis: VegaLite.Axis? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        object.set("axis", axis)
        return Self(.x, object.specNode)
    }

    /// The horizontal position. A constant, a datum or a field definition.
    public static func x(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.x, definition.specNode) }

    /// The vertical position.
    public static func y(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, stack: VegaLite.Stack? = nil,
        scale: VegaLite.Scale? = nil, axis: VegaLite.Axis? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        object.set("axis", axis)
        return Self(.y, object.specNode)
    }

    /// The vertical position. A constant, a datum or a field definition.
    public static func y(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.y, definition.specNode) }

    // MARK: Second positions (the ends of ranges, bars and error bars)

    /// The end of a horizontal range (bars, rules, areas, rects).
    public static func x2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.x2, object.specNode)
    }

    /// The end of a horizontal range (bars, rules, areas, rects). A constant, a datum or a field definition.
    public static func x2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.x2, definition.specNode) }

    /// The end of a vertical range.
    public static func y2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.y2, object.specNode)
    }

    /// The end of a vertical range. A constant, a datum or a field definition.
    public static func y2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.y2, definition.specNode) }

    /// The end angle of an arc.
    public static func theta2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.theta2, object.specNode)
    }

    /// The end angle of an arc. A constant, a datum or a field definition.
    public static func theta2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.theta2, definition.specNode) }

    /// The inner radius of an arc.
    public static func radius2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.radius2, object.specNode)
    }

    /// The inner radius of an arc. A constant, a datum or a field definition.
    public static func radius2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.radius2, definition.specNode) }

    /// The end longitude of a range.
    public static func longitude2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.longitude2, object.specNode)
    }

    /// The end longitude of a range. A constant, a datum or a field definition.
    public static func longitude2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.longitude2, definition.specNode) }

    /// The end latitude of a range.
    public static func latitude2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.latitude2, object.specNode)
    }

    /// The end latitude of a range. A constant, a datum or a field definition.
    public static func latitude2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.latitude2, definition.specNode) }

    /// The horizontal error of an error bar.
    public static func xError(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.xError, object.specNode)
    }

    /// The horizontal error of an error bar. A constant, a datum or a field definition.
    public static func xError(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.xError, definition.specNode) }

    /// The second horizontal error of an error bar.
    public static func xError2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.xError2, object.specNode)
    }

    /// The second horizontal error of an error bar. A constant, a datum or a field definition.
    public static func xError2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.xError2, definition.specNode) }

    /// The vertical error of an error bar.
    public static func yError(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.yError, object.specNode)
    }

    /// The vertical error of an error bar. A constant, a datum or a field definition.
    public static func yError(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.yError, definition.specNode) }

    /// The second vertical error of an error bar.
    public static func yError2(
        _ field: String, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.yError2, object.specNode)
    }

    /// The second vertical error of an error bar. A constant, a datum or a field definition.
    public static func yError2(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.yError2, definition.specNode) }

    // MARK: Polar channels

    /// The angle of arcs (a pie's slices) or the polar angle of other marks.
    public static func theta(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, stack: VegaLite.Stack? = nil,
        scale: VegaLite.Scale? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        return Self(.theta, object.specNode)
    }

    /// The angle of arcs (a pie's slices) or the polar angle of other marks. A constant, a datum or a field definition.
    public static func theta(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.theta, definition.specNode) }

    /// The radius of arcs and other marks.
    public static func radius(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, stack: VegaLite.Stack? = nil,
        scale: VegaLite.Scale? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("stack", stack)
        object.set("scale", scale)
        return Self(.radius, object.specNode)
    }

    /// The radius of arcs and other marks. A constant, a datum or a field definition.
    public static func radius(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.radius, definition.specNode) }

    // MARK: Offsets within a band (grouped bars)

    /// The horizontal offset within a band of the x scale (grouped bars).
    public static func xOffset(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        return Self(.xOffset, object.specNode)
    }

    /// The horizontal offset within a band of the x scale (grouped bars). A constant, a datum or a field definition.
    public static func xOffset(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.xOffset, definition.specNode) }

    /// The vertical offset within a band of the y scale.
    public static func yOffset(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, scale: VegaLite.Scale? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("scale", scale)
        return Self(.yOffset, object.specNode)
    }

    /// The vertical offset within a band of the y scale. A constant, a datum or a field definition.
    public static func yOffset(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.yOffset, definition.specNode) }

    // MARK: Tooltip

    /// The tooltip text of a mark.
    public static func tooltip(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, format: String? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("format", format)
        return Self(.tooltip, object.specNode)
    }

    /// The tooltip text of a mark. A constant, a datum or a field definition.
    public static func tooltip(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.tooltip, definition.specNode) }

    /// The tooltip text of a mark. `condition` where it holds, `otherwise` elsewhere.
    public static func tooltip(condition: VegaLite.Condition, otherwise: VegaLite.ChannelDef) -> VegaLite.Channel {
        Self(.tooltip, otherwise.with(condition: condition).specNode)
    }

    /// The tooltip text of a mark. Several fields at once.
    public static func tooltip(_ definitions: [VegaLite.ChannelDef]) -> VegaLite.Channel { Self(.tooltip, definitions.specNode) }

    // MARK: Detail

    /// A field that groups marks (one line per value) without a visual channel.
    public static func detail(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        return Self(.detail, object.specNode)
    }

    /// A field that groups marks (one line per value) without a visual channel. A constant, a datum or a field definition.
    public static func detail(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.detail, definition.specNode) }

    /// A field that groups marks (one line per value) without a visual channel. Several fields at once.
    public static func detail(_ definitions: [VegaLite.ChannelDef]) -> VegaLite.Channel { Self(.detail, definitions.specNode) }

    // MARK: Order

    /// The order of stacked marks, of a line's points, or of drawing.
    public static func order(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.SortOrder? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort?.rawValue)
        return Self(.order, object.specNode)
    }

    /// The order of stacked marks, of a line's points, or of drawing. A constant, a datum or a field definition.
    public static func order(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.order, definition.specNode) }

    // MARK: Facet channels

    /// One row of views per value.
    public static func row(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, header: VegaLite.Header? = nil,
        spacing: Int? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("header", header)
        object.set("spacing", spacing)
        return Self(.row, object.specNode)
    }

    /// One column of views per value.
    public static func column(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, header: VegaLite.Header? = nil,
        spacing: Int? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("header", header)
        object.set("spacing", spacing)
        return Self(.column, object.specNode)
    }

    // MARK: Wrapped facet

    /// One view per value, wrapped into `columns` columns.
    public static func facet(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, bin: VegaLite.Bin? = nil,
        timeUnit: VegaLite.TimeUnit? = nil, title: String? = nil, sort: VegaLite.Sort? = nil, header: VegaLite.Header? = nil,
        spacing: Int? = nil, columns: Int? = nil
    ) -> VegaLite.Channel {
        var object = FieldOptions(
            field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
        object.set("sort", sort)
        object.set("header", header)
        object.set("spacing", spacing)
        object.set("columns", columns)
        return Self(.facet, object.specNode)
    }

    // MARK: Geographic positions

    /// The longitude of the marks (with a projection).
    public static func longitude(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil,
        title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, type: type, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.longitude, object.specNode)
    }

    /// The longitude of the marks (with a projection). A constant, a datum or a field definition.
    public static func longitude(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.longitude, definition.specNode) }

    /// The latitude of the marks (with a projection).
    public static func latitude(
        _ field: String, type: FieldType? = nil, aggregate: VegaLite.Aggregate? = nil, timeUnit: VegaLite.TimeUnit? = nil,
        title: String? = nil
    ) -> VegaLite.Channel {
        let object = FieldOptions(
            field, type: type, aggregate: aggregate, timeUnit: timeUnit, title: title).object
        return Self(.latitude, object.specNode)
    }

    /// The latitude of the marks (with a projection). A constant, a datum or a field definition.
    public static func latitude(_ definition: VegaLite.ChannelDef) -> VegaLite.Channel { Self(.latitude, definition.specNode) }
}
