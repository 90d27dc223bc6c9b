/// The bounds every client message is checked against while it is decoded, so that no value a
/// browser (or anything else) sends can make the server trap, overflow or allocate without limit.
///
/// The byte size of a whole message is bounded separately, by `server.maxMessageSize`, before it
/// is decoded.
public enum ProtocolLimits {
    /// Widget values one `hello` or `rerun` may carry. A page with more widgets than this is far
    /// beyond anything a person can use.
    public static let maxWidgetValues = 10_000
    /// Items in one list value (a multiselect's choices, a range slider's two ends).
    public static let maxListItems = 10_000
    /// Rows one `rows` request may ask for.
    public static let maxRowsCount = 1_000
    /// The largest row offset a `rows` request may name: 2^48 rows, far beyond any table, and
    /// small enough that `offset + count` can never overflow an `Int`.
    public static let maxRowsOffset = 1 << 48
    /// Characters in a table search.
    public static let maxSearchLength = 1_000
    /// Characters in an identifier the server issued: a session id, a table id, a fragment id.
    public static let maxIdentifierLength = 256
    /// Bytes in a page's path (`PageLocation.page`).
    public static let maxPagePathLength = 1_024
    /// Bytes in a query string: far beyond the 2,000 characters a URL can safely carry.
    public static let maxQueryLength = 16_384
    /// Bytes in an address the browser reports (`BrowserInfo.rootURL`).
    public static let maxURLLength = 4_096
    /// Bytes in a locale or time-zone name.
    public static let maxBrowserNameLength = 128
    /// Entries of the app's `localStorage` one `hello` may carry.
    public static let maxLocalStorageEntries = 1_000
    /// Bytes in a `localStorage` key.
    public static let maxLocalStorageKeyLength = 256
    /// Bytes of all the app's `localStorage` keys and values one `hello` may carry; the app's
    /// writes are held to the same total.
    public static let maxLocalStorageBytes = 512 * 1_024
}

extension KeyedDecodingContainer {
    /// Decodes an identifier the server issued, refusing one longer than any it issues.
    func decodeIdentifier(forKey key: Key) throws -> String {
        let text = try decode(String.self, forKey: key)
        guard text.utf8.count <= ProtocolLimits.maxIdentifierLength else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "longer than \(ProtocolLimits.maxIdentifierLength) bytes; no such id exists")
        }
        return text
    }

    func decodeIdentifierIfPresent(forKey key: Key) throws -> String? {
        try contains(key) && !decodeNil(forKey: key) ? decodeIdentifier(forKey: key) : nil
    }

    /// Decodes the widget values of a `hello` or `rerun`, refusing more than the protocol allows.
    func decodeWidgetValues(forKey key: Key) throws -> [WidgetID: WidgetValue] {
        let values = try decode([WidgetID: WidgetValue].self, forKey: key)
        guard values.count <= ProtocolLimits.maxWidgetValues else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: "holds \(values.count) widget values; at most \(ProtocolLimits.maxWidgetValues) are allowed")
        }
        return values
    }

    /// Decodes the app's `localStorage` entries a `hello` carries, refusing more than the
    /// protocol allows.
    func decodeLocalStorageIfPresent(forKey key: Key) throws -> [String: String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let entries = try decode([String: String].self, forKey: key)
        func refuse(_ reason: String) -> DecodingError {
            DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: reason)
        }
        guard entries.count <= ProtocolLimits.maxLocalStorageEntries else {
            throw refuse("holds \(entries.count) entries; at most \(ProtocolLimits.maxLocalStorageEntries) are allowed")
        }
        var bytes = 0
        for (name, value) in entries {
            guard name.utf8.count <= ProtocolLimits.maxLocalStorageKeyLength else {
                throw refuse("a key is longer than \(ProtocolLimits.maxLocalStorageKeyLength) bytes")
            }
            bytes += name.utf8.count + value.utf8.count
        }
        guard bytes <= ProtocolLimits.maxLocalStorageBytes else {
            throw refuse("holds \(bytes) bytes; at most \(ProtocolLimits.maxLocalStorageBytes) are allowed")
        }
        return entries
    }
}
