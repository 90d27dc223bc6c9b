import Foundation

/// An app that is a Swift package: its one executable product is built and served.
///
/// A package shaped as `swiftlit new` makes it (the app alone in one file of a library target,
/// Swiftlit from this checkout its only dependency) is served by this `swiftlit` and reloaded on
/// every save, like a one-file app; any other package is built with `swift build` and served.
struct PackageApp {
    let folder: URL

    func build(release: Bool) throws -> BuiltApp {
        guard FileManager.default.fileExists(atPath: folder.appending(path: "Package.swift").path) else {
            throw RunError(
                "\(folder.path) has no Package.swift. Pass a package folder or a .swift file, or create an app with `swiftlit new NAME`.")
        }
        let description = try describe()
        if !release, let appFile = try reloadableAppFile(description) {
            return BuiltApp(
                executable: URL(filePath: "/proc/self/exe").resolvingSymlinksInPath(), workingDirectory: folder,
                leadingArguments: ["serve-file", appFile.path])
        }
        let product = try executableProduct(description)
        let configuration = release ? ["-c", "release"] : []
        try Tool.run(["swift", "build", "--product", product] + configuration, in: folder)
        let binPath = try Tool.run(["swift", "build", "--show-bin-path"] + configuration, in: folder, captureOutput: true)
        let executable = URL(filePath: binPath.trimmingCharacters(in: .whitespacesAndNewlines)).appending(path: product)
        return BuiltApp(
            executable: executable, workingDirectory: folder,
            rebuild: PackageRebuild(folder: folder, product: product, buildArguments: configuration))
    }

    private func describe() throws -> PackageDescriptionJSON {
        let json = try Tool.run(["swift", "package", "describe", "--type", "json"], in: folder, captureOutput: true)
        return try JSONDecoder().decode(PackageDescriptionJSON.self, from: Data(json.utf8))
    }

    /// The app file, when the package is one hot reload can serve: one library target of one file
    /// that declares the app, and no dependency but the Swiftlit checkout this `swiftlit` runs from
    /// (whose modules the file is compiled against).
    private func reloadableAppFile(_ description: PackageDescriptionJSON) throws -> URL? {
        guard let checkout = Checkout.root, description.dependencies.count == 1,
            let dependency = description.dependencies.first?.path,
            URL(filePath: dependency).standardizedFileURL.path == checkout.standardizedFileURL.path
        else { return nil }
        let libraries = description.targets.filter { $0.type == "library" }
        guard libraries.count == 1, let library = libraries.first, let sources = library.sources, sources.count == 1,
            let source = sources.first
        else { return nil }
        let file = folder.appending(path: library.path).appending(path: source)
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.contains("func app(") ? file : nil
    }

    /// The package's executable product; there must be exactly one.
    private func executableProduct(_ description: PackageDescriptionJSON) throws -> String {
        let executables = description.products.filter { $0.type.keys.contains("executable") }.map(\.name)
        guard executables.count == 1, let product = executables.first else {
            throw RunError(
                executables.isEmpty
                    ? "\(folder.path) has no executable product to serve."
                    : "\(folder.path) has several executable products (\(executables.joined(separator: ", "))); run one with `swift run NAME`.")
        }
        return product
    }
}

/// What `swift package describe --type json` says that `swiftlit run` needs.
private struct PackageDescriptionJSON: Decodable {
    struct Product: Decodable {
        var name: String
        var type: [String: JSONIgnored]
    }
    struct Target: Decodable {
        var name: String
        var type: String
        var path: String
        /// `nil` for targets without Swift sources of their own (system libraries, binaries).
        var sources: [String]?
    }
    struct Dependency: Decodable {
        /// A local package's folder; `nil` for a git dependency.
        var path: String?
    }
    var products: [Product]
    var targets: [Target]
    var dependencies: [Dependency]
}

/// A JSON value whose content does not matter.
private struct JSONIgnored: Decodable {
    init(from decoder: any Decoder) throws {}
}
