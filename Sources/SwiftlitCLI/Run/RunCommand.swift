public import ArgumentParser
import Foundation

extension SwiftlitCommand {
    /// `swiftlit run [PATH]`: builds an app and serves it.
    public struct Run: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Build an app and serve it.",
            discussion: """
                PATH is a package folder (the current one by default) with one executable product, or a single \
                Swift file that declares `func app(_ st: St) async throws` and imports Swiftlit. Configuration \
                flags such as --server.port 8502 pass through to the app.
                """)

        @Argument(help: "A package folder or a single .swift file.")
        var path: String = "."

        @Flag(help: "Build with optimizations (slower to build, faster to run).")
        var release = false

        @Argument(parsing: .allUnrecognized, help: "Configuration flags for the app, e.g. --server.port 8502.")
        var settings: [String] = []

        public init() {}

        public func run() throws {
            let target = URL(filePath: path).absoluteURL.standardizedFileURL
            let app: BuiltApp
            if target.pathExtension == "swift" {
                app = try SingleFileApp(file: target).build(release: release)
            } else {
                app = try PackageApp(folder: target).build(release: release)
            }
            let status = try app.serve(settings: settings)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
