/// How Vega-Lite reads a field's values: amounts, categories, ordered categories, times or shapes.
public enum FieldType: String, Sendable, Equatable {
    case quantitative, nominal, ordinal, temporal, geojson

    /// The type a chart gives a table's column when none is said: numbers are amounts, dates and
    /// times are temporal, and text, booleans and JSON are categories.
    ///
    /// ```swift
    /// FieldType.inferred(from: Table.Column("price", [4.5, 3.0]))  // .quantitative
    /// ```
    public static func inferred(from column: Table.Column) -> FieldType {
        switch column.values {
        case .integers, .doubles: .quantitative
        case .dates, .datetimes: .temporal
        case .strings, .booleans, .json: .nominal
        }
    }
}
