extension VegaLite {
    /// The part of a date a field is reduced to: `.year`, `.yearmonth`, `.hours`…, in local time, or in
    /// UTC with `.utc` (`TimeUnit.yearmonth.utc`).
    public struct TimeUnit: Sendable, Equatable, SpecConvertible {
        /// Vega-Lite's name, such as `yearmonth` or `utcyearmonth`.
        public let name: String

        init(_ name: String) { self.name = name }

        /// The same unit in UTC rather than the browser's time zone.
        public var utc: TimeUnit { name.hasPrefix("utc") ? self : TimeUnit("utc" + name) }

        var specNode: SpecNode { name.specNode }

        public static let year = TimeUnit("year")
        public static let quarter = TimeUnit("quarter")
        public static let month = TimeUnit("month")
        public static let week = TimeUnit("week")
        public static let day = TimeUnit("day")
        public static let dayofyear = TimeUnit("dayofyear")
        public static let date = TimeUnit("date")
        public static let hours = TimeUnit("hours")
        public static let minutes = TimeUnit("minutes")
        public static let seconds = TimeUnit("seconds")
        public static let milliseconds = TimeUnit("milliseconds")
        public static let yearquarter = TimeUnit("yearquarter")
        public static let yearquartermonth = TimeUnit("yearquartermonth")
        public static let yearmonth = TimeUnit("yearmonth")
        public static let yearmonthdate = TimeUnit("yearmonthdate")
        public static let yearmonthdatehours = TimeUnit("yearmonthdatehours")
        public static let yearmonthdatehoursminutes = TimeUnit("yearmonthdatehoursminutes")
        public static let yearmonthdatehoursminutesseconds = TimeUnit("yearmonthdatehoursminutesseconds")
        public static let yearweek = TimeUnit("yearweek")
        public static let yearweekday = TimeUnit("yearweekday")
        public static let yeardayofyear = TimeUnit("yeardayofyear")
        public static let quartermonth = TimeUnit("quartermonth")
        public static let monthdate = TimeUnit("monthdate")
        public static let monthdatehours = TimeUnit("monthdatehours")
        public static let weekday = TimeUnit("weekday")
        public static let dayhours = TimeUnit("dayhours")
        public static let hoursminutes = TimeUnit("hoursminutes")
        public static let hoursminutesseconds = TimeUnit("hoursminutesseconds")
        public static let minutesseconds = TimeUnit("minutesseconds")
        public static let secondsmilliseconds = TimeUnit("secondsmilliseconds")
    }
}
