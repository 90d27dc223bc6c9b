import Foundation
import Testing

@testable import SwiftlitReload

/// The watcher against real files in a temporary directory: in-place writes, atomic saves
/// (write a temporary file, rename it over the original), files it must ignore, debouncing, and
/// stopping.
@Suite struct SourceWatcherTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "swiftlit-watcher-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func file(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// The next change, or `nil` after `timeout` (which ends the stream: an AsyncStream finishes
    /// when the task iterating it is cancelled).
    private func next(_ watcher: SourceWatcher, timeout: Duration = .seconds(5)) async -> SourceChange? {
        await withTaskGroup(of: SourceChange?.self) { group in
            group.addTask {
                var iterator = watcher.changes.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    @Test(arguments: [SourceWatcher.Mode.inotify, .polling(interval: .milliseconds(20))])
    func anInPlaceWriteIsOneChange(mode: SourceWatcher.Mode) async throws {
        let watcher = try SourceWatcher(directory: directory, mode: mode)
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(50))  // the poller's first listing
        try Data("let a = 1\n".utf8).write(to: file("app.swift"))
        let change = await next(watcher)
        #expect(change?.files.map(\.lastPathComponent) == ["app.swift"])
    }

    @Test func anAtomicSaveIsOneChangeOfTheRealFile() async throws {
        try Data("old\n".utf8).write(to: file("app.swift"))
        let watcher = try SourceWatcher(directory: directory, mode: .inotify)
        defer { watcher.stop() }
        try Data("new\n".utf8).write(to: file("app.swift"), options: .atomic)
        let change = await next(watcher)
        #expect(change?.files == [file("app.swift")])
    }

    @Test func otherFilesAndHiddenFilesAreIgnored() async throws {
        let watcher = try SourceWatcher(directory: directory, mode: .inotify)
        defer { watcher.stop() }
        try Data("x".utf8).write(to: file("notes.txt"))
        try Data("x".utf8).write(to: file(".app.swift"))
        // Well past the debounce: a change for the files above would be delivered on its own.
        try await Task.sleep(for: .milliseconds(300))
        try Data("x".utf8).write(to: file("page.swift"))
        #expect(await next(watcher)?.files.map(\.lastPathComponent) == ["page.swift"])
    }

    @Test func savesWithinTheDebounceAreOneChange() async throws {
        let watcher = try SourceWatcher(directory: directory, debounce: .milliseconds(200), mode: .inotify)
        defer { watcher.stop() }
        // Back to back, with no suspension point: a sleep between them could be stretched past the
        // debounce when the whole suite shares two cores.
        for name in ["a.swift", "b.swift", "a.swift"] {
            try Data(name.utf8).write(to: file(name))
        }
        let names = await next(watcher)?.files.map(\.lastPathComponent)
        #expect(names == ["a.swift", "b.swift"])
    }

    @Test func stoppingFinishesTheStream() async throws {
        let watcher = try SourceWatcher(directory: directory, mode: .inotify)
        watcher.stop()
        watcher.stop()
        var iterator = watcher.changes.makeAsyncIterator()
        #expect(await iterator.next() == nil)
    }

    @Test func aMissingDirectoryIsAnError() {
        #expect(throws: WatchError.self) {
            _ = try SourceWatcher(directory: directory.appendingPathComponent("missing"), mode: .inotify)
        }
    }

    @Test func inotifyRecordsAreParsed() {
        // Two records: "a.swift" padded to 16 bytes, then an event without a name.
        var bytes: [UInt8] = [1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 16, 0, 0, 0]
        bytes += Array("a.swift".utf8) + Array(repeating: 0, count: 9)
        bytes += [1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        #expect(InotifyEngine.names(in: bytes[...]) == ["a.swift"])
    }
}
