import Dispatch
import Foundation

/// Runs a command to completion and captures what it printed, without blocking Swift's
/// cooperative threads (there are only as many as cores): the wait happens on a Dispatch thread.
struct CommandRunner: Sendable {
    /// How a command ended.
    struct Outcome: Sendable {
        var status: Int32
        /// Standard output and standard error, interleaved as the command wrote them.
        var output: String
    }

    /// Runs `executable` (a path, or a name looked up in `PATH` by `/usr/bin/env`) with `arguments`.
    /// - Throws: ``ReloadError/compilerNotStarted(_:_:)`` when it cannot be started.
    func run(_ executable: String, _ arguments: [String]) async throws(ReloadError) -> Outcome {
        let result: Result<Outcome, ReloadError> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Self.runBlocking(executable, arguments))
            }
        }
        return try result.get()
    }

    private static func runBlocking(_ executable: String, _ arguments: [String]) -> Result<Outcome, ReloadError> {
        let process = Process()
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
