import Foundation
import Swiftlit

/// Keeps an app serving: when it crashes (a trap such as an index out of range or a force unwrap
/// of `nil`), it is started again at once. Browsers reconnect by themselves and restore their
/// widget values, and the restarted app tells them what happened: the signal and the last lines
/// the app wrote. A normal exit, Ctrl-C or SIGTERM ends it; so do three crashes in a row that each
/// come within seconds of a start.
struct Supervisor {
    let app: BuiltApp
    let settings: [String]

    /// Signals that mean the app crashed, rather than that someone stopped it.
    static let crashSignals: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    static let quickCrash: TimeInterval = 5
    static let quickCrashLimit = 3

    /// Runs the app until it ends; `stopping` says when this process was asked to stop.
    func run(stopping: StopFlag = StopFlag()) throws -> Int32 {
        var notice: String?
        var quickCrashes = 0
        let current = CurrentChild()
        if let rebuild = app.rebuild { RebuildWatcher(rebuild: rebuild, current: current).start() }
        while true {
            let started = Date()
            let child = try ChildApp.start(app, settings: settings, restartNotice: notice)
            stopping.forward(to: child.process)
            current.set(child)
            child.process.waitUntilExit()
            child.output.waitForEnd(timeout: 2)
            if current.takeRestartRequest(), !stopping.isSet {
                notice = nil
                quickCrashes = 0
                continue
            }
            let status = child.process.terminationStatus
            guard child.process.terminationReason == .uncaughtSignal, Self.crashSignals.contains(status),
                !stopping.isSet
            else { return status }
            quickCrashes = Date().timeIntervalSince(started) < Self.quickCrash ? quickCrashes + 1 : 0
            guard quickCrashes < Self.quickCrashLimit else {
                FileHandle.standardError.write(
                    Data("swiftlit: the app crashed \(quickCrashes) times right after starting; not restarting it.\n".utf8))
                return 128 + status
            }
            notice = Self.restartNotice(signal: status, lastLines: child.output.lastLines)
            FileHandle.standardError.write(Data("swiftlit: \(notice ?? "")\nswiftlit: restarting the app…\n".utf8))
        }
    }

    /// What the tabs are told: how the app ended and what it said last.
    static func restartNotice(signal: Int32, lastLines: [String]) -> String {
        let name = String(cString: strsignal(signal))
        let kind = [SIGILL, SIGTRAP].contains(signal) ? " (a Swift runtime trap)" : ""
        // Swift's crash reporter prints threads and registers after the message: the message is what helps.
        let telling = lastLines.filter { $0.contains("Fatal error") || $0.contains("Program crashed") }
        let quoted = (telling.isEmpty ? Array(lastLines.suffix(5)) : telling).joined(separator: "\n")
        return "The app crashed with signal \(signal), \(name)\(kind), and was restarted."
            + (quoted.isEmpty ? "" : " Its last output:\n\(quoted)")
    }
}

/// One start of the app, its standard error copied to ours and remembered.
struct ChildApp {
    let process: Process
    let output: OutputTail

    static func start(_ app: BuiltApp, settings: [String], restartNotice: String?) throws -> ChildApp {
        let process = Process()
        process.executableURL = app.executable
        process.arguments = app.leadingArguments + settings
        process.currentDirectoryURL = app.workingDirectory
        var environment = ProcessInfo.processInfo.environment
        environment[Swiftlit.restartNoticeVariable] = restartNotice
        let notices = Pipe()
        if app.rebuild != nil {
            environment[Swiftlit.noticesOnStandardInputVariable] = "1"
            process.standardInput = notices
        }
        process.environment = environment
        let pipe = Pipe()
        process.standardError = pipe
        let output = OutputTail()
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                output.finish()
                return
            }
            FileHandle.standardError.write(data)
            output.append(data)
        }
        try process.run()
        return ChildApp(process: process, output: output, notices: app.rebuild == nil ? nil : notices.fileHandleForWriting)
    }

    /// Where notices for the app go (its standard input), when it reads them.
    let notices: FileHandle?

    /// Shows `notice` in every tab of the app.
    func tell(_ notice: DeveloperNotice) {
        guard let notices, let json = try? JSONEncoder().encode(notice) else { return }
        // A write to an app that just exited fails; the next start shows the current state anyway.
        try? notices.write(contentsOf: json + Data("\n".utf8))
    }
}

/// The app running now, and whether its end was asked for to start a newer build.
final class CurrentChild: @unchecked Sendable {
    private let lock = NSLock()
    private var child: ChildApp?
    private var restartRequested = false

    func set(_ child: ChildApp) { lock.withLock { self.child = child } }

    func tell(_ notice: DeveloperNotice) { lock.withLock { child }?.tell(notice) }

    /// Stops the app so that the supervisor starts the new build.
    func restart() {
        let child = lock.withLock {
            restartRequested = true
            return self.child
        }
        child?.process.terminate()
    }

    func takeRestartRequest() -> Bool {
        lock.withLock {
            defer { restartRequested = false }
            return restartRequested
        }
    }
}

/// Polls a package's sources; on a save, rebuilds, then restarts the app or shows why it cannot.
struct RebuildWatcher {
    let rebuild: PackageRebuild
    let current: CurrentChild

    func start() {
        let thread = Thread {
            var stamps = rebuild.sourceStamps()
            var showingError = false
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                let now = rebuild.sourceStamps()
                guard now != stamps else { continue }
                // An editor may write several files at once: let it finish.
                Thread.sleep(forTimeInterval: 0.1)
                stamps = rebuild.sourceStamps()
                FileHandle.standardError.write(Data("swiftlit: sources changed; rebuilding…\n".utf8))
                let (succeeded, output) = rebuild.build()
                if succeeded {
                    if showingError { current.tell(DeveloperNotice(kind: .compileFixed, message: "The app builds again.")) }
                    showingError = false
                    current.restart()
                } else {
                    showingError = true
                    current.tell(PackageRebuild.compileError(output))
                }
            }
        }
        thread.start()
    }
}

/// The last lines a process wrote, kept while it runs.
final class OutputTail: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private var partial = ""
    private static let kept = 200
    private let ended = DispatchSemaphore(value: 0)

    /// The output reached its end (the process closed it).
    func finish() { ended.signal() }

    /// Waits until the output has been read to its end, so its last lines are known; at most
    /// `timeout` seconds, as a process the app started may still hold the pipe open.
    func waitForEnd(timeout: TimeInterval) { _ = ended.wait(timeout: .now() + timeout) }

    func append(_ data: Data) {
        lock.withLock {
            let text = partial + String(decoding: data, as: UTF8.self)
            var parts = text.components(separatedBy: "\n")
            partial = parts.removeLast()
            lines.append(contentsOf: parts)
            if lines.count > Self.kept { lines.removeFirst(lines.count - Self.kept) }
        }
    }

    var lastLines: [String] { lock.withLock { partial.isEmpty ? lines : lines + [partial] } }
}

/// Set when this process is asked to stop: the app is stopped too, and not restarted.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    private var child: Process?
    private var source: (any DispatchSourceSignal)?

    init() {}

    /// A flag that SIGTERM sets. Ctrl-C is left to the app: the terminal sends it to the whole
    /// process group, the app shuts down gracefully, and this process returns its status.
    static func forThisProcess() -> StopFlag {
        let flag = StopFlag()
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        source.setEventHandler { flag.stop() }
        source.resume()
        flag.source = source
        return flag
    }

    /// Stops the app and keeps it from being restarted.
    func stop() {
        let child = lock.withLock {
            set = true
            return self.child
        }
        child?.terminate()
    }

    var isSet: Bool { lock.withLock { set } }

    /// The process SIGTERM is passed on to.
    func forward(to process: Process) {
        let stopNow = lock.withLock {
            child = process
            return set
        }
        if stopNow { process.terminate() }
    }
}
