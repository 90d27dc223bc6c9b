extension St {
    /// Writes anything, choosing the element from the value's type, like Streamlit's `st.write`:
    /// a `String` is Markdown, an `Error` is an exception, numbers and booleans are text, any other
    /// `Encodable` value is JSON, and everything else is its description. Several values are
    /// written in order; consecutive strings join into one paragraph.
    ///
    /// ```swift
    /// st.write("This page ran \(count) times")
    /// st.write(["a": 1, "b": 2])
    /// ```
    public func write(_ values: Any...) {
        var text: [String] = []
        func flushText() {
            if !text.isEmpty { markdown(text.joined(separator: " ")) }
            text = []
        }
        for value in values {
            switch value {
            case let string as String: text.append(string)
            case let substring as Substring: text.append(String(substring))
            case let error as any Error:
                flushText()
                exception(error)
            case is Int, is Double, is Float, is Bool, is Int64, is Int32, is UInt:
                text.append(String(describing: value))
            case let encodable as any Encodable:
                flushText()
                json(encodable)
            default:
                text.append(String(describing: value))
            }
        }
        flushText()
    }
}
