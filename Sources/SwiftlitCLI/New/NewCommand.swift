public import ArgumentParser
import Foundation

extension SwiftlitCommand {
    /// `swiftlit new NAME`: a ready package with the hello app, its test and its settings.
    public struct New: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Create a new app: a Swift package with the hello app, a test and its settings.",
            discussion: """
                By default the app depends on the Swiftlit checkout this command was built from, by path, so it \
                builds offline. --swiftlit-url and --swiftlit-version depend on a git repository instead.
                """)

        @Argument(help: "The app's folder and executable name, e.g. my-app.")
        var name: String

        @Option(help: "The folder to create the app in.")
        var directory: String = "."

        @Option(help: "Depend on the Swiftlit checkout at this path.")
        var swiftlitPath: String?

        @Option(help: "Depend on Swiftlit from this git URL (with --swiftlit-version).")
        var swiftlitURL: String?

        @Option(help: "The version of Swiftlit to depend on from --swiftlit-url.")
        var swiftlitVersion: String?

        public init() {}

        public func run() throws {
            let folder = URL(filePath: directory).appending(path: name)
            let template = AppTemplate(name: name, swiftlit: try dependency())
            try AppScaffold.write(template, to: folder)
            print("""
                Created \(name) in \(folder.path).

                  cd \(folder.path)
                  swiftlit run          # serve it at http://localhost:8501, reloading on save
                  swift test            # run its tests
                """)
        }

        public func validate() throws {
            if let problem = AppTemplate.validate(name) { throw ValidationError("'\(name)': \(problem).") }
            if (swiftlitURL == nil) != (swiftlitVersion == nil) {
                throw ValidationError("--swiftlit-url and --swiftlit-version go together.")
            }
            if swiftlitURL != nil, swiftlitPath != nil {
                throw ValidationError("Pass either --swiftlit-path or --swiftlit-url, not both.")
            }
        }

        private func dependency() throws -> SwiftlitDependency {
            if let swiftlitURL, let swiftlitVersion { return .git(url: swiftlitURL, version: swiftlitVersion) }
            if let swiftlitPath { return .path(URL(filePath: swiftlitPath).standardizedFileURL.path) }
            guard let root = Checkout.root else {
                throw ValidationError(
                    "This swiftlit binary is not next to its sources; pass --swiftlit-path PATH or --swiftlit-url URL --swiftlit-version VERSION.")
            }
            return .path(root.path)
        }
    }
}

/// Writes a template's files, refusing to overwrite an existing folder.
enum AppScaffold {
    static func write(_ template: AppTemplate, to folder: URL) throws {
        let files = FileManager.default
        guard !files.fileExists(atPath: folder.path) else {
            throw ValidationError("\(folder.path) already exists; choose another name or remove it.")
        }
        for (path, text) in template.files {
            let url = folder.appending(path: path)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}
