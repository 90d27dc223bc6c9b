extension SQLConfiguration: Decodable {
    enum CodingKeys: String, CodingKey {
        case url, dialect, host, port, database, username, password, poolSize, sslmode
        // Streamlit's spellings.
        case poolSizeSnakeCase = "pool_size"
        case user
    }

    /// Decodes a `[connections.NAME]` section: a `url`, or `dialect` and the other fields.
    /// - Throws: ``SQLError`` of kind ``SQLError/Kind/configuration`` that names the section and says
    ///   what to write.
    public init(from decoder: any Decoder) throws {
        let section = Self.sectionName(decoder.codingPath)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let poolSize =
            try container.decodeIfPresent(Int.self, forKey: .poolSize)
            ?? container.decodeIfPresent(Int.self, forKey: .poolSizeSnakeCase)
        let sslmode = try container.decodeIfPresent(String.self, forKey: .sslmode)
            .map { try Self.sslMode(named: $0, section: section) }
        if let url = try container.decodeIfPresent(String.self, forKey: .url) {
            self = try SQLURLParser.parse(url, section: section)
            if let poolSize { self.poolSize = poolSize }
            if let sslmode { self.sslmode = sslmode }
        } else if let dialectName = try container.decodeIfPresent(String.self, forKey: .dialect) {
            guard let dialect = SQLURLParser.dialect(named: dialectName) else {
                throw SQLError(
                    .configuration,
                    "\(section): dialect \"\(dialectName)\" is not one SQLConnection speaks; write dialect = \"sqlite\" or dialect = \"postgresql\""
                )
            }
            self.init(
                dialect: dialect,
                host: try container.decodeIfPresent(String.self, forKey: .host),
                port: try Self.decodePort(container, section: section),
                database: try container.decodeIfPresent(String.self, forKey: .database),
                username: try container.decodeIfPresent(String.self, forKey: .username)
                    ?? container.decodeIfPresent(String.self, forKey: .user),
                password: try container.decodeIfPresent(String.self, forKey: .password),
                poolSize: poolSize, sslmode: sslmode)
        } else {
            throw SQLError(.configuration, Self.missingMessage(section: section))
        }
        try validate(section: section)
    }

    /// Checks the fields that decoding cannot: a pool of at least one, a port in range, a user for
    /// PostgreSQL.
    func validate(section: String) throws {
        if let poolSize, poolSize < 1 {
            throw SQLError(.configuration, "\(section): poolSize must be at least 1 (it is \(poolSize))")
        }
        if let port, !(1...65_535).contains(port) {
            throw SQLError(.configuration, "\(section): port must be between 1 and 65535 (it is \(port))")
        }
        if dialect == .postgresql, (username ?? "").isEmpty {
            throw SQLError(
                .configuration,
                "\(section) needs a user for PostgreSQL: write username = \"…\", or a url like postgresql://user:password@host:5432/db"
            )
        }
    }

    static func missingMessage(section: String) -> String {
        "\(section) needs a url like postgresql://user:password@host:5432/db or sqlite:///path/to.db, or dialect = \"sqlite\" or dialect = \"postgresql\" with its fields"
    }

    /// `connections.NAME` from the decoder's path when it has one.
    static func sectionName(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "[connections.NAME]" : path.map(\.stringValue).joined(separator: ".")
    }

    static func sslMode(named name: String, section: String) throws -> SSLMode {
        guard let mode = SSLMode(rawValue: name.lowercased()) else {
            let choices = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw SQLError(.configuration, "\(section): sslmode \"\(name)\" is not one of \(choices)")
        }
        return mode
    }

    /// A port written as a number, or as text of digits.
    private static func decodePort(_ container: KeyedDecodingContainer<CodingKeys>, section: String) throws -> Int? {
        if let number = try? container.decodeIfPresent(Int.self, forKey: .port) { return number }
        guard let text = try container.decodeIfPresent(String.self, forKey: .port) else { return nil }
        guard let number = Int(text) else {
            throw SQLError(.configuration, "\(section): port must be a number such as 5432")
        }
        return number
    }
}
