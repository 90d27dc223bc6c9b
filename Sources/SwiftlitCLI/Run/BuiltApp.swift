import Foundation
import Swiftlit

/// An app's executable, ready to serve from its folder.
struct BuiltApp {
    let executable: URL
    /// Where it runs: its `.swiftlit/config.toml` is read from here.
    let workingDirectory: URL
    /// Arguments before the configuration flags.
    var leadingArguments: [String] = []
    /// How a save is followed when the app cannot be hot-swapped: rebuild, then restart.
    var rebuild: PackageRebuild?

    /// Runs the app until it exits or is stopped, restarting it when it crashes (see
    /// ``Supervisor``). Ctrl-C reaches the app, which shuts down gracefully.
    /// - Returns: The app's exit status.
    func serve(settings: [String]) throws -> Int32 {
        try Supervisor(app: self, settings: settings).run(stopping: .forThisProcess())
    }
}

/// Runs a tool, its output going to this terminal, and fails with what to do when it fails.
enum Tool {
    @discardableResult
    static func run(_ arguments: [String], in folder: URL, captureOutput: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        if captureOutput { process.standardOutput = pipe }
        try process.run()
        let output = captureOutput ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw RunError("`\(arguments.joined(separator: " "))` failed in \(folder.path) (status \(process.terminationStatus)).")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Why `swiftlit run` could not start the app; the message says what to do.
struct RunError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
