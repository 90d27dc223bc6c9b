import Foundation
import Testing

@testable import SwiftlitCLI

@Suite struct NewAppTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "swiftlit-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aNewAppIsAPackageWithTheAppItsTestAndItsSettings() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = try #require(
            try SwiftlitCommand.parseAsRoot(["new", "my-app", "--directory", folder.path, "--swiftlit-path", "/opt/swiftlit"])
                as? SwiftlitCommand.New)
        try command.run()
        let app = folder.appending(path: "my-app")
        let read = { (path: String) in try String(contentsOf: app.appending(path: path), encoding: .utf8) }
        let manifest = try read("Package.swift")
        #expect(manifest.contains(#".package(path: "/opt/swiftlit")"#))
        #expect(manifest.contains(#".product(name: "Swiftlit", package: "swiftlit")"#))
        #expect(manifest.contains(#".product(name: "SwiftlitTesting", package: "swiftlit")"#))
        #expect(try read("Sources/MyApp/App.swift").contains("public func app(_ st: St) async throws"))
        #expect(try read("Sources/my-app/main.swift").contains("try await Swiftlit.serve(app)"))
        #expect(try read("Tests/MyAppTests/AppTests.swift").contains("AppTest(app)"))
        #expect(try read(".gitignore").contains(".swiftlit/secrets.toml"))
        #expect(try read(".swiftlit/config.toml").contains("# port = 8501"))
        #expect(FileManager.default.fileExists(atPath: app.appending(path: ".swiftlit/secrets.toml").path))
        #expect(try read("README.md").contains("swiftlit run"))
    }

    @Test func anExistingFolderIsNeverOverwritten() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "taken"), withIntermediateDirectories: true)
        let template = AppTemplate(name: "taken", swiftlit: .path("/opt/swiftlit"))
        #expect(throws: (any Error).self) { try AppScaffold.write(template, to: folder.appending(path: "taken")) }
    }

    @Test func namesMustMakeGoodFoldersAndModules() {
        #expect(AppTemplate.validate("my-app") == nil)
        #expect(AppTemplate.validate("9lives") != nil)
        #expect(AppTemplate.validate("../escape") != nil)
        #expect(AppTemplate.validate("with space") != nil)
        #expect(AppTemplate(name: "sales_dashboard-v2", swiftlit: .path("/x")).module == "SalesDashboardV2")
        #expect(throws: (any Error).self) { try SwiftlitCommand.parseAsRoot(["new", "../escape"]) }
    }

    @Test func aGitDependencyNamesThePackageByItsRepository() throws {
        let git = SwiftlitDependency.git(url: "https://github.com/swiftlit/Swiftlit.git", version: "0.2.0")
        #expect(git.identity == "swiftlit")
        #expect(git.manifestLine == #".package(url: "https://github.com/swiftlit/Swiftlit.git", from: "0.2.0")"#)
        #expect(throws: (any Error).self) { try SwiftlitCommand.parseAsRoot(["new", "a", "--swiftlit-url", "https://x/y.git"]) }
    }
}

@Suite struct RunCommandTests {
    @Test func configurationFlagsPassThrough() throws {
        let command = try #require(
            try SwiftlitCommand.parseAsRoot(["run", "app.swift", "--server.port", "8502", "--release"])
                as? SwiftlitCommand.Run)
        #expect(command.path == "app.swift")
        #expect(command.optimized)
        #expect(command.settings == ["--server.port", "8502"])
        let inFolder = try #require(try SwiftlitCommand.parseAsRoot(["run", "--server.port", "8502"]) as? SwiftlitCommand.Run)
        #expect(inFolder.path == ".")
        #expect(!inFolder.optimized)
        #expect(inFolder.settings == ["--server.port", "8502"])
        let released = try #require(try SwiftlitCommand.parseAsRoot(["run", "--release", "app"]) as? SwiftlitCommand.Run)
        #expect(released.path == "app" && released.optimized && released.settings.isEmpty)
    }

    @Test func aFolderWithoutAPackageSaysWhatToDo() throws {
        let folder = try NewAppTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect { try PackageApp(folder: folder).build(release: false) } throws: { error in
            "\(error)".contains("has no Package.swift") && "\(error)".contains("swiftlit new")
        }
    }

    @Test func aFileWithoutAnAppFunctionSaysTheConvention() throws {
        let folder = try NewAppTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(path: "hello.swift")
        try "import Swiftlit\nprint(1)\n".write(to: file, atomically: true, encoding: .utf8)
        #expect { try SingleFileApp(file: file).build(release: false) } throws: { error in
            "\(error)".contains("func app(_ st: St) async throws")
        }
    }

    @Test func theRunnerPackageLinksTheFileAndServesItsApp() throws {
        let folder = try NewAppTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        setenv("XDG_CACHE_HOME", folder.appending(path: "cache").path, 1)
        defer { unsetenv("XDG_CACHE_HOME") }
        let first = folder.appending(path: "first.swift")
        let second = folder.appending(path: "second.swift")
        for file in [first, second] { try "func app(_ st: St) async throws {}\n".write(to: file, atomically: true, encoding: .utf8) }
        let runner = try RunnerPackage.prepare(for: first, swiftlit: .path("/opt/swiftlit"))
        let link = runner.appending(path: "Sources/swiftlit-app/app.swift")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == first.path)
        #expect(try RunnerPackage.prepare(for: second, swiftlit: .path("/opt/swiftlit")) == runner)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == second.path)
        let main = try String(contentsOf: runner.appending(path: "Sources/swiftlit-app/main.swift"), encoding: .utf8)
        #expect(main.contains("Swiftlit.serve(app)"))
    }
}
