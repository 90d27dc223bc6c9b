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
            let configuration = try SwiftlitConfiguration.fromCommandLine(settings)
            let appFile = URL(filePath: file).absoluteURL.standardizedFileURL
            try await HotReloadServer.serve(
                appFile: appFile, configuration: configuration, pluginDirectory: try Self.pluginDirectory(for: appFile),
                onEvent: { event in
                    FileHandle.standardError.write(Data("swiftlit: \(event)\n".utf8))
                },
                onRestartNotice: ProcessInfo.processInfo.environment[Swiftlit.restartNoticeVariable])
        }

        /// One folder per app file, kept across runs and restarts: the compiler's module cache in it
        /// makes the first compile after a crash as fast as a reload (about 0.3 s instead of 1.4 s).
        /// The libraries of earlier runs are removed; no process has them loaded any more.
        static func pluginDirectory(for appFile: URL) throws -> URL {
            let folder = UserCache.folder.appending(path: "reload-\(UserCache.stableHash(appFile.path))")
            let files = FileManager.default
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in try files.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".so") {
                try files.removeItem(at: folder.appending(path: name))
            }
            return folder
        }
    }
}
