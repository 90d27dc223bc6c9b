/// The headers of the request that opened a tab's connection (the WebSocket upgrade), in the
/// order they arrived: `st.context.headers`.
///
/// Lookup ignores case, and a header sent more than once keeps every value.
///
/// ```swift
/// let agent = st.context.headers["User-Agent"] ?? "unknown"
/// let languages = st.context.headers.values(for: "Accept-Language")
/// ```
///
/// Every header is the browser's claim (or a proxy's): show it, log it, never trust it for access.
public struct RequestHeaders: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header as it arrived.
    public struct Field: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Every header, in the order the request carried them.
    public private(set) var fields: [Field]

    public init(_ fields: [Field] = []) { self.fields = fields }

    public init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value of the header `name` (any case), or `nil` when the request had none.
    public subscript(name: String) -> String? { fields.first { $0.name.caseInsensitiveEquals(name) }?.value }

    /// Every value of the header `name` (any case), in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Whether the request had the header `name` (any case).
    public func contains(_ name: String) -> Bool { self[name] != nil }

    /// The names of the headers, lowercased, each once, in order of first appearance.
    public var names: [String] {
        var seen: Set<String> = []
        return fields.map { $0.name.lowercased() }.filter { seen.insert($0).inserted }
    }

    /// The number of header lines.
    public var count: Int { fields.count }

    /// Adds a header after the others.
    public mutating func append(_ name: String, _ value: String) { fields.append(Field(name: name, value: value)) }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }
}

extension String {
    /// Equal ignoring ASCII case, as header names compare.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && lowercased() == other.lowercased()
    }
}
