#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
public import Foundation
public import SwiftlitRuntime

/// Loads a library built by ``PluginCompiler`` into this process and makes its app the one every
/// session runs: `dlopen`, look up the entry point, swap the app in the `AppHost`, rerun every
/// connected tab. Sessions, widget values and `st.session` are untouched, so each tab shows the
/// new code with the state it had.
///
/// Libraries are never unloaded: a run of the old version may still be executing its code, and
/// closures it stored (callbacks, cached values) may outlive the swap. Each reload leaks one small
/// library, which is fine for a development server.
public struct PluginLoader: Sendable {
    public let host: AppHost
    public let registry: SessionRegistry

    public init(host: AppHost, registry: SessionRegistry) {
        self.host = host
        self.registry = registry
    }

    /// Installs the app of `library` and reruns every connected session.
    /// - Throws: A ``ReloadError`` when the library cannot be loaded; the current app stays.
    public func load(_ library: URL) async throws(ReloadError) {
        host.replace(with: try Self.app(in: library))
        await registry.rerunAll()
    }

    /// The app a plugin library holds.
    /// - Throws: ``ReloadError/libraryNotLoaded(_:_:)`` when `dlopen` fails (the message names
    ///   e.g. the missing symbol), ``ReloadError/entryPointMissing(_:_:)`` without the entry point.
    public static func app(in library: URL) throws(ReloadError) -> AppBody {
        let path = library.path
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw .libraryNotLoaded(path, lastDynamicLinkerError())
        }
        guard let symbol = dlsym(handle, AppFileConvention.entryPointSymbol) else {
            throw .entryPointMissing(path, AppFileConvention.entryPointSymbol)
        }
        typealias Entry = @convention(c) () -> UnsafeMutableRawPointer?
        let entry = unsafeBitCast(symbol, to: Entry.self)
        guard let pointer = entry() else { throw .entryPointFailed(path) }
        return Unmanaged<AppHost>.fromOpaque(pointer).takeRetainedValue().current
    }

    private static func lastDynamicLinkerError() -> String {
        guard let message = dlerror() else { return "unknown dlopen error" }
        return String(cString: message)
    }
}
