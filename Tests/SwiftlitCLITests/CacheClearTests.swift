import ArgumentParser
import Foundation
import SwiftlitCLI
import SwiftlitRuntime
import SwiftlitSQL
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

    @Test func cacheClearEmptiesTheStorageDatabaseWhenOneIsSet() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "swiftlit-cli-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = "sqlite:///" + folder.appending(path: "shared.db").path
        let storage = try await SharedStorage.connect(url: url)
        let key = CacheStoreKey(group: "prices", key: "ACME")
        try await storage.cache.setValue(Data("12.5".utf8), for: key, lifetime: nil)
        await storage.close()

        let command = try #require(
            try SwiftlitCommand.parseAsRoot(["cache", "clear", "--server.storage=\(url)"]) as? SwiftlitCommand.Cache.Clear)
        try await command.run()
        let reopened = try await SharedStorage.connect(url: url)
        #expect(try await reopened.cache.value(for: key) == nil)
        await reopened.close()
    }
}
