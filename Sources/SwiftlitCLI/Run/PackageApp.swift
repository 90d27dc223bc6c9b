import Foundation

/// An app that is a Swift package: its one executable product is built and served.
struct PackageApp {
    let folder: URL

    func build(release: Bool) throws -> BuiltApp {
        guard FileManager.default.fileExists(atPath: folder.appending(path: "Package.swift").path) else {
            throw RunError(
                "\(folder.path) has no Package.swift. Pass a package folder or a .swift file, or create an app with `swiftlit new NAME`.")
        }
        let product = try executableProduct()
        let configuration = release ? ["-c", "release"] : []
        try Tool.run(["swift", "build", "--product", product] + configuration, in: folder)
        let binPath = try Tool.run(["swift", "build", "--show-bin-path"] + configuration, in: folder, captureOutput: true)
        let executable = URL(filePath: binPath.trimmingCharacters(in: .whitespacesAndNewlines)).appending(path: product)
        return BuiltApp(executable: executable, workingDirectory: folder)
    }

    /// The package's executable product; there must be exactly one.
    private func executableProduct() throws -> String {
        let json = try Tool.run(["swift", "package", "describe", "--type", "json"], in: folder, captureOutput: true)
        let description = try JSONDecoder().decode(PackageDescriptionJSON.self, from: Data(json.utf8))
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

/// The part of `swift package describe --type json` that names the products.
private struct PackageDescriptionJSON: Decodable {
    struct Product: Decodable {
        var name: String
        var type: [String: JSONIgnored]
    }
    var products: [Product]
}

/// A JSON value whose content does not matter.
private struct JSONIgnored: Decodable {
    init(from decoder: any Decoder) throws {}
}
