import Foundation
import Synchronization

/// Watches by listing the directory at an interval and comparing each matching file's
/// modification time and size: portable, and cheap for the few files of an app (a `stat` costs
/// about a microsecond). A change is delivered at the first listing that sees it.
final class PollingEngine: WatchEngine {
    private struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    private let filter: FileFilter
    private let interval: Duration
    private let continuation: AsyncStream<SourceChange>.Continuation
    private let task = Mutex<Task<Void, Never>?>(nil)

    init(filter: FileFilter, interval: Duration, continuation: AsyncStream<SourceChange>.Continuation) {
        self.filter = filter
        self.interval = interval
        self.continuation = continuation
    }

    func start() {
        let filter = filter
        let interval = interval
        let continuation = continuation
        let poller = Task {
            var known = Self.stamps(filter)
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    break  // cancelled
                }
                let now = Self.stamps(filter)
                let changed = now.filter { known[$0.key] != $0.value }.map(\.key)
                known = now
                if !changed.isEmpty { continuation.yield(filter.change(changed)) }
            }
            continuation.finish()
        }
        task.withLock { $0 = poller }
    }

    func stop() {
        task.withLock { $0?.cancel() }
    }

    /// The stamp of every matching file; a file that cannot be read is left out (it is gone, or
    /// being replaced: the next listing sees it).
    private static func stamps(_ filter: FileFilter) -> [String: Stamp] {
        let manager = FileManager.default
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: filter.directory.path)
        } catch {
            return [:]
        }
        var stamps: [String: Stamp] = [:]
        for name in names where filter.matches(name) {
            let path = filter.directory.appendingPathComponent(name).path
            let attributes: [FileAttributeKey: Any]
            do {
                attributes = try manager.attributesOfItem(atPath: path)
            } catch {
                continue  // removed since the listing, or mid-rename
            }
            guard let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? Int else {
                continue
            }
            stamps[name] = Stamp(modified: modified, size: size)
        }
        return stamps
    }
}
