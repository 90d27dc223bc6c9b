public import SwiftlitProtocol

extension VegaLite {
    /// A parameter of a chart: a selection the reader makes by clicking or brushing, or a value bound
    /// to an input.
    ///
    /// ```swift
    /// chart.params(.point("pick", fields: ["category"], bind: .legend))
    /// chart.params(.interval("brush", encodings: [.x]))
    /// chart.params(.value("size", 50, bind: .range(min: 10, max: 200)))
    /// ```
    public struct Param: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        var specNode: SpecNode { object.specNode }

        /// The parameter's name, as conditions and filters refer to it.
        public var name: String {
            if case .json(.string(let name)) = object["name"] { return name }
            return ""
        }

        /// A selection of discrete values: the clicked marks (`on` another event such as `"pointerover"`),
        /// projected onto `fields` or `encodings` (all marks with the same values are selected).
        /// `clear` is the event that empties it (`.disabled` keeps it), `toggle` whether (or when) a
        /// click adds to it, `nearest` whether the nearest mark is picked, and `bind` `.legend` makes the
        /// legend select.
        public static func point(
            _ name: String, fields: [String]? = nil, encodings: [ChannelName]? = nil, on: String? = nil,
            clear: SelectionTrigger? = nil, toggle: SelectionTrigger? = nil, nearest: Bool? = nil,
            bind: SelectionBinding? = nil, value: JSONValue? = nil
        ) -> Param {
            var select = SpecObject(["type": "point".specNode])
            select.set("fields", fields)
            select.set("encodings", encodings?.map(\.rawValue))
            select.set("on", on)
            select.set("clear", clear)
            select.set("toggle", toggle)
            select.set("nearest", nearest)
            return selection(name, select, bind: bind, value: value)
        }

        /// A selection of a continuous range, brushed by dragging, projected onto `encodings` (x and y
        /// by default) or `fields`. `bind: .scales` makes the view pan and zoom instead.
        public static func interval(
            _ name: String, encodings: [ChannelName]? = nil, fields: [String]? = nil, on: String? = nil,
            clear: SelectionTrigger? = nil, zoom: Bool? = nil, translate: Bool? = nil,
            bind: SelectionBinding? = nil, value: JSONValue? = nil
        ) -> Param {
            var select = SpecObject(["type": "interval".specNode])
            select.set("encodings", encodings?.map(\.rawValue))
            select.set("fields", fields)
            select.set("on", on)
            select.set("clear", clear)
            select.set("zoom", zoom)
            select.set("translate", translate)
            return selection(name, select, bind: bind, value: value)
        }

        /// A value that expressions and conditions read, shown as an input when `bind` is given.
        // Literals pick the typed overloads; JSON literals would make them ambiguous.
        @_disfavoredOverload
        public static func value(_ name: String, _ value: JSONValue, bind: InputBinding? = nil) -> Param {
            var object = SpecObject(["name": name.specNode, "value": value.specNode])
            object.set("bind", bind)
            return Param(object: object)
        }

        /// A value that expressions and conditions read, bound to an input when `bind` is given.
        public static func value(_ name: String, _ value: Double, bind: InputBinding? = nil) -> Param {
            self.value(name, JSONValue.number(value), bind: bind)
        }

        /// A value computed by a Vega expression.
        public static func expression(_ name: String, _ expression: String) -> Param {
            Param(object: SpecObject(["name": name.specNode, "expr": expression.specNode]))
        }

        private static func selection(
            _ name: String, _ select: SpecObject, bind: SelectionBinding?, value: JSONValue?
        ) -> Param {
            var object = SpecObject(["name": name.specNode])
            // A selection with no options is just its type, as Vega-Lite writes it.
            object["select"] = select.members.count == 1 ? select["type"] : select.specNode
            object.set("bind", bind)
            object.set("value", value)
            return Param(object: object)
        }
    }

    /// The event that clears a selection or toggles a value in it, or whether that happens at all.
    public struct SelectionTrigger: Sendable, Equatable, SpecConvertible, ExpressibleByStringLiteral {
        let specNode: SpecNode

        /// On this Vega event stream (`"dblclick"`) or, for toggle, while this expression is true (`"event.shiftKey"`).
        public init(stringLiteral event: String) { specNode = event.specNode }

        /// Never (Vega-Lite's `false`).
        public static let disabled = SelectionTrigger(specNode: false.specNode)
        /// Always, for toggle (Vega-Lite's `true`).
        public static let always = SelectionTrigger(specNode: true.specNode)

        /// On this Vega event stream, or while this expression is true.
        public static func event(_ event: String) -> SelectionTrigger { SelectionTrigger(specNode: event.specNode) }

        private init(specNode: SpecNode) { self.specNode = specNode }
    }

    /// What a selection is bound to besides the marks.
    public struct SelectionBinding: Sendable, Equatable, SpecConvertible {
        let specNode: SpecNode

        /// Clicking the legend selects (point selections projected onto one field).
        public static let legend = SelectionBinding(specNode: "legend".specNode)
        /// The view pans and zooms (interval selections).
        public static let scales = SelectionBinding(specNode: "scales".specNode)
        /// An input element per projected field.
        public static func input(_ binding: InputBinding) -> SelectionBinding { SelectionBinding(specNode: binding.specNode) }
    }

    /// An input a value parameter is shown as.
    public struct InputBinding: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        var specNode: SpecNode { object.specNode }

        /// A slider.
        public static func range(min: Double, max: Double, step: Double? = nil, name: String? = nil) -> InputBinding {
            var object = SpecObject(["input": "range".specNode, "min": min.specNode, "max": max.specNode])
            object.set("step", step)
            object.set("name", name)
            return InputBinding(object: object)
        }

        /// A drop-down of `options` (shown as `labels` when given).
        public static func select(_ options: [JSONValue], labels: [String]? = nil, name: String? = nil) -> InputBinding {
            choice("select", options, labels: labels, name: name)
        }

        /// Radio buttons of `options` (shown as `labels` when given).
        public static func radio(_ options: [JSONValue], labels: [String]? = nil, name: String? = nil) -> InputBinding {
            choice("radio", options, labels: labels, name: name)
        }

        /// A checkbox.
        public static func checkbox(name: String? = nil) -> InputBinding {
            var object = SpecObject(["input": "checkbox".specNode])
            object.set("name", name)
            return InputBinding(object: object)
        }

        /// A text field (or another HTML input type, such as `color` or `date`).
        public static func text(type: String = "text", placeholder: String? = nil, name: String? = nil) -> InputBinding {
            var object = SpecObject(["input": type.specNode])
            object.set("placeholder", placeholder)
            object.set("name", name)
            return InputBinding(object: object)
        }

        private static func choice(_ input: String, _ options: [JSONValue], labels: [String]?, name: String?) -> InputBinding {
            var object = SpecObject(["input": input.specNode, "options": options.specNode])
            object.set("labels", labels)
            object.set("name", name)
            return InputBinding(object: object)
        }
    }
}
