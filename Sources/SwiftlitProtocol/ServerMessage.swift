/// A message from the server to the browser.
///
/// A run that ends quickly costs one ``runFinished(_:)`` message; a longer run first streams
/// ``delta(_:)`` messages so the page fills in while the app is still running.
public enum ServerMessage: Hashable, Sendable {
    /// The answer to ``ClientMessage/hello(_:)``.
    case session(SessionInfo)
    /// Changes produced so far by a run that is still going.
    case delta(RunDelta)
    /// The last changes of a run, and how it ended.
    case runFinished(RunFinished)
    /// Something the client sent could not be used; the session goes on.
    case error(ProtocolErrorMessage)
    /// Rows of a table, answering a `rows` request.
    case rows(Rows)
    /// Something the developer tools around the app report to every tab: a restart after a crash,
    /// a compile error, a fix.
    case notice(DeveloperNotice)
    /// The app moved the tab to another page or query string (`st.switchPage`, `st.queryParams`):
    /// the address bar follows without a reload.
    case location(LocationChange)
    /// The app wrote to the browser's storage (`st.cookies`, `st.localStorage`).
    case storage(StorageUpdate)

    /// Rows `offset..<offset+rows.count` of a table's view (its order and search, echoed).
    public struct Rows: Hashable, Sendable, Codable {
        public var table: String
        public var sort: TableSort?
        public var search: String?
        public var offset: Int
        /// How many rows the view has (fewer than the table when a search narrows it).
        public var rowCount: Int
        public var rows: [[JSONValue]]
        /// Each row's position in the table, when the view is not the table's own order.
        public var positions: [Int]?
        /// Each row's index label, when the table's labels are not its positions.
        public var labels: [Int]?

        public init(
            table: String, sort: TableSort? = nil, search: String? = nil, offset: Int, rowCount: Int,
            rows: [[JSONValue]], positions: [Int]? = nil, labels: [Int]? = nil
        ) {
            self.table = table
            self.sort = sort
            self.search = search
            self.offset = offset
            self.rowCount = rowCount
            self.rows = rows
            self.positions = positions
            self.labels = labels
        }
    }

    /// Which session this connection belongs to.
    public struct SessionInfo: Hashable, Sendable, Codable {
        public var protocolVersion: Int
        public var sessionId: String
        /// `true` when an earlier session (and its `st.session`) was resumed.
        public var resumed: Bool
        /// The session's XSRF token: every upload to `_stcore/upload` carries it in the
        /// `X-Xsrftoken` header. A secret of its own, sent over the socket only, never in a URL.
        public var uploadToken: String?
        /// `true` when the session the browser asked to resume had expired (its tab was away longer
        /// than `server.disconnectedSessionTTL`): the new session starts fresh, widget values too,
        /// and the page says so.
        public var expired: Bool?

        public init(
            protocolVersion: Int = ProtocolVersion.current, sessionId: String, resumed: Bool, uploadToken: String? = nil,
            expired: Bool? = nil
        ) {
            self.protocolVersion = protocolVersion
            self.sessionId = sessionId
            self.resumed = resumed
            self.uploadToken = uploadToken
            self.expired = expired
        }

        private enum CodingKeys: String, CodingKey {
            case protocolVersion = "protocol"
            case sessionId, resumed, uploadToken, expired
        }
    }

    /// Operations from a run still in progress.
    public struct RunDelta: Hashable, Sendable, Codable {
        /// The run's number within the session; it grows by one per run.
        public var run: Int
        public var ops: [DeltaOp]
        /// The browser keeps this message's `ops` in slot `keep` (replacing what the slot held), so
        /// that the same changes can come again as a ``replay``.
        public var keep: Int?
        /// The changes are those the browser kept in slot `replay`; `ops` is empty.
        public var replay: Int?

        public init(run: Int, ops: [DeltaOp], keep: Int? = nil, replay: Int? = nil) {
            self.run = run
            self.ops = ops
            self.keep = keep
            self.replay = replay
        }
    }

    /// The final operations of a run and how it ended.
    public struct RunFinished: Hashable, Sendable, Codable {
        public var run: Int
        public var status: RunStatus
        public var ops: [DeltaOp]
        /// As ``RunDelta/keep``.
        public var keep: Int?
        /// As ``RunDelta/replay``.
        public var replay: Int?

        public init(run: Int, status: RunStatus, ops: [DeltaOp], keep: Int? = nil, replay: Int? = nil) {
            self.run = run
            self.status = status
            self.ops = ops
            self.keep = keep
            self.replay = replay
        }
    }
}

/// How a run ended.
public enum RunStatus: String, Hashable, Sendable, Codable, WireEnum {
    /// The app ran to its end, or called `st.stop()`.
    case complete
    /// The app threw; an exception element shows the error.
    case error
    /// A newer event stopped the run; another run follows at once.
    case interrupted
}

/// Why a client message was refused.
public enum ProtocolErrorCode: String, Hashable, Sendable, Codable, WireEnum {
    /// Not JSON, or not the shape of any message.
    case malformedMessage
    /// The `type` names no known message.
    case unknownMessageType
    /// The client speaks another protocol version.
    case unsupportedProtocol
    /// The message exceeds `server.maxMessageSize`.
    case messageTooLarge
    /// A widget value has the wrong type or is out of range; the widget keeps its old value.
    case invalidWidgetValue
    /// The message names a widget that is not on the page.
    case unknownWidget
    /// A `rerun` arrived before `hello`.
    case notReady
    /// A `rows` request names a table that is no longer on the page.
    case unknownTable
    /// A `rows` request sorts by a column the table does not have.
    case unknownColumn
    /// The connection sends faster than `server.maxMessagesPerSecond`; the message was ignored.
    case rateLimited
    /// The server holds as many sessions as it may; the connection closes.
    case serverBusy
}

/// The payload of ``ServerMessage/error(_:)``.
public struct ProtocolErrorMessage: Hashable, Sendable, Codable {
    public var code: ProtocolErrorCode
    /// What went wrong and what to do, in words a developer can act on.
    public var message: String

    public init(code: ProtocolErrorCode, message: String) {
        self.code = code
        self.message = message
    }
}

extension ServerMessage: WireTaggedUnion {
    /// A server message's `type` on the wire.
    public enum MessageType: String, Hashable, Sendable, Codable, CaseIterable, WireEnum {
        case session, delta, runFinished, error, rows, notice, location, storage
    }

    public static let wireTagKey = "type"

    /// The Swift type of each message's fields: the one place a message type meets its type.
    public static func wireVariant(_ type: MessageType) -> WireVariant<ServerMessage> {
        switch type {
        case .session: WireVariant(SessionInfo.self, ServerMessage.session)
        case .delta: WireVariant(RunDelta.self, ServerMessage.delta)
        case .runFinished: WireVariant(RunFinished.self, ServerMessage.runFinished)
        case .error: WireVariant(ProtocolErrorMessage.self, ServerMessage.error)
        case .rows: WireVariant(Rows.self, ServerMessage.rows)
        case .notice: WireVariant(DeveloperNotice.self, ServerMessage.notice)
        case .location: WireVariant(LocationChange.self, ServerMessage.location)
        case .storage: WireVariant(StorageUpdate.self, ServerMessage.storage)
        }
    }
}

extension ServerMessage.SessionInfo: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["protocol": .nonNegative]
}

extension ServerMessage.RunDelta: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = [
        "run": .nonNegative, "keep": .range(KeptChanges.slotRange), "replay": .range(KeptChanges.slotRange),
    ]
}

extension ServerMessage.RunFinished: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = [
        "run": .nonNegative, "keep": .range(KeptChanges.slotRange), "replay": .range(KeptChanges.slotRange),
    ]
}

extension ServerMessage.Rows: WireFieldConstraints {
    public static let wireFieldConstraints: [String: WireConstraint] = ["offset": .nonNegative, "rowCount": .nonNegative]
}

extension ServerMessage: Codable {
    private enum CodingKeys: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws { self = try Self.decodeVariant(from: decoder) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .session(let payload):
            try container.encode(MessageType.session, forKey: .type)
            try payload.encode(to: encoder)
        case .delta(let payload):
            try container.encode(MessageType.delta, forKey: .type)
            try payload.encode(to: encoder)
        case .runFinished(let payload):
            try container.encode(MessageType.runFinished, forKey: .type)
            try payload.encode(to: encoder)
        case .error(let payload):
            try container.encode(MessageType.error, forKey: .type)
            try payload.encode(to: encoder)
        case .rows(let payload):
            try container.encode(MessageType.rows, forKey: .type)
            try payload.encode(to: encoder)
        case .notice(let payload):
            try container.encode(MessageType.notice, forKey: .type)
            try payload.encode(to: encoder)
        case .location(let payload):
            try container.encode(MessageType.location, forKey: .type)
            try payload.encode(to: encoder)
        case .storage(let payload):
            try container.encode(MessageType.storage, forKey: .type)
            try payload.encode(to: encoder)
        }
    }
}
