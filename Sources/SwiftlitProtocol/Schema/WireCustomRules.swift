// The wire types the browser checks with a hand-written rule (see `WireCustomRule`), each with why.

extension JSONValue: WireCustomRule {
    /// Any JSON document: nothing to check.
    public static let wireRule = "json"
}

extension WidgetID: WireCustomRule {
    /// A string, typed as a widget id in the browser.
    public static let wireRule = "widgetId"
}

extension DeltaOp: WireCustomRule {
    /// Its fields depend on `op`, and `path` has rules of its own.
    public static let wireRule = "op"
}

extension Dictionary: WireCustomRule {
    /// Widget values by id (each a JSON scalar or an array of scalars), or strings by name (the
    /// app's `localStorage` entries). Swift allows one conformance per type, so the rule is chosen
    /// by the key and value types; any other map is named after them, which the generators refuse.
    public static var wireRule: String {
        if Key.self == WidgetID.self, Value.self == WidgetValue.self { return "widgetValues" }
        if Key.self == String.self, Value.self == String.self { return "stringMap" }
        return "map of \(Key.self) to \(Value.self)"
    }
}

extension Array: WireCustomRule where Element == [JSONValue] {
    /// A table's rows: the runtime writes only JSON scalars into cells, and the browser holds it to that.
    public static var wireRule: String { "rows" }
}

extension ChartColumn: WireCustomRule {
    /// Exactly one typed array of values, and missing positions within it: "exactly one of" is
    /// beyond the generator's field rules.
    public static let wireRule = "chartColumn"
}
