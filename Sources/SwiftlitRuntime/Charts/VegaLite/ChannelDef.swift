public import SwiftlitProtocol

extension VegaLite {
    /// What a channel shows: a field, a constant value, or a datum (a value in the data's domain,
    /// put through the channel's scale).
    ///
    /// ```swift
    /// .color(.value("steelblue"))
    /// .y(.datum(100))                                   // a rule at 100 on the y scale
    /// .tooltip([.field("name"), .field("price", format: "$.2f")])
    /// .color(.condition(param: "pick", then: .field("region"), else: .value("lightgray")))
    /// ```
    public struct ChannelDef: Sendable, Equatable, SpecConvertible {
        var object: SpecObject

        init(_ object: SpecObject) { self.object = object }

        var specNode: SpecNode { object.specNode }

        /// A constant colour, shape, text or other string.
        public static func value(_ value: String) -> ChannelDef { ChannelDef(SpecObject(["value": value.specNode])) }

        /// A constant number (an opacity, a size, a position in points…).
        public static func value(_ value: Double) -> ChannelDef { ChannelDef(SpecObject(["value": value.specNode])) }

        /// A constant of any JSON type (`.null` turns the channel off, e.g. a tooltip).
        // Literals pick the typed overloads; JSON literals would make them ambiguous.
        @_disfavoredOverload
        public static func value(_ value: JSONValue) -> ChannelDef { ChannelDef(SpecObject(["value": value.specNode])) }

        /// A number in the data's domain, placed by the channel's scale.
        public static func datum(_ value: Double, type: FieldType? = nil) -> ChannelDef { datum(.number(value), type: type) }

        /// A category or date (as text) in the data's domain, placed by the channel's scale.
        public static func datum(_ value: String, type: FieldType? = nil) -> ChannelDef { datum(.string(value), type: type) }

        /// A value in the data's domain, placed by the channel's scale.
        @_disfavoredOverload
        public static func datum(_ value: JSONValue, type: FieldType? = nil) -> ChannelDef {
            var object = SpecObject(["datum": value.specNode])
            object.set("type", type?.rawValue)
            return ChannelDef(object)
        }

        /// A field of the data. `scale`, `legend` and `format` apply to the channels that have them.
        public static func field(
            _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
            timeUnit: TimeUnit? = nil, title: String? = nil, scale: Scale? = nil, legend: Legend? = nil,
            format: String? = nil
        ) -> ChannelDef {
            var object = FieldOptions(field, type: type, aggregate: aggregate, bin: bin, timeUnit: timeUnit, title: title).object
            object.set("scale", scale)
            object.set("legend", legend)
            object.set("format", format)
            return ChannelDef(object)
        }

        /// `then` where the selection `param` holds (with `empty`: whether an empty selection holds
        /// everywhere), `otherwise` elsewhere.
        public static func condition(
            param: String, empty: Bool? = nil, then: ChannelDef, else otherwise: ChannelDef
        ) -> ChannelDef {
            otherwise.with(condition: .param(param, empty: empty, then))
        }

        /// This definition with `condition` deciding where it does not apply.
        func with(condition: Condition?) -> ChannelDef {
            guard let condition else { return self }
            var copy = self
            copy.object.set("condition", condition)
            return copy
        }
    }

    /// Where a conditional channel shows another definition: where a selection holds, or where a
    /// test expression is true.
    ///
    /// ```swift
    /// .opacity(condition: .param("pick", .value(1)), otherwise: .value(0.3))
    /// .color("temperature", condition: .test("datum.temperature > 30", .value("red")))
    /// ```
    public struct Condition: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        var specNode: SpecNode { object.specNode }

        /// `then` where the selection (or value parameter) `name` holds. `empty` says whether an
        /// empty selection holds everywhere (Vega-Lite's default) or nowhere.
        public static func param(_ name: String, empty: Bool? = nil, _ then: ChannelDef) -> Condition {
            var object = then.object
            object.set("param", name)
            object.set("empty", empty)
            return Condition(object: object)
        }

        /// `then` where the Vega expression `test` is true (`"datum.price > 100"`).
        public static func test(_ expression: String, _ then: ChannelDef) -> Condition {
            var object = then.object
            object.set("test", expression)
            return Condition(object: object)
        }
    }

    /// The options every field definition shares.
    struct FieldOptions {
        var object = SpecObject()

        init(
            _ field: String, type: FieldType? = nil, aggregate: Aggregate? = nil, bin: Bin? = nil,
            timeUnit: TimeUnit? = nil, title: String? = nil
        ) {
            object.set("field", field)
            object.set("type", type?.rawValue)
            object.set("aggregate", aggregate)
            object.set("bin", bin)
            object.set("timeUnit", timeUnit)
            object.set("title", title)
        }
    }
}
