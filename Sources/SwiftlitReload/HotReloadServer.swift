public import Foundation
public import Swiftlit
import Synchronization

/// A development server for one app file that reloads it on every save: what `swiftlit run
/// app.swift` needs, in one call.
///
/// The process that calls it gives plugins its copy of Swiftlit: it must be linked with
/// `-Xlinker --export-dynamic`, as `swiftlit` and swiftlit-reload-host are.
public enum HotReloadServer {
    /// Compiles and serves `appFile`, recompiling it whenever a Swift file in its directory is
    /// saved, until SIGTERM or SIGINT. Until the first compile succeeds the page says why not.
    /// - Parameters:
    ///   - layout: The build whose modules the app compiles against: the one this process came from.
    ///   - pluginDirectory: Where the compiled versions go; a fresh temporary directory by default.
    ///   - onEvent: Every reload's outcome (the server also logs it).
    ///   - restartNotice: Why this process was restarted, shown to the tabs that reconnect.
    ///   - onReady: The port, once the server listens.
    /// - Throws: ``ReloadError`` when the build's flags cannot be read, ``WatchError`` when the
    ///   directory cannot be watched, or the server's errors.
    public static func serve(
        appFile: URL, configuration: SwiftlitConfiguration, layout: BuildLayout = .ofThisExecutable,
        pluginDirectory: URL? = nil,
        onEvent: @escaping @Sendable (ReloadEvent) -> Void = { _ in },
        onRestartNotice restartNotice: String? = nil,
        onReady: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        let failure = FirstFailure()
        let host = AppHost { st in
            st.info("Compiling \(appFile.lastPathComponent)…")
            if let message = failure.message { st.error(message) }
        }
        let server = try SwiftlitServer(configuration: configuration, host: host)
        if let restartNotice, !restartNotice.isEmpty {
            // A supervisor restarted this process after a crash: the tabs that reconnect are told why.
            await server.registry.announce(DeveloperNotice(kind: .restarted, message: restartNotice))
        }
        let directory =
            pluginDirectory
            ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                "swiftlit-reload-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        let compiler = try PluginCompiler(flags: SwiftcFlags.derive(from: layout), outputDirectory: directory)
        let notices = ReloadNotices(registry: server.registry, appFile: appFile)
        let reloader = HotReloader(
            appFile: appFile, compiler: compiler, loader: PluginLoader(host: host, registry: server.registry)
        ) { event in
            if case .failed(let error) = event { failure.record(error.description) }
            onEvent(event)
            await notices.announce(event)
        }
        await reloader.reload()
        let watcher = try SourceWatcher(directory: appFile.deletingLastPathComponent())
        let following = Task { await reloader.follow(watcher.changes) }
        defer {
            watcher.stop()
            following.cancel()
        }
        try await server.runUntilSignalled(onReady: onReady)
    }
}

/// The failure shown by the placeholder app, until a version compiles.
private final class FirstFailure: Sendable {
    private let stored = Mutex<String?>(nil)
    var message: String? { stored.withLock { $0 } }
    func record(_ message: String) { stored.withLock { $0 = message } }
}
