import Foundation

/// `~/.cache/swiftlit` (or `$XDG_CACHE_HOME/swiftlit`): what `swiftlit run` keeps between runs, the
/// runner package of one-file apps and the compiler's module cache of hot reload.
enum UserCache {
    static var folder: URL {
        let environment = ProcessInfo.processInfo.environment
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty { return URL(filePath: cache).appending(path: "swiftlit") }
        return FileManager.default.homeDirectoryForCurrentUser.appending(path: ".cache/swiftlit")
    }

    /// FNV-1a: stable across runs, unlike `hashValue`.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
