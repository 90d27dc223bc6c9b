public import Foundation

/// Ties the parts together for one app file: on every change, compile it with a
/// ``PluginCompiler`` and hand the result to a ``PluginLoader``; a failure is reported and the
/// previous version keeps serving.
///
/// ```swift
/// let reloader = HotReloader(appFile: appFile, compiler: compiler, loader: loader) { print($0) }
/// _ = await reloader.reload()                       // the first version
/// let watcher = try SourceWatcher(directory: appFile.deletingLastPathComponent())
/// await reloader.follow(watcher.changes)            // until the watcher stops
/// ```
public actor HotReloader {
    public let appFile: URL
    private let compiler: PluginCompiler
    private let loader: PluginLoader
    private let onEvent: @Sendable (ReloadEvent) async -> Void

    /// `onEvent` receives the outcome of every reload, in order.
    public init(
        appFile: URL, compiler: PluginCompiler, loader: PluginLoader,
        onEvent: @escaping @Sendable (ReloadEvent) async -> Void = { _ in }
    ) {
        self.appFile = appFile
        self.compiler = compiler
        self.loader = loader
        self.onEvent = onEvent
    }

    /// Compiles and loads the app file once.
    @discardableResult
    public func reload() async -> ReloadEvent {
        let clock = ContinuousClock()
        let started = clock.now
        let event: ReloadEvent
        do throws(ReloadError) {
            let library = try await compiler.compile(appFile: appFile)
            let compiled = clock.now
            try await loader.load(library)
            event = .reloaded(library: library, compile: compiled - started, load: clock.now - compiled)
        } catch {
            event = .failed(error)
        }
        await onEvent(event)
        return event
    }

    /// Reloads after every change that touches a Swift file of the app's directory, until
    /// `changes` ends. Changes that arrive during a compile wait for it, then reload in turn.
    public func follow(_ changes: AsyncStream<SourceChange>) async {
        var iterator = changes.makeAsyncIterator()
        while await iterator.next() != nil {
            await reload()
        }
    }
}
