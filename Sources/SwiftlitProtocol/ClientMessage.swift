/// A message from the browser to the server.
///
/// On the wire: a JSON object whose `type` names the case. Unknown types and unknown keys are
/// rejected with a message that names them.
public enum ClientMessage: Hashable, Sendable {
    /// The first message on every connection: who the client is and what its widgets hold.
    case hello(Hello)
    /// Run the app again with these widget values.
    case rerun(Rerun)
    /// Send more rows of a table; no run happens.
    case rows(RowsRequest)
    /// The user pressed Stop: end the streams of the run in progress early (or, when it is not
    /// streaming, stop the run).
    case stop(Stop)

    /// Names the run the user saw running when pressing Stop, so that a Stop arriving after that
    /// run ended does not stop the next one.
    public struct Stop: Hashable, Sendable, Codable {
        public var run: Int

        public init(run: Int) { self.run = run }

        private enum CodingKeys: String, CodingKey { case run }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(allowed: ["type", "run"], in: "stop")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            run = try container.decode(Int.self, forKey: .run)
            guard run >= 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: .run, in: container, debugDescription: "run is a run's number, never negative")
            }
        }
    }

    /// Asks for rows `offset..<offset+count` of the table a `dataframe` element names, in the order
    /// of a view: sorted by a column and narrowed by a search, both done on the server.
    public struct RowsRequest: Hashable, Sendable, Codable {
        public var table: String
        public var offset: Int
        public var count: Int
        /// The order of the rows; the table's own when `nil`.
        public var sort: TableSort?
        /// Only rows with a cell that contains this text (ignoring case); all rows when `nil`.
        public var search: String?

        public init(table: String, offset: Int, count: Int, sort: TableSort? = nil, search: String? = nil) {
            self.table = table
            self.offset = offset
            self.count = count
            self.sort = sort
            self.search = search
        }

        private enum CodingKeys: String, CodingKey { case table, offset, count, sort, search }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(allowed: ["type", "table", "offset", "count", "sort", "search"], in: "rows")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            table = try container.decodeIdentifier(forKey: .table)
            offset = try container.decode(Int.self, forKey: .offset)
            count = try container.decode(Int.self, forKey: .count)
            sort = try container.decodeIfPresent(TableSort.self, forKey: .sort)
            search = try container.decodeIfPresent(String.self, forKey: .search)
            guard (0...ProtocolLimits.maxRowsOffset).contains(offset) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .offset, in: container,
                    debugDescription: "must be from 0 to \(ProtocolLimits.maxRowsOffset)")
            }
            guard (1...ProtocolLimits.maxRowsCount).contains(count) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .count, in: container, debugDescription: "must be from 1 to \(ProtocolLimits.maxRowsCount)")
            }
            if let search, search.count > ProtocolLimits.maxSearchLength {
                throw DecodingError.dataCorruptedError(
                    forKey: .search, in: container,
                    debugDescription: "a search is at most \(ProtocolLimits.maxSearchLength) characters")
            }
        }
    }

    /// Opens (or resumes) a session; the server answers with ``ServerMessage/session(_:)`` and a run.
    public struct Hello: Hashable, Sendable, Codable {
        /// The ``ProtocolVersion`` the client speaks.
        public var protocolVersion: Int
        /// The session this tab had before a reconnect or a reload, to resume its `st.session`.
        public var sessionId: String?
        /// Every widget value the browser holds, so the page comes back as it was.
        public var widgets: [WidgetID: WidgetValue]
        /// The page and query string the tab is at; the default page with no query when `nil`.
        public var location: PageLocation?
        /// What the browser tells of itself (`st.context`).
        public var browser: BrowserInfo?
        /// The app's `localStorage` entries, by key (without the browser-side prefix).
        public var localStorage: [String: String]?

        public init(
            protocolVersion: Int = ProtocolVersion.current, sessionId: String? = nil, widgets: [WidgetID: WidgetValue] = [:],
            location: PageLocation? = nil, browser: BrowserInfo? = nil, localStorage: [String: String]? = nil
        ) {
            self.protocolVersion = protocolVersion
            self.sessionId = sessionId
            self.widgets = widgets
            self.location = location
            self.browser = browser
            self.localStorage = localStorage
        }

        private enum CodingKeys: String, CodingKey {
            case protocolVersion = "protocol"
            case sessionId, widgets, type, location, browser, localStorage
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(
                allowed: ["type", "protocol", "sessionId", "widgets", "location", "browser", "localStorage"], in: "hello")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            protocolVersion = try container.decode(Int.self, forKey: .protocolVersion)
            sessionId = try container.decodeIdentifierIfPresent(forKey: .sessionId)
            widgets = try container.contains(.widgets) ? container.decodeWidgetValues(forKey: .widgets) : [:]
            location = try container.decodeIfPresent(PageLocation.self, forKey: .location)
            browser = try container.decodeIfPresent(BrowserInfo.self, forKey: .browser)
            localStorage = try container.decodeLocalStorageIfPresent(forKey: .localStorage)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(protocolVersion, forKey: .protocolVersion)
            try container.encodeIfPresent(sessionId, forKey: .sessionId)
            try container.encode(widgets, forKey: .widgets)
            try container.encodeIfPresent(location, forKey: .location)
            try container.encodeIfPresent(browser, forKey: .browser)
            try container.encodeIfPresent(localStorage, forKey: .localStorage)
        }
    }

    /// A user interaction: the browser's full set of widget values, and the button that was
    /// clicked, if any.
    public struct Rerun: Hashable, Sendable, Codable {
        /// Every widget value the browser holds (not only the one that changed).
        public var widgets: [WidgetID: WidgetValue]
        /// The button whose click caused this rerun; it reads `true` for this one run.
        public var trigger: WidgetID?
        /// The fragment whose widget changed: only that fragment reruns.
        public var fragment: String?
        /// Where the tab navigated (a link to a page, back or forward): the run shows that page
        /// with that query string. `nil` when the tab stayed where it was.
        public var location: PageLocation?

        public init(
            widgets: [WidgetID: WidgetValue], trigger: WidgetID? = nil, fragment: String? = nil,
            location: PageLocation? = nil
        ) {
            self.widgets = widgets
            self.trigger = trigger
            self.fragment = fragment
            self.location = location
        }

        private enum CodingKeys: String, CodingKey { case widgets, trigger, fragment, location }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(allowed: ["type", "widgets", "trigger", "fragment", "location"], in: "rerun")
            let container = try decoder.container(keyedBy: CodingKeys.self)
            widgets = try container.decodeWidgetValues(forKey: .widgets)
            trigger = try container.decodeIfPresent(WidgetID.self, forKey: .trigger)
            fragment = try container.decodeIdentifierIfPresent(forKey: .fragment)
            location = try container.decodeIfPresent(PageLocation.self, forKey: .location)
        }
    }
}

extension ClientMessage: WireTaggedUnion {
    /// A client message's `type` on the wire.
    public enum MessageType: String, Hashable, Sendable, Codable, CaseIterable, WireEnum { case hello, rerun, rows, stop }

    public static let wireTagKey = "type"

    /// The Swift type of each message's fields: the one place a message type meets its type.
    public static func wireVariant(_ type: MessageType) -> WireVariant<ClientMessage> {
        switch type {
        case .hello: WireVariant(Hello.self, ClientMessage.hello)
        case .rerun: WireVariant(Rerun.self, ClientMessage.rerun)
        case .rows: WireVariant(RowsRequest.self, ClientMessage.rows)
        case .stop: WireVariant(Stop.self, ClientMessage.stop)
        }
    }
}

extension ClientMessage.Hello: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["protocol": .nonNegative]
}

extension ClientMessage.Stop: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["run": .nonNegative]
}

extension ClientMessage.RowsRequest: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = [
        "offset": .nonNegative, "count": .range(1...ProtocolLimits.maxRowsCount),
    ]
}

extension ClientMessage: Codable {
    private enum CodingKeys: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let typeName = try container.decode(String.self, forKey: .type)
        guard let type = MessageType(rawValue: typeName) else {
            let expected = MessageType.wireCases.map { "'\($0)'" }.joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown message type '\(typeName)'; expected one of \(expected)")
        }
        self = try Self.wireVariant(type).decode(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .hello(let hello):
            try container.encode(MessageType.hello, forKey: .type)
            try hello.encode(to: encoder)
        case .rerun(let rerun):
            try container.encode(MessageType.rerun, forKey: .type)
            try rerun.encode(to: encoder)
        case .rows(let request):
            try container.encode(MessageType.rows, forKey: .type)
            try request.encode(to: encoder)
        case .stop(let stop):
            try container.encode(MessageType.stop, forKey: .type)
            try stop.encode(to: encoder)
        }
    }
}
