public import ArgumentParser
import Foundation
import Swiftlit
import SwiftlitReload

extension SwiftlitCommand {
    /// `swiftlit serve-file APP_FILE`: what `swiftlit run app.swift` supervises. It serves the file
    /// and reloads it on every save, in this process (hot reload's plugins bind to its symbols).
    public struct ServeFile: AsyncParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "serve-file", abstract: "Serve one app file, reloading it on save (used by `swiftlit run`).",
            shouldDisplay: false)

        @Argument(help: "The app file.")
        var file: String

        @Argument(parsing: .allUnrecognized, help: "Configuration flags.")
        var settings: [String] = []

        public init() {}

        public func run() async throws {
            let configuration: SwiftlitConfiguration
            do {
                configuration = try ConfigurationLoader.load(
                    arguments: settings, environment: ProcessInfo.processInfo.environment)
            } catch {
                throw ValidationError("\(error)")
            }
            let appFile = URL(filePath: file).absoluteURL.standardizedFileURL
            try await HotReloadServer.serve(
                appFile: appFile, configuration: configuration,
                onEvent: { event in
                    FileHandle.standardError.write(Data("swiftlit: \(event)\n".utf8))
                },
                onRestartNotice: ProcessInfo.processInfo.environment[Swiftlit.restartNoticeVariable])
        }
    }
}
