/// Where in the app a tab is: the page (its path below `server.baseUrlPath`) and the query string.
///
/// `hello` carries the address the tab opened at (a deep link), `rerun` the one it navigated to
/// (a link, back or forward), and ``ServerMessage/location(_:)`` the one the app moved to
/// (`st.switchPage`, a write to `st.queryParams`).
public struct PageLocation: Hashable, Sendable, Codable {
    /// The page's path below the app's root, without a leading `/`: `""` for the default page,
    /// `"settings"` for `…/settings`. Percent-decoded.
    public var page: String
    /// The query string without its `?`, percent-encoded as in a URL: `"year=2026&tab=sales"`.
    public var query: String

    public init(page: String = "", query: String = "") {
        self.page = page
        self.query = query
    }

    private enum CodingKeys: String, CodingKey { case page, query }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: ["page", "query"], in: "location")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        page = try container.decodeBoundedText(forKey: .page, maxBytes: ProtocolLimits.maxPagePathLength)
        query = try container.decodeBoundedText(forKey: .query, maxBytes: ProtocolLimits.maxQueryLength)
    }
}

extension KeyedDecodingContainer {
    /// Decodes a string of at most `maxBytes` UTF-8 bytes.
    func decodeBoundedText(forKey key: Key, maxBytes: Int) throws -> String {
        let text = try decode(String.self, forKey: key)
        guard text.utf8.count <= maxBytes else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "longer than \(maxBytes) bytes")
        }
        return text
    }

    func decodeBoundedTextIfPresent(forKey key: Key, maxBytes: Int) throws -> String? {
        try contains(key) && !decodeNil(forKey: key) ? decodeBoundedText(forKey: key, maxBytes: maxBytes) : nil
    }
}
