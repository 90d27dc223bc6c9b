import Dispatch
public import Foundation

/// Runs a command to completion and captures what it printed, without blocking Swift's
/// cooperative threads (there are only as many as cores): the wait happens on a Dispatch thread.
public struct CommandRunner: Sendable {
    /// How a command ended.
    public struct Outcome: Sendable {
        public var status: Int32
        /// Standard output and standard error, interleaved as the command wrote them.
        public var output: String
    }

    public init() {}

    /// Runs `executable` (a path, or a name looked up in `PATH` by `/usr/bin/env`) with `arguments`.
    /// - Throws: ``ReloadError/compilerNotStarted(_:_:)`` when it cannot be started.
    public func run(_ executable: String, _ arguments: [String]) async throws(ReloadError) -> Outcome {
        let result: Result<Outcome, ReloadError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Self.runBlocking(executable, arguments, in: nil))
            }
        }
        return try result.get()
    }

    /// The same, on the calling thread, in `directory` (the current one when `nil`): for callers
    /// that are threads of their own.
    public static func runBlocking(
        _ executable: String, _ arguments: [String], in directory: URL?
    ) -> Result<Outcome, ReloadError> {
        let process = Process()
        if let directory { process.currentDirectoryURL = directory }
        if executable.contains("/") {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [executable] + arguments
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(.compilerNotStarted(executable, "\(error)"))
        }
        // Read before waiting: a child that fills the pipe would otherwise never exit.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .success(Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self)))
    }
}
