import Foundation
import Testing

@testable import SwiftlitReload

/// A library that cannot be loaded, or has no entry point, is an error the server survives.
@Suite struct PluginLoaderTests {
    @Test func aMissingLibraryIsNotLoaded() {
        #expect {
            _ = try PluginLoader.app(in: URL(fileURLWithPath: "/nonexistent/plugin.so"))
        } throws: { error in
            guard case ReloadError.libraryNotLoaded(let path, let reason) = error else { return false }
            return path == "/nonexistent/plugin.so" && !reason.isEmpty
        }
    }

    @Test func aLibraryWithoutTheEntryPointIsRefused() throws {
        // Any shared object without swiftlit_register will do: the C library has none.
        let libc = URL(fileURLWithPath: "/lib/x86_64-linux-gnu/libc.so.6")
        try #require(FileManager.default.fileExists(atPath: libc.path))
        #expect {
            _ = try PluginLoader.app(in: libc)
        } throws: { error in
            error as? ReloadError == .entryPointMissing(libc.path, AppFileConvention.entryPointSymbol)
        }
    }
}
