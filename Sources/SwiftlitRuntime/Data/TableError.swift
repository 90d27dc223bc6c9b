/// Why a table could not be built or an operation on one failed. Each message says what to do.
///
/// ```swift
/// do {
///     let cheap = try table.sorted(by: "prize")
/// } catch let error as TableError {
///     st.error(error.description)  // No column 'prize'. The columns are: 'name', 'price'.
/// }
/// ```
public enum TableError: Error, CustomStringConvertible, Equatable, Sendable {
    /// An operation named a column the table lacks.
    case unknownColumn(String, existing: [String])
    /// Two columns would have the same name.
    case duplicateColumn(String)
    /// A column's type does not suit the operation (a sum of text, a `Double` filter on dates).
    case typeMismatch(column: String, holds: String, operation: String, suggestion: String)
    /// `Table(records:)` got a record that does not encode as named properties.
    case recordNotKeyed(index: Int, type: String)
    /// A record's `encode(to:)` threw.
    case recordEncodingFailed(index: Int, reason: String)
    /// CSV text that cannot be read; `line` counts from 1.
    case csvSyntax(line: Int, problem: String)
    /// A CSV separator that is not a single ASCII character other than a quote or a line break.
    case invalidSeparator(Character)
    /// JSON that is not an array of objects or an object of arrays, or not JSON at all.
    case invalidJSON(String)
    /// A file that could not be read.
    case unreadableFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownColumn(let name, let existing):
            let names = existing.isEmpty ? "The table has no columns." : "The columns are: \(Self.quoted(existing))."
            return "No column '\(name)'. \(names)"
        case .duplicateColumn(let name):
            return "Two columns would be named '\(name)'. Give each column its own name."
        case .typeMismatch(let column, let holds, let operation, let suggestion):
            return "\(operation) cannot use column '\(column)', which holds \(holds). \(suggestion)"
        case .recordNotKeyed(let index, let type):
            return "Table(records:) needs records with named properties (structs or classes), but record \(index) "
                + "(\(type)) does not encode as a keyed container. For a single list of values, build a column: "
                + "Table([Table.Column(\"value\", values)])."
        case .recordEncodingFailed(let index, let reason):
            return "Record \(index) could not be encoded: \(reason)"
        case .csvSyntax(let line, let problem):
            return "CSV line \(line): \(problem)"
        case .invalidSeparator(let separator):
            return "The separator \(separator.debugDescription) cannot separate CSV fields. Use one ASCII character "
                + "other than a quote or a line break, such as \",\", \";\" or \"\\t\"."
        case .invalidJSON(let problem):
            return "Table(json:) \(problem) It reads an array of objects ([{\"a\": 1}, {\"a\": 2}]) or an object of "
                + "arrays ({\"a\": [1, 2]})."
        case .unreadableFile(let path, let reason):
            return "Could not read '\(path)': \(reason)"
        }
    }

    private static func quoted(_ names: [String]) -> String {
        let shown = names.prefix(20).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 20 ? "\(shown) and \(names.count - 20) more" : shown
    }
}
