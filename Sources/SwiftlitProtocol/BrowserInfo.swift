/// What the browser tells of itself in `hello`, for `st.context`. Every field is the browser's
/// own claim: an app may show or use it, never trust it for access.
public struct BrowserInfo: Hashable, Sendable, Codable {
    /// The browser's preferred language as a BCP 47 tag (`navigator.language`), e.g. `"en-US"`.
    public var locale: String?
    /// The IANA time zone, e.g. `"Europe/Berlin"`.
    public var timeZone: String?
    /// Minutes to add to local time to get UTC, as JavaScript's `getTimezoneOffset()` gives it
    /// (`-60` in Berlin in winter).
    public var timeZoneOffset: Int?
    /// Whether the page shows light or dark.
    public var theme: ColorScheme?
    /// The address of the app's root as the browser sees it, e.g. `"https://example.com/sales/"`
    /// (`document.baseURI`): behind a proxy, the public one.
    public var rootURL: String?
    /// Whether the page is shown inside another page's frame.
    public var isEmbedded: Bool?

    public init(
        locale: String? = nil, timeZone: String? = nil, timeZoneOffset: Int? = nil, theme: ColorScheme? = nil,
        rootURL: String? = nil, isEmbedded: Bool? = nil
    ) {
        self.locale = locale
        self.timeZone = timeZone
        self.timeZoneOffset = timeZoneOffset
        self.theme = theme
        self.rootURL = rootURL
        self.isEmbedded = isEmbedded
    }

    private enum CodingKeys: String, CodingKey { case locale, timeZone, timeZoneOffset, theme, rootURL, isEmbedded }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(
            allowed: ["locale", "timeZone", "timeZoneOffset", "theme", "rootURL", "isEmbedded"], in: "browser")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let short = ProtocolLimits.maxBrowserNameLength
        locale = try container.decodeBoundedTextIfPresent(forKey: .locale, maxBytes: short)
        timeZone = try container.decodeBoundedTextIfPresent(forKey: .timeZone, maxBytes: short)
        timeZoneOffset = try container.decodeIfPresent(Int.self, forKey: .timeZoneOffset)
        // A range check, not `abs(offset)`: `abs(Int.min)` traps, and the browser chooses this number.
        if let offset = timeZoneOffset, !(-1440...1440).contains(offset) {
            throw DecodingError.dataCorruptedError(
                forKey: .timeZoneOffset, in: container, debugDescription: "must be from -1440 to 1440 minutes")
        }
        theme = try container.decodeIfPresent(ColorScheme.self, forKey: .theme)
        rootURL = try container.decodeBoundedTextIfPresent(forKey: .rootURL, maxBytes: ProtocolLimits.maxURLLength)
        isEmbedded = try container.decodeIfPresent(Bool.self, forKey: .isEmbedded)
    }
}

extension BrowserInfo: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["timeZoneOffset": .range(-1440...1440)]
}

/// Light or dark.
public enum ColorScheme: String, Hashable, Sendable, Codable, WireEnum { case light, dark }
