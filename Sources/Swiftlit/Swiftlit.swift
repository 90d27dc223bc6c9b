@_exported public import SwiftlitProtocol
@_exported public import SwiftlitRuntime
@_exported public import SwiftlitServer
import SwiftlitSQL
import Foundation

/// Swiftlit: write a top-to-bottom Swift function, get an interactive web app.
///
/// ```swift
/// import Swiftlit
///
/// try await Swiftlit.serve { st in
///     st.title("Hello")
///     let n = st.slider("n", in: 0...100, value: 10)
///     st.write("n squared is \(n * n)")
/// }
/// ```
///
/// `import Swiftlit` brings everything an app uses: `St`, the element and widget types, the
/// server and its ``SwiftlitConfiguration``.
public enum Swiftlit {
    /// Serves `app` until the process receives SIGTERM or SIGINT.
    ///
    /// Settings come from `.swiftlit/config.toml`, `SWIFTLIT_*` environment variables and
    /// `--section.option` flags (see `swiftlit config show`).
    /// - Throws: ``ConfigurationError`` for an invalid setting; its description names the option,
    ///   where it was set and what it accepts. The library never ends the process itself: an
    ///   executable that wants a tidy exit status catches the error, e.g.
    ///   ```swift
    ///   do { try await Swiftlit.serve(app) } catch let error as ConfigurationError {
    ///       FileHandle.standardError.write(Data("swiftlit: \(error)\n".utf8))
    ///       exit(2)
    ///   }
    ///   ```
    public static func serve(_ app: @escaping AppBody) async throws {
        let configuration = try ConfigurationLoader.load(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        try await serve(app, configuration: configuration)
    }

    /// Serves `app` with an explicit configuration until SIGTERM or SIGINT.
    ///
    /// With `server.storage` set, sessions and persisted cache values live in that database, so
    /// that replicas behind a load balancer share them (see ``SharedStorage``).
    /// - Throws: ``SQLError`` when `server.storage` names a database that cannot be reached.
    public static func serve(_ app: @escaping AppBody, configuration: SwiftlitConfiguration) async throws {
        guard !configuration.storage.isEmpty else { return try await serve(app, configuration: configuration, storage: nil) }
        try await SharedStorage.using(url: configuration.storage) { storage in
            try await serve(app, configuration: configuration, storage: storage)
        }
    }

    private static func serve(
        _ app: @escaping AppBody, configuration: SwiftlitConfiguration, storage: SharedStorage?
    ) async throws {
        let server = try SwiftlitServer(
            configuration: configuration, host: AppHost(app), sessionStorage: storage?.sessions,
            cacheStore: storage?.cache)
        if let notice = ProcessInfo.processInfo.environment[restartNoticeVariable], !notice.isEmpty {
            // `swiftlit run` restarted the app after a crash: the tabs that reconnect are told why.
            await server.registry.announce(DeveloperNotice(kind: .restarted, message: notice))
        }
        if ProcessInfo.processInfo.environment[SupervisorNotices.variable] == "1" {
            SupervisorNotices.follow(into: server.registry)
        }
        try await server.runUntilSignalled()
    }

    /// The environment variable through which `swiftlit run` tells a restarted app why it was
    /// restarted; the app shows it in every tab that reconnects.
    public static let restartNoticeVariable = "SWIFTLIT_RESTART_NOTICE"

    /// The environment variable (`1`) through which `swiftlit run` says it writes notices to the
    /// app's standard input, one JSON `DeveloperNotice` per line.
    public static let noticesOnStandardInputVariable = SupervisorNotices.variable
}
