public import ArgumentParser
import Foundation
import SwiftlitRuntime
import SwiftlitSQL
import SwiftlitServer

extension SwiftlitCommand {
    /// `swiftlit cache clear`: empties the folder `st.cacheData(…, persist: true)` writes to, or
    /// the `server.storage` database's cache table when one is set.
    public struct Cache: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Manage the values st.cacheData persists.", subcommands: [Clear.self])

        public init() {}

        public struct Clear: AsyncParsableCommand {
            public static let configuration = CommandConfiguration(
                abstract:
                    "Remove every value st.cacheData(…, persist: true) has written (cache.directory, or the server.storage database).",
                discussion: """
                    A running server keeps what it holds in memory until it restarts or the app calls \
                    st.cacheData.clear().
                    """)

            @Argument(
                parsing: .allUnrecognized,
                help: "Configuration flags, e.g. --cache.directory=/var/cache/app (see swiftlit config show).")
            var flags: [String] = []

            public init() {}

            public func run() async throws {
                let configuration = try SwiftlitConfiguration.fromCommandLine(flags)
                let removed: Int
                let place: String
                if configuration.storage.isEmpty {
                    let store = DiskCacheStore(directory: URL(fileURLWithPath: configuration.cacheDirectory))
                    removed = try await store.removeAll()
                    place = store.directory.path
                } else {
                    removed = try await SharedStorage.using(url: configuration.storage) { try await $0.cache.removeAll() }
                    place = "the server.storage database"
                }
                print("Removed \(removed) cached value\(removed == 1 ? "" : "s") from \(place).")
            }
        }
    }
}
