import Foundation
import Testing

@testable import SwiftlitReload

@Suite struct SwiftcFlagsTests {
    static let manifest = """
        commands:
          "C.Other-x86_64-unknown-linux-gnu-debug.module":
            tool: shell
            description: "Compiling Swift Module 'Other' (1 sources)"
            args: ["/opt/swift/usr/bin/swiftc","-I","/wrong"]

          "C.Swiftlit-x86_64-unknown-linux-gnu-debug.module":
            tool: shell
            inputs: ["/p/Sources/Swiftlit/Swiftlit.swift"]
            description: "Compiling Swift Module 'Swiftlit' (1 sources)"
            args: ["/opt/swift/usr/bin/swiftc","-module-name","Swiftlit","-I","/p/.build/debug/Modules","-Onone","-Xcc","-fmodule-map-file=/p/.build/debug/CNIOLinux.build/module.modulemap","-Xcc","-I","-Xcc","/p/.build/checkouts/swift-nio/Sources/CNIOLinux/include","-Xcc","-fPIC","-Xcc","-I/p/joined","-Xcc","-g"]

        """

    @Test func theImportFlagsOfTheSwiftlitCompileAreKept() {
        let command = SwiftcFlags.compileCommand(in: Self.manifest, module: "Swiftlit")
        #expect(command?.first == "/opt/swift/usr/bin/swiftc")
        #expect(
            SwiftcFlags.importFlags(of: command ?? []) == [
                "-I", "/p/.build/debug/Modules",
                "-Xcc", "-fmodule-map-file=/p/.build/debug/CNIOLinux.build/module.modulemap",
                "-Xcc", "-I", "-Xcc", "/p/.build/checkouts/swift-nio/Sources/CNIOLinux/include",
                "-Xcc", "-I/p/joined",
            ])
    }

    @Test func aModuleTheManifestDoesNotCompileHasNoCommand() {
        #expect(SwiftcFlags.compileCommand(in: Self.manifest, module: "Missing") == nil)
    }

    @Test func aMissingManifestSaysToBuildFirst() {
        let layout = BuildLayout(
            productsDirectory: URL(fileURLWithPath: "/nonexistent/debug"),
            manifest: URL(fileURLWithPath: "/nonexistent/debug.yaml"))
        #expect(throws: ReloadError.self) { try SwiftcFlags.derive(from: layout) }
    }

    @Test func theLayoutOfAnExecutableFindsItsManifest() {
        let layout = BuildLayout(
            executableDirectory: URL(fileURLWithPath: "/p/.build/x86_64-unknown-linux-gnu/debug", isDirectory: true))
        #expect(layout.manifest.path == "/p/.build/debug.yaml")
        #expect(layout.modulesDirectory.path == "/p/.build/x86_64-unknown-linux-gnu/debug/Modules")
    }
}
