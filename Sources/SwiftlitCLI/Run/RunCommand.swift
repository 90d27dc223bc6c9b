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

        @Flag(help: "Build with optimizations (slower to build, faster to run).")
        var release = false

        @Argument(
            parsing: .captureForPassthrough,
            help: "A package folder or a single .swift file (the current folder by default), then configuration flags for the app, e.g. --server.port 8502.")
        var arguments: [String] = []

        /// The package folder or file: the first argument, unless it is a flag.
        var path: String { arguments.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "." }

        /// What passes through to the app: everything after the path but `--release`, which may
        /// come anywhere.
        var settings: [String] { Array(arguments.dropFirst(path == arguments.first ? 1 : 0)).filter { $0 != "--release" } }

        var optimized: Bool { release || arguments.contains("--release") }

        public init() {}

        public func run() throws {
            let target = URL(filePath: path).absoluteURL.standardizedFileURL
            let app: BuiltApp
            if target.pathExtension == "swift" {
                app = try SingleFileApp(file: target).build(release: optimized)
            } else {
                app = try PackageApp(folder: target).build(release: optimized)
            }
            let status = try app.serve(settings: settings)
            if status != 0 { throw ExitCode(status) }
        }
    }
}
