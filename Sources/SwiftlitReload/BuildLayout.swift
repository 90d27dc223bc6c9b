public import Foundation

/// Where a SwiftPM build of the Swiftlit package put what a plugin compile needs: the Swift
/// modules, the shared library and the build manifest that records SwiftPM's own compile lines.
public struct BuildLayout: Sendable, Equatable {
    /// `<package>/.build/<configuration>`: the products, `Modules/` and `libSwiftlitDynamic.so`.
    public var productsDirectory: URL
    /// `<package>/.build/<configuration>.yaml`: the llbuild manifest with every compile command.
    public var manifest: URL

    public init(productsDirectory: URL, manifest: URL) {
        self.productsDirectory = productsDirectory
        self.manifest = manifest
    }

    /// The layout of a package built with `swift build -c <configuration>` (default scratch path).
    public init(packageRoot: URL, configuration: String = "debug") {
        let build = packageRoot.appendingPathComponent(".build", isDirectory: true)
        self.init(
            productsDirectory: build.appendingPathComponent(configuration, isDirectory: true).resolvingSymlinksInPath(),
            manifest: build.appendingPathComponent("\(configuration).yaml"))
    }

    /// The layout of the build that produced the executable in `directory` (for a SwiftPM product:
    /// `<package>/.build/<triple>/<configuration>/`, whose manifest is `<package>/.build/<configuration>.yaml`).
    public init(executableDirectory directory: URL) {
        let products = directory.resolvingSymlinksInPath()
        let build = products.deletingLastPathComponent().deletingLastPathComponent()
        self.init(
            productsDirectory: products, manifest: build.appendingPathComponent("\(products.lastPathComponent).yaml"))
    }

    /// The layout of the build this process was built by, found from its executable's path.
    public static var ofThisExecutable: BuildLayout {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return BuildLayout(executableDirectory: executable.deletingLastPathComponent())
    }

    /// The directory of the `.swiftmodule` files a plugin imports.
    public var modulesDirectory: URL { productsDirectory.appendingPathComponent("Modules", isDirectory: true) }

}
