import Foundation
import Hummingbird
public import Logging
public import SwiftlitRuntime

/// Serves one Swiftlit app over HTTP and WebSocket, on Hummingbird.
///
/// ```swift
/// let server = try SwiftlitServer(configuration: configuration, host: AppHost(app))
/// try await server.run()   // until SIGTERM or SIGINT
/// ```
public struct SwiftlitServer: Sendable {
    /// The settings it runs with.
    public let configuration: SwiftlitConfiguration
    /// Every session of this server.
    public let registry: SessionRegistry
    private let environment: RuntimeEnvironment
    private let assets: StaticAssets
    private let logger: Logger

    /// Prepares a server for `host`'s app, with the runtime settings and secrets `configuration`
    /// holds and the default clock; nothing listens until ``run(onReady:)``.
    ///
    /// Sessions are kept in `sessionStorage` too when it is given, and persisted cache values go
    /// to `cacheStore`, else to `cache.directory` (`Swiftlit.serve` passes the database
    /// `server.storage` names).
    /// - Throws: When the browser client's files cannot be found.
    public init(
        configuration: SwiftlitConfiguration, host: AppHost, sessionStorage: (any SessionStorage)? = nil,
        cacheStore: (any CacheStore)? = nil, logger: Logger? = nil
    ) throws {
        let logger = Self.logger(logger, configuration)
        try self.init(
            configuration: configuration,
            environment: RuntimeEnvironment(
                host: host, options: configuration.runtimeOptions(logger: logger), sessionStorage: sessionStorage,
                cacheStore: cacheStore ?? DiskCacheStore(directory: URL(fileURLWithPath: configuration.cacheDirectory)),
                secrets: configuration.secrets),
            logger: logger)
    }

    /// Prepares a server whose sessions run in `environment` (its own clock or stores); the
    /// environment's options are used as given.
    public init(configuration: SwiftlitConfiguration, environment: RuntimeEnvironment, logger: Logger? = nil) throws {
        self.configuration = configuration
        self.logger = Self.logger(logger, configuration)
        assets = try StaticAssets()
        if let problem = assets.bundleProblem {
            self.logger.warning("the browser client is served as separate modules, not as one script: \(problem)")
        }
        self.environment = environment
        registry = SessionRegistry(environment: environment)
    }

    private static func logger(_ given: Logger?, _ configuration: SwiftlitConfiguration) -> Logger {
        var logger = given ?? Logger(label: "swiftlit")
        logger.logLevel = configuration.logLevel
        return logger
    }

    /// Listens until cancelled; `onReady` receives the bound port (useful with port 0).
    public func run(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let sweeper = makeSweeper()
        defer { sweeper.dropAll() }
        try await EventLoopSizing.withGroup {
            try await makeApplication(onReady: onReady, threads: $0, sweeper: sweeper).run()
        }
    }

    /// Listens until SIGTERM or SIGINT, then shuts down gracefully: open connections close, and
    /// the process can exit.
    public func runUntilSignalled(onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let sweeper = makeSweeper()
        defer { sweeper.dropAll() }
        try await EventLoopSizing.withGroup {
            try await makeApplication(onReady: onReady, threads: $0, sweeper: sweeper)
                .runService(gracefulShutdownSignals: [.sigterm, .sigint])
        }
    }

    /// The server's WebSockets live in their channels, not in the server's tasks: when it stops
    /// (a graceful shutdown has closed them already), the sweeper that knows them drops the rest.
    private func makeSweeper() -> ConnectionSweeper {
        ConnectionSweeper(pingInterval: .seconds(configuration.websocketPingIntervalSeconds))
    }

    private func makeApplication(
        onReady: @escaping @Sendable (Int) async -> Void, threads: EventLoopGroupProvider, sweeper: ConnectionSweeper
    ) -> some ApplicationProtocol {
        let base = configuration.baseUrlPath
        let policy = RequestOriginPolicy(configuration: configuration)
        let stream = StreamRoute(
            registry: registry, configuration: configuration, policy: policy,
            connections: ConnectionCounter(limit: configuration.maxConnections),
            sweeper: sweeper, logger: logger)
        // Middleware first: a router wraps each route in the middleware added before it.
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        let page = PageDocument(assets: assets, basePath: base)
        router.add(
            middleware: SecurityHeadersMiddleware(
                headers: SecurityHeaders(frameAncestors: configuration.frameAncestors, inlineScripts: [page.bootScriptSource])))
        router.add(middleware: HostCheckMiddleware(policy: policy, logger: logger))
        let group = base.isEmpty ? router.group() : router.group(RouterPath(base))
        let prerender =
            configuration.prerender
            ? PagePrerender(environment: environment, maxConcurrent: ProcessInfo.processInfo.activeProcessorCount) : nil
        HTTPRoutes(assets: assets, page: page, prerender: prerender).register(on: group, router: router)
        TableDownloadRoute(registry: registry).register(on: group)
        MediaFileRoute(store: environment.mediaFiles, frameAncestors: configuration.frameAncestors, logger: logger)
            .register(on: group)
        UploadRoute(registry: registry, policy: policy, logger: logger).register(on: group)
        HTMLFrameRoute(pageFrameAncestors: configuration.frameAncestors).register(on: group)
        stream.registerRefusals(on: group)
        let logger = self.logger
        let address = configuration.address
        let prefix = base.isEmpty ? "" : "/\(base)"
        let gate = UpgradeGate(refuse: { stream.refuseUpgrade(host: $0, origin: $1) })
        return Application(
            router: router,
            server: gate.server(stream: stream),
            configuration: .init(address: .hostname(address, port: configuration.port), serverName: "Swiftlit"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                logger.info("Swiftlit app running at http://\(address):\(port)\(prefix)/")
                await onReady(port)
            },
            eventLoopGroupProvider: threads,
            logger: logger)
    }
}
