#if os(Linux)
    import Glibc
    import Foundation
    import Synchronization

    /// Watches with inotify on a thread of its own, which blocks in `poll` on the inotify
    /// descriptor and a stop pipe, so it costs nothing while nothing changes and stops at once.
    ///
    /// A save is the `IN_CLOSE_WRITE` of a file written in place or the `IN_MOVED_TO` of an
    /// atomic save's rename; the names are collected until `debounce` passes without another.
    final class InotifyEngine: WatchEngine {
        private let filter: FileFilter
        private let debounceMilliseconds: Int32
        private let continuation: AsyncStream<SourceChange>.Continuation
        private let inotify: Int32
        /// Written to by ``stop()`` to wake the thread: [read end, write end].
        private let stopPipe: (Int32, Int32)
        private let stopped = Mutex(false)

        init(
            filter: FileFilter, debounce: Duration, continuation: AsyncStream<SourceChange>.Continuation
        ) throws(WatchError) {
            self.filter = filter
            self.continuation = continuation
            let (seconds, attoseconds) = debounce.components
            debounceMilliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
            inotify = inotify_init1(Int32(IN_CLOEXEC))
            guard inotify >= 0 else { throw Self.failure("inotify_init1") }
            let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)
            guard inotify_add_watch(inotify, filter.directory.path, mask) >= 0 else {
                let error = Self.failure("inotify_add_watch(\(filter.directory.path))")
                close(inotify)
                throw error
            }
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else {
                let error = Self.failure("pipe")
                close(inotify)
                throw error
            }
            stopPipe = (fds[0], fds[1])
            // Not inherited by children (swiftc): pipe2(O_CLOEXEC) is not visible from Swift.
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        }

        private static func failure(_ call: String) -> WatchError {
            .systemCall(call, String(cString: strerror(errno)))
        }

        func start() {
            let thread = Thread { [self] in run() }
            thread.name = "swiftlit-source-watcher"
            thread.start()
        }

        func stop() {
            let first = stopped.withLock { stopped in
                defer { stopped = true }
                return !stopped
            }
            guard first else { return }
            var byte: UInt8 = 1
            _ = write(stopPipe.1, &byte, 1)
        }

        /// The thread's loop: wait, collect, deliver after a quiet `debounce`; then clean up.
        private func run() {
            var pending = Set<String>()
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: stopPipe.0, events: Int16(POLLIN), revents: 0)]
            while true {
                let ready = poll(&fds, 2, pending.isEmpty ? -1 : debounceMilliseconds)
                if ready < 0 {
                    if errno == EINTR { continue }
                    break
                }
                if fds[1].revents != 0 { break }
                if ready == 0 {
                    continuation.yield(filter.change(pending))
                    pending.removeAll()
                    continue
                }
                if fds[0].revents != 0 {
                    guard readEvents(into: &pending) else { break }
                }
            }
            continuation.finish()
            close(inotify)
            close(stopPipe.0)
            close(stopPipe.1)
        }

        /// Reads the queued events and adds the names of matching files; `false` when the
        /// descriptor fails.
        private func readEvents(into pending: inout Set<String>) -> Bool {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            if count < 0 { return errno == EINTR || errno == EAGAIN }
            for name in Self.names(in: buffer[0..<count]) where filter.matches(name) {
                pending.insert(name)
            }
            return true
        }

        /// The file names of the `inotify_event` records in `bytes`: a 16-byte header (wd, mask,
        /// cookie, len) followed by `len` bytes of NUL-padded name.
        static func names(in bytes: ArraySlice<UInt8>) -> [String] {
            var names: [String] = []
            var offset = bytes.startIndex
            let header = 16
            while offset + header <= bytes.endIndex {
                let length = bytes[(offset + 12)..<(offset + 16)].reversed().reduce(0) { $0 << 8 | Int($1) }
                let nameStart = offset + header
                let nameEnd = min(nameStart + length, bytes.endIndex)
                let name = bytes[nameStart..<nameEnd].prefix(while: { $0 != 0 })
                if !name.isEmpty { names.append(String(decoding: name, as: UTF8.self)) }
                offset = nameStart + length
            }
            return names
        }
    }
#endif
