@_exported public import SwiftlitProtocol
@_exported public import SwiftlitRuntime
public import SwiftlitServer
import Foundation
import Logging

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
public enum Swiftlit {
    /// Serves `app` until the process receives SIGTERM or SIGINT.
    ///
    /// Settings come from `.swiftlit/config.toml`, `SWIFTLIT_*` environment variables and
    /// `--section.option` flags (see `swiftlit config show`). An invalid setting is printed with
    /// what to change, and the process exits with status 2.
    public static func serve(_ app: @escaping AppBody) async throws {
        let configuration: SwiftlitConfiguration
        do {
            configuration = try ConfigurationLoader.load(
                arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
        } catch {
            FileHandle.standardError.write(Data("swiftlit: \(error.message)\n".utf8))
            exit(2)
        }
        try await serve(app, configuration: configuration)
    }

    /// Serves `app` with an explicit configuration until SIGTERM or SIGINT.
    public static func serve(_ app: @escaping AppBody, configuration: SwiftlitConfiguration) async throws {
        let server = try SwiftlitServer(configuration: configuration, host: AppHost(app))
        try await server.runUntilSignalled()
    }
}
