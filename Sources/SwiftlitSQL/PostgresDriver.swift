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

    /// Checks that the server accepts the credentials, then starts the pool, so that a wrong
    /// password or host fails here with the server's reason (the pool itself keeps retrying for a
    /// minute before it gives up).
    static func open(name: String, configuration: SQLConfiguration, logger: Logger) async throws -> PostgresDriver {
        let host = configuration.host ?? "localhost"
        let port = configuration.port ?? 5432
        let username = configuration.username ?? ""
        let tls = TLSChoice(configuration.sslmode, host: host)
        do {
            var probe = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: configuration.password,
                database: configuration.database, tls: try tls.connectionTLS())
            probe.options.connectTimeout = .seconds(10)
            let connection = try await PostgresConnection.connect(configuration: probe, id: 0, logger: logger)
            try await connection.close()
        } catch {
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
        var clientConfiguration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: configuration.password,
            database: configuration.database, tls: tls.clientTLS())
        clientConfiguration.options.maximumConnections = configuration.poolSize ?? 4
        clientConfiguration.options.connectTimeout = .seconds(10)
        return PostgresDriver(
            client: PostgresClient(configuration: clientConfiguration, backgroundLogger: logger), name: name,
            logger: logger)
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
}

/// libpq's `sslmode` as postgres-nio's settings: the default encrypts nothing on this machine and
/// tries TLS elsewhere; `prefer` and `require` do not check the certificate, as in libpq.
struct TLSChoice {
    let mode: SQLConfiguration.SSLMode
    let settings: TLSConfiguration

    init(_ mode: SQLConfiguration.SSLMode?, host: String) {
        let loopback = ["localhost", "127.0.0.1", "::1"].contains(host.lowercased())
        self.mode = mode ?? (loopback ? .disable : .prefer)
        var settings = TLSConfiguration.makeClientConfiguration()
        switch self.mode {
        case .disable, .prefer, .require: settings.certificateVerification = .none
        case .verifyCA: settings.certificateVerification = .noHostnameVerification
        case .verifyFull: settings.certificateVerification = .fullVerification
        }
        self.settings = settings
    }

    func clientTLS() -> PostgresClient.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(settings)
        case .require, .verifyCA, .verifyFull: .require(settings)
        }
    }

    func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: settings))
        case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: settings))
        }
    }
}
