import Foundation

/// The Swiftlit checkout this `swiftlit` binary was built from: new apps depend on it by path, so
/// they build offline and against exactly this version.
enum Checkout {
    /// The checkout's root folder, or `nil` when the binary was moved away from its sources.
    static var root: URL? {
        // This file is <root>/Sources/SwiftlitCLI/Checkout.swift.
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let manifest = root.appending(path: "Package.swift")
        return FileManager.default.fileExists(atPath: manifest.path) ? root : nil
    }
}
