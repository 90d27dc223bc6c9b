import Foundation
import Logging
import PostgresNIO
import Synchronization

/// PostgreSQL through postgres-nio's `PostgresClient`, which pools connections; its `run()` lives
/// in a task this driver owns and cancels on ``close()``.
final class PostgresDriver: SQLDriver {
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let isClosed = Atomic<Bool>(false)
    private let name: String
    private let logger: Logger

    var beginStatement: String { "BEGIN" }

    private init(client: PostgresClient, name: String, logger: Logger) {
        self.client = client
        self.name = name
        self.logger = logger
        runTask = Task { await client.run() }
    }

    /// Starts the pool and checks the server answers, so that a wrong password or host fails here
    /// with a message rather than at the first query.
    static func open(name: String, configuration: SQLConfiguration, logger: Logger) async throws -> PostgresDriver {
        let host = configuration.host ?? "localhost"
        let port = configuration.port ?? 5432
        let username = configuration.username ?? ""
        var clientConfiguration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: configuration.password,
            database: configuration.database, tls: tls(configuration.sslmode, host: host))
        clientConfiguration.options.maximumConnections = configuration.poolSize ?? 4
        clientConfiguration.options.connectTimeout = .seconds(10)
        let driver = PostgresDriver(
            client: PostgresClient(configuration: clientConfiguration, backgroundLogger: logger), name: name,
            logger: logger)
        do {
            _ = try await driver.withSession(isolation: nil) { try await $0.execute("SELECT 1", parameters: []) }
        } catch {
            await driver.close()
            let target = "\(username)@\(host):\(port)/\(configuration.database ?? username)"
            var reason = PostgresSession.reason(error)
            // postgres-nio never repeats a password; this only makes sure of it.
            if let password = configuration.password, password.count >= 3 {
                reason = reason.replacingOccurrences(of: password, with: "***")
            }
            throw SQLError(
                .connection, "\(name): could not connect to PostgreSQL as \(target): \(reason)",
                code: (error as? PSQLError)?.serverInfo?[.sqlState])
        }
        return driver
    }

    func withSession<Result: Sendable>(
        isolation: isolated (any Actor)?, _ body: (any SQLSession) async throws -> Result
    ) async throws -> Result {
        guard !isClosed.load(ordering: .acquiring) else { throw SQLError.closed(name) }
        try Task.checkCancellation()
        do {
            return try await client.withConnection(isolation: isolation) { connection in
                try await body(PostgresSession(connection: connection, logger: logger))
            }
        } catch let error as PSQLError where error.code == .poolClosed {
            throw SQLError.closed(name)
        }
    }

    func close() async {
        guard !isClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        runTask.cancel()
        await runTask.value
    }

    /// libpq's `sslmode`; the default encrypts nothing on this machine and tries TLS elsewhere.
    static func tls(_ mode: SQLConfiguration.SSLMode?, host: String) -> PostgresClient.Configuration.TLS {
        let loopback = ["localhost", "127.0.0.1", "::1"].contains(host.lowercased())
        var settings = TLSConfiguration.makeClientConfiguration()
        switch mode ?? (loopback ? .disable : .prefer) {
        case .disable:
            return .disable
        case .prefer:
            settings.certificateVerification = .none
            return .prefer(settings)
        case .require:
            settings.certificateVerification = .none
            return .require(settings)
        case .verifyCA:
            settings.certificateVerification = .noHostnameVerification
            return .require(settings)
        case .verifyFull:
            settings.certificateVerification = .fullVerification
            return .require(settings)
        }
    }
}
