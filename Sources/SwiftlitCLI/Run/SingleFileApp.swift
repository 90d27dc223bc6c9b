import Foundation

/// An app that is one Swift file: Streamlit's one-file experience.
///
/// The convention: the file imports Swiftlit and declares the app as a top-level function,
///
/// ```swift
/// import Swiftlit
///
/// func app(_ st: St) async throws {
///     st.title("Hello")
/// }
/// ```
///
/// In development `swiftlit serve-file` serves it and reloads it on every save (see
/// SwiftlitReload). With `--release` it is built inside a runner package kept in the user's cache
/// folder, which links the file in and adds the `main.swift` that serves `app`; one runner per
/// Swiftlit checkout, so Swiftlit and its dependencies compile once per machine, not once per file.
struct SingleFileApp {
    let file: URL

    /// In development, this `swiftlit` serves the file itself and reloads it on every save
    /// (`serve-file`); with `--release`, it is built optimized in the runner package.
    func build(release: Bool) throws -> BuiltApp {
        guard FileManager.default.fileExists(atPath: file.path) else { throw RunError("\(file.path) does not exist.") }
        let source = try String(contentsOf: file, encoding: .utf8)
        guard source.contains("func app(") || source.contains("let app") else {
            throw RunError(
                "\(file.lastPathComponent) declares no app. A one-file app imports Swiftlit and declares "
                    + "`func app(_ st: St) async throws { … }` at top level.")
        }
        if !release {
            let swiftlit = URL(filePath: "/proc/self/exe").resolvingSymlinksInPath()
            return BuiltApp(
                executable: swiftlit, workingDirectory: file.deletingLastPathComponent(),
                leadingArguments: ["serve-file", file.path])
        }
        guard let checkout = Checkout.root else {
            throw RunError("This swiftlit binary is not next to its sources, so it cannot build a one-file app; make a package with `swiftlit new`.")
        }
        let runner = try RunnerPackage.prepare(for: file, swiftlit: .path(checkout.path))
        let built = try PackageApp(folder: runner).build(release: release)
        return BuiltApp(executable: built.executable, workingDirectory: file.deletingLastPathComponent())
    }
}

/// The package a one-file app is built in.
enum RunnerPackage {
    static let product = "swiftlit-app"

    /// Writes (or refreshes) the runner package and links `file` into it; returns its folder.
    static func prepare(for file: URL, swiftlit: SwiftlitDependency) throws -> URL {
        let folder = UserCache.folder.appending(path: "runner-\(UserCache.stableHash(swiftlit.manifestLine))")
        let sources = folder.appending(path: "Sources/\(product)")
        let files = FileManager.default
        try files.createDirectory(at: sources, withIntermediateDirectories: true)
        try write(manifest(swiftlit), to: folder.appending(path: "Package.swift"))
        try write(main, to: sources.appending(path: "main.swift"))
        let link = sources.appending(path: "app.swift")
        // `nil` when there is no link yet (the first run); a regular file there makes the link fail loudly.
        let current = try? files.destinationOfSymbolicLink(atPath: link.path)
        if current != file.path {
            if current != nil { try files.removeItem(at: link) }
            try files.createSymbolicLink(at: link, withDestinationURL: file)
        }
        return folder
    }

    /// Writes only when the text changed, so SwiftPM does not rebuild for nothing.
    private static func write(_ text: String, to url: URL) throws {
        if let current = try? String(contentsOf: url, encoding: .utf8), current == text { return }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private static func manifest(_ swiftlit: SwiftlitDependency) -> String {
        """
        // swift-tools-version: 6.2
        // Written by `swiftlit run` to build one-file apps; changes are overwritten.
        import PackageDescription

        let package = Package(
            name: "swiftlit-runner",
            platforms: [.macOS(.v15)],
            dependencies: [\(swiftlit.manifestLine)],
            targets: [
                .executableTarget(
                    name: "\(product)", dependencies: [.product(name: "Swiftlit", package: \(SwiftLiteral.string(swiftlit.identity)))])
            ]
        )

        """
    }

    private static let main = """
        // Written by `swiftlit run`: serves the `app` function of the one-file app (app.swift).
        import Foundation
        import Swiftlit

        do {
            try await Swiftlit.serve(app)
        } catch let error as ConfigurationError {
            FileHandle.standardError.write(Data("swiftlit: \\(error)\\n".utf8))
            exit(2)
        }

        """
}
