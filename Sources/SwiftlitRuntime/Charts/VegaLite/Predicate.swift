public import SwiftlitProtocol

extension VegaLite {
    /// A test of a row, for ``Transform/filter(_:)-(Predicate)``: field comparisons, selections,
    /// expressions and their combinations.
    ///
    /// ```swift
    /// .filter(.field("year", range: 2000...2010))
    /// .filter(.and([.field("region", equal: "North"), .not(.field("revenue", valid: false))]))
    /// ```
    public indirect enum Predicate: Sendable, Equatable, SpecConvertible {
        case fieldEqual(String, JSONValue, timeUnit: TimeUnit? = nil)
        case fieldOneOf(String, [JSONValue], timeUnit: TimeUnit? = nil)
        case fieldRange(String, ClosedRange<Double>)
        case fieldLessThan(String, Double, orEqual: Bool)
        case fieldGreaterThan(String, Double, orEqual: Bool)
        case fieldValid(String, Bool)
        /// Rows the selection `name` holds.
        case param(String, empty: Bool?)
        /// Rows where the Vega expression is true.
        case expression(String)
        case and([Predicate])
        case or([Predicate])
        case not(Predicate)

        /// Rows whose `field` equals `value`.
        public static func field(_ field: String, equal value: String) -> Predicate { .fieldEqual(field, .string(value)) }
        public static func field(_ field: String, equal value: Double) -> Predicate { .fieldEqual(field, .number(value)) }
        /// Rows whose `field` is one of `values`.
        public static func field(_ field: String, oneOf values: [String]) -> Predicate {
            .fieldOneOf(field, values.map(JSONValue.string))
        }
        public static func field(_ field: String, oneOf values: [Double]) -> Predicate {
            .fieldOneOf(field, values.map(JSONValue.number))
        }
        /// Rows whose `field` is in `range` (bounds included).
        public static func field(_ field: String, range: ClosedRange<Double>) -> Predicate { .fieldRange(field, range) }
        public static func field(_ field: String, lessThan value: Double) -> Predicate {
            .fieldLessThan(field, value, orEqual: false)
        }
        public static func field(_ field: String, lessThanOrEqual value: Double) -> Predicate {
            .fieldLessThan(field, value, orEqual: true)
        }
        public static func field(_ field: String, greaterThan value: Double) -> Predicate {
            .fieldGreaterThan(field, value, orEqual: false)
        }
        public static func field(_ field: String, greaterThanOrEqual value: Double) -> Predicate {
            .fieldGreaterThan(field, value, orEqual: true)
        }
        /// Rows whose `field` is a valid value (not null or NaN), or, with `false`, is not.
        public static func field(_ field: String, valid: Bool) -> Predicate { .fieldValid(field, valid) }

        var specNode: SpecNode {
            var object = SpecObject()
            switch self {
            case .fieldEqual(let field, let value, let unit):
                object.set("field", field)
                object.set("equal", value)
                object.set("timeUnit", unit)
            case .fieldOneOf(let field, let values, let unit):
                object.set("field", field)
                object.set("oneOf", values)
                object.set("timeUnit", unit)
            case .fieldRange(let field, let range):
                object.set("field", field)
                object.set("range", [range.lowerBound, range.upperBound])
            case .fieldLessThan(let field, let value, let orEqual):
                object.set("field", field)
                object.set(orEqual ? "lte" : "lt", value)
            case .fieldGreaterThan(let field, let value, let orEqual):
                object.set("field", field)
                object.set(orEqual ? "gte" : "gt", value)
            case .fieldValid(let field, let valid):
                object.set("field", field)
                object.set("valid", valid)
            case .param(let name, let empty):
                object.set("param", name)
                object.set("empty", empty)
            case .expression(let expression):
                return expression.specNode
            case .and(let predicates): object.set("and", predicates)
            case .or(let predicates): object.set("or", predicates)
            case .not(let predicate): object.set("not", predicate)
            }
            return object.specNode
        }
    }
}
