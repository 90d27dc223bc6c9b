public import Foundation

/// Watches a directory for saved source files and delivers each burst of saves as one
/// ``SourceChange``, once the directory has been quiet for the debounce interval.
///
/// Linux has no file-watching API in Foundation, so the watcher uses inotify there (a save is
/// seen within a millisecond) and falls back to comparing modification times at an interval
/// elsewhere, or when asked to. It watches the directory rather than the file: editors that save
/// atomically write a temporary file and rename it over the original, which replaces the file a
/// watch on the file itself would follow.
///
/// ```swift
/// let watcher = try SourceWatcher(directory: appDirectory)
/// for await change in watcher.changes { … }   // ends after watcher.stop()
/// ```
public final class SourceWatcher: Sendable {
    /// How changes are noticed.
    public enum Mode: Sendable, Equatable {
        /// inotify where it exists, otherwise polling every 100 ms.
        case automatic
        /// Linux's inotify: the `IN_CLOSE_WRITE` or `IN_MOVED_TO` of a matching file.
        case inotify
        /// Compares each matching file's modification time and size every `interval`.
        case polling(interval: Duration)
    }

    /// The bursts of changes, in order; finishes when the watcher stops.
    public let changes: AsyncStream<SourceChange>
    private let engine: any WatchEngine

    /// Starts watching `directory` (not its subdirectories) for files whose name ends in
    /// `.<fileExtension>`.
    /// - Throws: ``WatchError`` when the directory cannot be watched.
    public init(
        directory: URL, fileExtension: String = "swift", debounce: Duration = .milliseconds(50),
        mode: Mode = .automatic
    ) throws(WatchError) {
        let (stream, continuation) = AsyncStream.makeStream(of: SourceChange.self, bufferingPolicy: .unbounded)
        let filter = FileFilter(directory: directory.standardizedFileURL, fileExtension: fileExtension)
        let engine: any WatchEngine
        switch mode {
        case .polling(let interval):
            engine = PollingEngine(filter: filter, interval: interval, continuation: continuation)
        case .inotify:
            #if os(Linux)
                engine = try InotifyEngine(filter: filter, debounce: debounce, continuation: continuation)
            #else
                throw WatchError.unsupported("inotify exists only on Linux")
            #endif
        case .automatic:
            #if os(Linux)
                engine = try InotifyEngine(filter: filter, debounce: debounce, continuation: continuation)
            #else
                engine = PollingEngine(filter: filter, interval: .milliseconds(100), continuation: continuation)
            #endif
        }
        self.engine = engine
        changes = stream
        continuation.onTermination = { [engine] _ in engine.stop() }
        engine.start()
    }

    /// Stops watching; ``changes`` finishes. Calling it again does nothing.
    public func stop() { engine.stop() }

    deinit { engine.stop() }
}

/// Why a directory cannot be watched.
public enum WatchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A system call failed (which, errno's description).
    case systemCall(String, String)
    /// The mode does not exist on this system.
    case unsupported(String)

    public var description: String {
        switch self {
        case .systemCall(let call, let reason): "cannot watch the directory: \(call) failed: \(reason)"
        case .unsupported(let reason): "cannot watch the directory: \(reason)"
        }
    }
}

/// One way of noticing changes.
protocol WatchEngine: Sendable {
    func start()
    func stop()
}

/// Which files of which directory count.
struct FileFilter: Sendable {
    let directory: URL
    let fileExtension: String

    func matches(_ name: String) -> Bool {
        name.hasSuffix(".\(fileExtension)") && !name.hasPrefix(".")
    }

    func change(_ names: some Sequence<String>) -> SourceChange {
        SourceChange(files: names.sorted().map { directory.appendingPathComponent($0) })
    }
}
