import ArgumentParser
import Foundation
import SwiftlitCLI
import SwiftlitRuntime
import Testing

@Suite struct CacheClearTests {
    @Test func cacheClearEmptiesTheConfiguredFolder() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "swiftlit-cli-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DiskCacheStore(directory: folder)
        let key = CacheStoreKey(group: "prices", key: "ACME")
        try await store.setValue(Data("12.5".utf8), for: key, lifetime: nil)
        #expect(try await store.value(for: key) != nil)

        let command = try #require(
            try SwiftlitCommand.parseAsRoot(["cache", "clear", "--cache.directory=\(folder.path)"])
                as? SwiftlitCommand.Cache.Clear)
        try await command.run()
        #expect(try await store.value(for: key) == nil)
    }
}
