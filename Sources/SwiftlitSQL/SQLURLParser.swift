import Foundation

/// Reads database URLs as SQLAlchemy writes them. Errors describe the expected shape and never
/// repeat the URL: it may hold a password.
enum SQLURLParser {
    static func parse(_ url: String, section: String) throws -> SQLConfiguration {
        let text = url.trimmingCharacters(in: .whitespaces)
        guard let colon = text.firstIndex(of: ":") else {
            throw SQLError(.configuration, "\(section): url must start with postgresql:// or sqlite://; \(shapes)")
        }
        let schemeName = String(text[..<colon])
        // `postgresql+psycopg2` names a Python driver: the dialect is the part before `+`.
        guard let dialect = dialect(named: schemeName) else {
            throw SQLError(
                .configuration,
                "\(section): url scheme \(shown(schemeName)) is not one SQLConnection speaks; \(shapes)")
        }
        let rest = text[text.index(after: colon)...]
        switch dialect {
        case .sqlite: return try parseSQLite(rest, section: section)
        case .postgresql: return try parsePostgres(rest, section: section)
        }
    }

    static let shapes =
        "write url = \"postgresql://user:password@host:5432/db\", \"sqlite:///path/to.db\" or \"sqlite://:memory:\""

    /// The dialect a scheme or `dialect` field names (`postgres`, `postgresql+asyncpg`, `sqlite3`…).
    static func dialect(named name: String) -> SQLConfiguration.Dialect? {
        let base = name.lowercased().split(separator: "+", maxSplits: 1).first.map(String.init) ?? ""
        switch base {
        case "sqlite", "sqlite3": return .sqlite
        case "postgresql", "postgres", "psql", "pg": return .postgresql
        default: return nil
        }
    }

    /// `rest` is what follows `sqlite:`.
    private static func parseSQLite(_ rest: Substring, section: String) throws -> SQLConfiguration {
        if rest == SQLConfiguration.memoryPath { return .memory }
        guard rest.hasPrefix("//") else {
            throw SQLError(.configuration, "\(section): an SQLite url is sqlite:///path/to.db or sqlite://:memory:")
        }
        var location = rest.dropFirst(2)
        if let query = location.firstIndex(of: "?") { location = location[..<query] }
        if location.isEmpty || location == SQLConfiguration.memoryPath || location == "/" + SQLConfiguration.memoryPath {
            return .memory
        }
        guard location.hasPrefix("/") else {
            throw SQLError(
                .configuration,
                "\(section): an SQLite url has no host: write sqlite:///relative/path.db or sqlite:////absolute/path.db")
        }
        guard let path = String(location.dropFirst()).removingPercentEncoding else {
            throw SQLError(.configuration, "\(section): the SQLite url's path has a broken %-escape")
        }
        return path.isEmpty ? .memory : .sqlite(path: path)
    }

    /// `rest` is what follows `postgresql:`.
    private static func parsePostgres(_ rest: Substring, section: String) throws -> SQLConfiguration {
        let example = "postgresql://user:password@host:5432/db"
        guard rest.hasPrefix("//") else {
            throw SQLError(.configuration, "\(section): a PostgreSQL url looks like \(example)")
        }
        let afterSlashes = rest.dropFirst(2)
        let authorityEnd = afterSlashes.firstIndex { $0 == "/" || $0 == "?" } ?? afterSlashes.endIndex
        let authority = afterSlashes[..<authorityEnd]
        var path = afterSlashes[authorityEnd...]
        var query: Substring = ""
        if let mark = path.firstIndex(of: "?") {
            query = path[path.index(after: mark)...]
            path = path[..<mark]
        }

        var configuration = SQLConfiguration(dialect: .postgresql)
        var hostAndPort = authority
        // The last `@` ends the user part: a password may contain `@` only %-escaped, but be lenient.
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            hostAndPort = authority[authority.index(after: at)...]
            let user = userInfo.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = user.first.flatMap({ String($0).removingPercentEncoding }),
                user.count == 1 || String(user[1]).removingPercentEncoding != nil
            else {
                throw SQLError(
                    .configuration,
                    "\(section): the url's user or password has a broken %-escape (write %40 for @, %3A for :, %2F for /)")
            }
            configuration.username = name.isEmpty ? nil : name
            if user.count == 2 { configuration.password = String(user[1]).removingPercentEncoding }
        }
        (configuration.host, configuration.port) = try hostPort(hostAndPort, section: section, example: example)
        if path.count > 1 {
            guard let database = String(path.dropFirst()).removingPercentEncoding else {
                throw SQLError(.configuration, "\(section): the url's database name has a broken %-escape")
            }
            configuration.database = database
        }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == "sslmode" {
                configuration.sslmode = try SQLConfiguration.sslMode(named: String(parts[1]), section: section)
            }
        }
        return configuration
    }

    private static func hostPort(_ text: Substring, section: String, example: String) throws -> (String?, Int?) {
        var host = text
        var portText: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else {
                throw SQLError(.configuration, "\(section): the url's IPv6 host needs a closing ] (as in postgresql://user@[::1]:5432/db)")
            }
            host = text[text.index(after: text.startIndex)..<close]
            let after = text[text.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() }
        } else if let colon = text.lastIndex(of: ":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        var port: Int?
        if let portText {
            guard let number = Int(portText), (1...65_535).contains(number) else {
                throw SQLError(.configuration, "\(section): the url's port must be a number from 1 to 65535, as in \(example)")
            }
            port = number
        }
        return (host.isEmpty ? nil : String(host), port)
    }

    /// A scheme as an error may show it: only when it is short and plain.
    private static func shown(_ scheme: String) -> String {
        let plain = scheme.count <= 30 && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" }
        return plain ? "\"\(scheme)\"" : "(not shown)"
    }
}
