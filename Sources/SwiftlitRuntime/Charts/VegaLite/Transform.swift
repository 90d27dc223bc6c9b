extension VegaLite {
    /// A data transform of a view, applied in order before encoding.
    ///
    /// ```swift
    /// chart.transform(
    ///     .filter("datum.revenue > 0"),
    ///     .calculate("datum.revenue - datum.cost", as: "profit"),
    ///     .filter(.field("region", oneOf: ["North", "South"])),
    ///     .filter(param: "brush"))
    /// ```
    public struct Transform: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        var specNode: SpecNode { object.specNode }

        init(_ build: (inout SpecObject) -> Void) {
            var object = SpecObject()
            build(&object)
            self.object = object
        }

        /// Keeps the rows where the Vega expression is true (`"datum.price > 100"`).
        public static func filter(_ expression: String) -> Transform { Transform { $0.set("filter", expression) } }

        /// Keeps the rows that a field predicate (or a combination of them) accepts.
        public static func filter(_ predicate: Predicate) -> Transform { Transform { $0.set("filter", predicate) } }

        /// Keeps the rows that the selection `param` holds (all of them while it is empty, unless `empty` is false).
        public static func filter(param: String, empty: Bool? = nil) -> Transform {
            Transform { $0.set("filter", Predicate.param(param, empty: empty)) }
        }

        /// A new field `as` computed by a Vega expression.
        public static func calculate(_ expression: String, as name: String) -> Transform {
            Transform {
                $0.set("calculate", expression)
                $0.set("as", name)
            }
        }

        /// One row per group of `groupBy`, with the summaries `fields`.
        ///
        /// ```swift
        /// .aggregate([.init(.sum, "revenue", as: "total")], groupBy: ["region"])
        /// ```
        public static func aggregate(_ fields: [AggregateField], groupBy: [String] = []) -> Transform {
            Transform {
                $0.set("aggregate", fields)
                $0.set("groupby", groupBy)
            }
        }

        /// The summaries `fields` of each group of `groupBy`, added to every row of the group.
        public static func joinAggregate(_ fields: [AggregateField], groupBy: [String]? = nil) -> Transform {
            Transform {
                $0.set("joinaggregate", fields)
                $0.set("groupby", groupBy)
            }
        }

        /// The start of `field`'s bin in `as` (and its end in `as`_end).
        public static func bin(_ field: String, as name: String, bin: Bin = .auto) -> Transform {
            Transform {
                $0.set("bin", bin)
                $0.set("field", field)
                $0.set("as", name)
            }
        }

        /// `field`'s dates reduced to `unit`, in `as`.
        public static func timeUnit(_ unit: TimeUnit, field: String, as name: String) -> Transform {
            Transform {
                $0.set("timeUnit", unit)
                $0.set("field", field)
                $0.set("as", name)
            }
        }

        /// Wide to long: one row per row and field of `fields`, with the field's name in `as.key` and
        /// its value in `as.value` (`key` and `value` by default).
        public static func fold(_ fields: [String], as names: (key: String, value: String)? = nil) -> Transform {
            Transform {
                $0.set("fold", fields)
                $0.set("as", names.map { [$0.key, $0.value] })
            }
        }

        /// Window calculations (ranks, running totals, moving averages) over sorted groups.
        ///
        /// ```swift
        /// .window([.init(.aggregate(.sum), field: "revenue", as: "cumulative")], sort: [.init("month")])
        /// ```
        public static func window(
            _ fields: [WindowField], frame: (Int?, Int?)? = nil, groupBy: [String]? = nil, sort: [SortField]? = nil,
            ignorePeers: Bool? = nil
        ) -> Transform {
            Transform {
                $0.set("window", fields)
                $0.set("frame", frame.map { [$0.0?.specNode ?? .null, $0.1?.specNode ?? .null] })
                $0.set("groupby", groupBy)
                $0.set("sort", sort)
                $0.set("ignorePeers", ignorePeers)
            }
        }

        /// Adds the fields `fields` (all when `nil`) of the row of `from` whose `key` equals this row's `field`.
        public static func lookup(
            _ field: String, from data: ChartData, key: String, fields: [String]? = nil, default value: String? = nil
        ) -> Transform {
            Transform {
                var from = SpecObject(["data": .data(data)])
                from.set("key", key)
                from.set("fields", fields)
                $0.set("lookup", field)
                $0.set("from", from)
                $0.set("default", value)
            }
        }

        /// A random sample of at most `count` rows.
        public static func sample(_ count: Int) -> Transform { Transform { $0.set("sample", count) } }

        /// The estimated density of `field` (in `value` and `density` fields, or `as`).
        public static func density(
            _ field: String, groupBy: [String]? = nil, extent: ClosedRange<Double>? = nil, bandwidth: Double? = nil,
            as names: (value: String, density: String)? = nil
        ) -> Transform {
            Transform {
                $0.set("density", field)
                $0.set("groupby", groupBy)
                $0.set("extent", extent.map { [$0.lowerBound, $0.upperBound] })
                $0.set("bandwidth", bandwidth)
                $0.set("as", names.map { [$0.value, $0.density] })
            }
        }

        /// A regression line of `field` on `on`.
        public static func regression(
            _ field: String, on: String, method: RegressionMethod? = nil, groupBy: [String]? = nil
        ) -> Transform {
            Transform {
                $0.set("regression", field)
                $0.set("on", on)
                $0.set("method", method?.rawValue)
                $0.set("groupby", groupBy)
            }
        }

        /// A locally smoothed trend line of `field` on `on`.
        public static func loess(
            _ field: String, on: String, groupBy: [String]? = nil, bandwidth: Double? = nil
        ) -> Transform {
            Transform {
                $0.set("loess", field)
                $0.set("on", on)
                $0.set("groupby", groupBy)
                $0.set("bandwidth", bandwidth)
            }
        }

        /// One row per element of the array fields `fields` (named `as` in the result).
        public static func flatten(_ fields: [String], as names: [String]? = nil) -> Transform {
            Transform {
                $0.set("flatten", fields)
                $0.set("as", names)
            }
        }
    }

    /// One summary of an aggregate or join-aggregate transform.
    public struct AggregateField: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        /// The summary `op` of `field` (none for `.count`), named `as`.
        public init(_ op: Aggregate, _ field: String? = nil, as name: String) {
            var object = SpecObject()
            object.set("op", op.name)
            object.set("field", field)
            object.set("as", name)
            self.object = object
        }

        var specNode: SpecNode { object.specNode }
    }

    /// One calculation of a window transform.
    public struct WindowField: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        /// `op` over the window (of `field`, for aggregates and value functions), named `as`; `param` is
        /// the argument of `ntile`, `lag`, `lead` and `nth_value`.
        public init(_ op: WindowOperation, field: String? = nil, param: Double? = nil, as name: String) {
            var object = SpecObject()
            object.set("op", op.name)
            object.set("field", field)
            object.set("param", param)
            object.set("as", name)
            self.object = object
        }

        var specNode: SpecNode { object.specNode }
    }

    /// A window operation: an aggregate or a window function.
    public struct WindowOperation: Sendable, Equatable {
        let name: String

        /// An aggregate over the window frame (`.aggregate(.sum)` for a running total).
        public static func aggregate(_ op: Aggregate) -> WindowOperation { WindowOperation(name: op.name) }

        public static let rowNumber = WindowOperation(name: "row_number")
        public static let rank = WindowOperation(name: "rank")
        public static let denseRank = WindowOperation(name: "dense_rank")
        public static let percentRank = WindowOperation(name: "percent_rank")
        public static let cumeDist = WindowOperation(name: "cume_dist")
        public static let ntile = WindowOperation(name: "ntile")
        public static let lag = WindowOperation(name: "lag")
        public static let lead = WindowOperation(name: "lead")
        public static let firstValue = WindowOperation(name: "first_value")
        public static let lastValue = WindowOperation(name: "last_value")
        public static let nthValue = WindowOperation(name: "nth_value")
    }

    /// A field and an order, for sorting a window.
    public struct SortField: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        public init(_ field: String, order: SortOrder? = nil) {
            var object = SpecObject()
            object.set("field", field)
            object.set("order", order?.rawValue)
            self.object = object
        }

        var specNode: SpecNode { object.specNode }
    }

    /// The model a regression transform fits.
    public enum RegressionMethod: String, Sendable, Equatable {
        case linear, log, exp, pow, quad, poly
    }
}
